import ArticleKit
import LibraryKit
import Testing
@testable import ReaderUI

@Suite("Library search: prompt, results, opening a hit")
struct LibrarySearchTests {
    let size = Size(width: 100, height: 30)

    /// The search view with `torino` typed and its (hand-made) results in.
    func withResults(_ size: Size) -> AppState {
        var (s, effects) = AppFixture.library(size).pressing(.char("S"))
        #expect(s.view == .search)
        #expect(effects.contains { if case .updateIndex = $0 { true } else { false } })
        (s, effects) = s.typing("torino").pressing(.enter)
        let id = effects.searches.first?.id ?? -1
        #expect(effects.searches.count == 1)
        return App.update(s, .search(.finished(id: id, hits: AppFixture.hits))).0
    }

    @Test("S opens the prompt; Enter runs the query once; results are listed")
    func runsQuery() {
        let s = withResults(size)
        #expect(s.search.hits.count == 3)
        #expect(!s.search.isEditing)
        let text = s.screen.text
        #expect(text.contains("Search: torino"))
        #expect(text.contains("I primi risultati"))
        #expect(text.contains("3 hits"))
    }

    @Test("Malformed input shows the query's message, never runs a search")
    func malformed() {
        let s = AppFixture.library(size).pressing(.char("S")).0
        for input in ["-solo", "colour:red", "   "] {
            let (t, effects) = s.typing(input).pressing(.enter)
            #expect(effects.searches.isEmpty, "\(input)")
            #expect(t.search.error != nil, "\(input)")
            #expect(t.screen.line(29).contains(t.search.error ?? "?"), "\(input)")
        }
        let (t, _) = s.typing("-solo").pressing(.enter)
        #expect(t.search.error == SearchQueryError.onlyExclusions.description)
        // Odd but readable input is searched: unbalanced quotes, stray operators.
        #expect(s.typing("\"porta palazzo").pressing(.enter).1.searches.count == 1)
        #expect(s.typing("OR OR torino*").pressing(.enter).1.searches.count == 1)
    }

    @Test("A malformed query clears the previous query's results")
    func malformedClearsResults() {
        let s = withResults(size).pressing(.char("/"), .ctrl("u")).0.typing("((")
        let (t, effects) = s.pressing(.enter)
        #expect(effects.searches.isEmpty)
        #expect(t.search.hits.isEmpty && t.search.shownQuery == nil)
        let text = t.screen.text
        #expect(!text.contains("hits") && !text.contains("I primi risultati"))
        #expect(t.screen.line(29).contains("type a word to search for"))
    }

    @Test("An unclosed quote is searched as a phrase, and the status row says how it was read")
    func unclosedQuote() {
        let (s, effects) = AppFixture.library(size).pressing(.char("S")).0.typing("\"porta palazzo").pressing(.enter)
        let id = effects.searches.first?.id ?? -1
        #expect(effects.searches.first?.query.required == [[.phrase("porta palazzo")]])
        let done = App.update(s, .search(.finished(id: id, hits: AppFixture.hits))).0
        #expect(done.screen.line(29).contains("The quote was not closed: searched for the phrase \"porta palazzo\""))
        // No hit: the status row still says how the query was read, and that nothing matched.
        let none = App.update(s, .search(.finished(id: id, hits: []))).0
        #expect(none.screen.line(29).contains("The quote was not closed: searched for the phrase \"porta palazzo\" · no article matches"),
                "\(none.screen.line(29))")
        // A closed quote that finds nothing says only that.
        let (c, cEffects) = AppFixture.library(size).pressing(.char("S")).0.typing("\"porta palazzo\"").pressing(.enter)
        let closed = App.update(c, .search(.finished(id: cEffects.searches.first?.id ?? -1, hits: []))).0
        #expect(closed.screen.line(29).contains("No article matches \"porta palazzo\""), "\(closed.screen.line(29))")
    }

    @Test("A hit whose words are in the lede is named as the lede, not by section 1's heading")
    func ledeHit() {
        let (typed, effects) = AppFixture.library(size).pressing(.char("S")).0.typing("torino").pressing(.enter)
        var hit = AppFixture.hit("Una rete di sensori", section: 0, heading: "Il progetto", snippet: "\u{1}Torino\u{2}", path: "/library/articles/sensori-po.md")
        hit.opening = .lede
        let s = App.update(typed, .search(.finished(id: effects.searches.first?.id ?? -1, hits: [hit]))).0
        #expect(s.screen.line(2).contains("§1 (lede)"))
        #expect(!s.screen.text.contains("Il progetto"))
    }

    @Test("A late answer to an older query is ignored")
    func staleResults() {
        var (s, first) = AppFixture.library(size).pressing(.char("S")).0.typing("po").pressing(.enter)
        // Still at the prompt while the first search runs: typing goes on.
        #expect(s.search.isEditing)
        s = s.typing("rto")
        let (t, second) = s.pressing(.enter)
        let old = first.searches[0].id, new = second.searches[0].id
        #expect(old != new)
        let late = App.update(t, .search(.finished(id: old, hits: AppFixture.hits))).0
        #expect(late.search.hits.isEmpty && late.search.pending == new)
        let done = App.update(late, .search(.finished(id: new, hits: []))).0
        #expect(done.search.error == "No article matches porto")
    }

    @Test("Index progress while the search waits; index errors are readable")
    func progress() {
        var (s, _) = AppFixture.library(size).pressing(.char("S")).0.typing("torino").pressing(.enter)
        s = App.update(s, .search(.indexProgress(done: 300, total: 1_000))).0
        #expect(s.screen.line(29).contains("indexing 300 / 1,000 · the search runs when it is done"))
        s = App.update(s, .search(.indexFailed("The search index cannot be used: disk full"))).0
        #expect(s.search.pending == nil)
        #expect(s.screen.line(29).contains("The search index cannot be used: disk full"))
    }

    @Test("j k move between hits; Esc goes back where the search came from")
    func moving() {
        let s = withResults(size)
        #expect(s.pressing(.char("j"), .char("j"), .char("j")).0.search.selected == 2)
        #expect(s.pressing(.char("j"), .char("k")).0.search.selected == 0)
        #expect(s.pressing(.escape).0.view == .library)
        // / edits the query again, with the old text.
        let edit = s.pressing(.char("/")).0
        #expect(edit.search.isEditing && edit.search.prompt == "torino")
    }

    @Test("Enter opens the article at the hit's section with the words highlighted and n/N set")
    func opensHit() throws {
        let s = withResults(size).pressing(.char("j"), .char("j")).0
        let (opening, effects) = s.pressing(.enter)
        let request = try #require(effects.openRequests.first)
        #expect(request.target == .hit(section: 2, query: "torino", terms: ["torino"]))
        #expect(opening.openingTitle == "A Torino riapre la biblioteca civica dopo tre anni di lavori")
        let (r, more) = try opening.answering(effects)
        #expect(r.view == .reader)
        #expect(more.contains { if case .loadFacts = $0 { true } else { false } })
        let reader = try #require(r.reader)
        #expect(reader.currentSection == 2)
        let search = try #require(reader.search)
        #expect(search.query == "torino")
        #expect(search.matches.count == 4)
        // The focused match is the first one in section 3 ("Politecnico di Torino").
        let current = try #require(search.current)
        #expect(reader.document.blockSection[search.matches[current].block] == 2)
        #expect(r.screen.line(29).contains("match \(current + 1)/4"))
        let next = r.pressing(.char("n")).0
        #expect(next.reader?.search?.current == (current + 1) % 4)
        #expect(r.pressing(.char("N")).0.reader?.search?.current == (current + 3) % 4)
    }

    @Test("A snippet wrapped to two rows keeps the blank row before the next hit", arguments: [Size(width: 40, height: 12), Size(width: 60, height: 20)])
    func blankRowBetweenHits(size: Size) {
        let s = withResults(size)
        let lines = (0..<size.height).map { s.screen.line($0) }
        let titles = lines.indices.filter { lines[$0].dropFirst().hasPrefix(" 1 ") || lines[$0].dropFirst().hasPrefix(" 2 ") || lines[$0].dropFirst().hasPrefix(" 3 ") }
        #expect(titles.count >= 2, "\(s.screen.text)")
        for (a, b) in zip(titles, titles.dropFirst()) {
            // Title, two rows of snippet (the first hit's wraps at these widths), a blank row.
            #expect(b - a == 4, "\(s.screen.text)")
            #expect(!lines[a + 2].isEmpty, "\(s.screen.text)")
            #expect(lines[b - 1].isEmpty, "\(s.screen.text)")
        }
    }
}

@Suite("Library search: the mouse")
struct LibrarySearchMouseTests {
    @Test("A click selects a hit, a second click opens it; the wheel moves")
    func clicks() throws {
        var (s, effects) = AppFixture.library(Size(width: 100, height: 30)).pressing(.char("S")).0.typing("torino").pressing(.enter)
        s = App.update(s, .search(.finished(id: effects.searches[0].id, hits: AppFixture.hits))).0
        // The second hit's rows start at y = 2 + 4.
        s = App.update(s, .input(.mouse(MouseEvent(.click, x: 10, y: 7)))).0
        #expect(s.search.selected == 1)
        let (opened, open) = App.update(s, .input(.mouse(MouseEvent(.click, x: 10, y: 6))))
        #expect(open.openRequests.first?.target == .hit(section: 1, query: "torino", terms: ["torino"]))
        #expect(opened.openingTitle == "Una rete di sensori per misurare la salute del Po")
        #expect(App.update(s, .input(.mouse(MouseEvent(.wheelDown, x: 10, y: 6)))).0.search.selected == 2)
    }
}
