import ArticleKit
import Testing
@testable import ReaderUI

@Suite("Key sequences through update")
struct KeySequenceTests {
    let size = Size(width: 100, height: 30)

    @Test("] and [ move between sections; digits jump to section N")
    func sections() throws {
        let s = try Fixture.reader(size)
        #expect(s.currentSection == 0)
        let (third, _) = s.pressing(.char("]"), .char("]"))
        #expect(third.currentSection == 2)
        #expect(third.articleTop == third.articleLayout.sectionFirstLine[2])
        #expect(third.screen.line(1).contains("I numeri della riapertura"))
        #expect(third.pressing(.char("[")).0.currentSection == 1)
        #expect(s.pressing(.char("4")).0.currentSection == 3)
        let nine = s.pressing(.char("9")).0
        #expect(nine.currentSection == 0)
        #expect(nine.message?.contains("no section 9") == true)
    }

    @Test("[ inside a section goes back to its start first")
    func backToStart() throws {
        let s = try Fixture.reader(size).pressing(.char("3"), .char("j")).0
        #expect(s.currentSection == 2)
        let back = s.pressing(.char("[")).0
        #expect(back.currentSection == 2)
        #expect(back.articleTop == back.articleLayout.sectionFirstLine[2])
    }

    @Test("Scrolling keys: j k, Space b, d u, g G, and their clamping")
    func scrolling() throws {
        let s = try Fixture.reader(Size(width: 60, height: 12))
        #expect(s.pressing(.char("j")).0.articleTop == 1)
        #expect(s.pressing(.char("k")).0.articleTop == 0)
        let page = s.articleRows - 1
        #expect(s.pressing(.char(" ")).0.articleTop == page)
        #expect(s.pressing(.pageDown, .char("b")).0.articleTop == 0)
        #expect(s.pressing(.char("d")).0.articleTop == page / 2)
        let end = s.pressing(.char("G")).0
        #expect(end.articleTop == end.articleLayout.lines.count - end.articleRows)
        #expect(end.percent == 100)
        #expect(end.pressing(.char("j")).0.articleTop == end.articleTop)
        #expect(end.pressing(.home).0.articleTop == 0)
    }

    @Test("/ searches as you type; Enter goes to the first match; n and N step with a counter")
    func search() throws {
        let s = try Fixture.reader(size)
        let typing = s.pressing(.char("/")).0.typing("torino")
        #expect(typing.mode == .searchPrompt)
        let count = typing.search?.matches.count ?? 0
        #expect(count == 4)
        #expect(typing.screen.line(29).hasPrefix("/torino"))
        #expect(typing.screen.line(29).contains("4 matches"))
        let found = typing.pressing(.enter).0
        #expect(found.mode == .reading)
        #expect(found.search?.current == 0)
        #expect(found.screen.line(29).contains("match 1/4"))
        let next = found.pressing(.char("n"), .char("n")).0
        #expect(next.search?.current == 2)
        #expect(next.screen.line(29).contains("match 3/4"))
        let wrapped = found.pressing(.char("N")).0
        #expect(wrapped.search?.current == 3)
        #expect(wrapped.message == "Search wrapped to the bottom")
    }

    /// In a 50 MB article every key typed at the prompt searched all of it (half a second a
    /// key in a release build, seconds in a debug one), and typed keys queued behind it.
    @Test("An article over the limit is searched on Enter, not at every key, and the prompt says so")
    func bigArticleSearchesOnEnter() throws {
        var s = try Fixture.reader(size)
        #expect(s.searchesAsYouType)
        s.searchAsYouTypeLimit = s.document.textBytes - 1
        #expect(!s.searchesAsYouType)
        let typing = s.pressing(.char("/")).0.typing("torino")
        #expect(typing.search == nil)
        #expect(typing.screen.line(29).hasPrefix("/torino"))
        #expect(typing.screen.line(29).contains("Enter searches · Esc cancel"))
        let found = typing.pressing(.enter).0
        #expect(found.search?.matches.count == 4)
        #expect(found.search?.current == 0)
        #expect(found.screen.line(29).contains("match 1/4"))
        let edited = found.pressing(.char("/")).0.typing("tor").pressing(.backspace).0
        #expect(edited.prompt == "to")
        #expect(edited.search == nil)
    }

    @Test("Matching ignores case and accents unless the query has capitals")
    func folding() throws {
        let a = try Fixture.article(text: "Perché no\n\nIl perché della scelta. PERCHE lo dice lui. Citta e città.\n")
        let s = Reader.start(document: ReaderDocument(article: a), size: size).0
        #expect(s.pressing(.char("/")).0.typing("perche").search?.matches.count == 3)
        #expect(s.pressing(.char("/")).0.typing("PERCHE").search?.matches.count == 1)
        #expect(s.pressing(.char("/")).0.typing("Perché").search?.matches.count == 1)
        #expect(s.pressing(.char("/")).0.typing("citta").search?.matches.count == 2)
        let none = s.pressing(.char("/")).0.typing("zzz").pressing(.enter).0
        #expect(none.message == "Pattern not found: zzz")
    }

    /// `"lettori della"` typed as in the library search used to look for the quote marks
    /// too and find nothing; quotes around the query are left out, a phrase is found as typed.
    @Test("A phrase is found with or without the quotes around it; quotes alone are searched")
    func quotedPhrase() throws {
        let a = try Fixture.article(text: "Titolo\n\nLa casa di tutti i lettori della città, disse: \"lettori\" e \"amici\".\n")
        let s = Reader.start(document: ReaderDocument(article: a), size: size).0
        let bare = s.pressing(.char("/")).0.typing("lettori della")
        #expect(bare.search?.matches.count == 1)
        let quoted = s.pressing(.char("/")).0.typing("\"lettori della\"")
        #expect(quoted.search?.matches == bare.search?.matches)
        #expect(quoted.pressing(.enter).0.search?.current == 0)
        // Typographic quotes, as the library search reads them.
        #expect(s.pressing(.char("/")).0.typing("«lettori della»").search?.matches == bare.search?.matches)
        #expect(s.pressing(.char("/")).0.typing("“lettori della”").search?.matches == bare.search?.matches)
        // An open quote while typing reads as the phrase so far, as in the library search.
        #expect(s.pressing(.char("/")).0.typing("\"lettori d").search?.matches.count == 1)
        // A quote inside the query, or the query of a quote alone, is searched as written.
        #expect(s.pressing(.char("/")).0.typing("disse: \"lettori").search?.matches.count == 1)
        #expect(s.pressing(.char("/")).0.typing("\"").search?.matches.count == 4)
        let none = s.pressing(.char("/")).0.typing("\"zzz\"").pressing(.enter).0
        #expect(none.message == "Pattern not found: \"zzz\"")
    }

    @Test("Esc at the prompt cancels the search; Backspace edits the query")
    func cancel() throws {
        let s = try Fixture.reader(size).pressing(.char("/")).0.typing("torinox")
        #expect(s.search?.matches.isEmpty == true)
        let edited = s.pressing(.backspace).0
        #expect(edited.prompt == "torino")
        #expect(edited.search?.matches.count == 4)
        let cancelled = edited.pressing(.escape).0
        #expect(cancelled.mode == .reading)
        #expect(cancelled.search == nil)
    }

    @Test("t opens the contents on the current section; j and Enter jump; Esc closes")
    func tableOfContents() throws {
        let s = try Fixture.reader(size).pressing(.char("2")).0
        let toc = s.pressing(.char("t")).0
        #expect(toc.contents?.selected == 1)
        let jumped = toc.pressing(.char("j"), .char("j"), .enter).0
        #expect(jumped.mode == .reading)
        #expect(jumped.currentSection == 3)
        #expect(toc.pressing(.escape).0.mode == .reading)
        #expect(toc.pressing(.escape).0.currentSection == 1)
    }

    @Test("? and F1 open the help; it lists every binding's action in words")
    func help() throws {
        let s = try Fixture.reader(size)
        #expect(s.pressing(.char("?")).0.help != nil)
        #expect(s.pressing(.function(1)).0.help != nil)
        #expect(s.pressing(.char("?"), .escape).0.mode == .reading)
        let texts = HelpOverlay.lines().map(\.text)
        for b in KeyMap.reading.bindings {
            if case .section = b.action { continue }
            #expect(texts.contains(b.action.description), "help lacks \(b.action.description)")
        }
        #expect(texts.contains("section 1 to 9"))
        #expect(texts.contains("next section"))
        #expect(texts.contains("previous match"))
    }

    @Test("Enter on a fact goes to its next mention and highlights it in article and source")
    func factMentions() throws {
        let s = try Fixture.reader(size).pressing(.tab, .tab).0
        #expect(s.focus == .facts)
        // Select "Torino" (places): figures 4, dates 1, people 3, then places.
        let idx = try #require(s.facts.items.firstIndex { $0.label == "Torino" })
        var t = s
        for _ in 0..<idx { t = t.pressing(.char("j")).0 }
        #expect(t.facts.selected == idx)
        let first = t.pressing(.enter).0
        let h = try #require(first.highlight)
        #expect(h.kind == .fact(idx))
        #expect(first.article.source.string(in: h.span) == "Torino")
        #expect(first.message == "Torino: mention 1/7")
        let second = first.pressing(.enter).0
        #expect(second.highlight!.span.start > h.span.start)
        #expect(second.message == "Torino: mention 2/7")
        // The span is highlighted in the source panel.
        let screen = second.screen
        #expect(screen.cells.contains { $0.role == .sourceFocus })
        #expect(screen.cells.contains { $0.role == .factFocus })
    }

    @Test("Below 80 columns Enter on a fact brings the article forward at the mention; Esc or Tab goes back")
    func narrowFactMention() throws {
        let s = try Fixture.reader(Size(width: 60, height: 20)).pressing(.tab, .tab).0
        #expect(s.focus == .facts)
        let idx = try #require(s.facts.items.firstIndex { $0.label == "Marco Bellini" })
        var t = s
        for _ in 0..<idx { t = t.pressing(.char("j")).0 }
        let jumped = t.pressing(.enter).0
        #expect(jumped.focus == .article)
        #expect(jumped.geometry.panes.keys.first == .article)
        let h = try #require(jumped.highlight)
        let row = jumped.articleLayout.row(block: try #require(h.block), offset: h.range?.lowerBound ?? 0)
        #expect(row >= jumped.articleTop && row < jumped.articleTop + jumped.articleRows)
        #expect(jumped.screen.cells.contains { $0.role == .factFocus })
        #expect(jumped.message == "Marco Bellini: mention 1/1 · Esc back")
        // Esc goes back to the facts with the same fact selected, the mention still in focus.
        let back = jumped.pressing(.escape).0
        #expect(back.focus == .facts && back.facts.selected == idx && back.highlight == h)
        #expect(jumped.pressing(.tab).0.focus == .facts)
        #expect(jumped.pressing(.backTab).0.focus == .facts)
        // Once back, Tab cycles as before.
        #expect(back.pressing(.tab).0.focus == .article)
        #expect(back.pressing(.tab, .tab).0.focus == .source)
    }

    @Test("f and s toggle the sidebar and the source panel")
    func toggles() throws {
        let s = try Fixture.reader(Size(width: 160, height: 48))
        #expect(s.geometry.arrangement == .wide)
        #expect(Set(s.geometry.panes.keys) == [.article, .source, .facts])
        let noFacts = s.pressing(.char("f")).0
        #expect(Set(noFacts.geometry.panes.keys) == [.article, .source])
        let neither = noFacts.pressing(.char("s")).0
        #expect(Set(neither.geometry.panes.keys) == [.article])
        #expect(neither.pressing(.char("f"), .char("s")).0.geometry.panes.count == 3)
    }

    @Test("Layouts by width: wide, medium, narrow with Tab, too small")
    func arrangements() throws {
        #expect(try Fixture.reader(Size(width: 160, height: 48)).geometry.arrangement == .wide)
        let medium = try Fixture.reader(Size(width: 100, height: 30))
        #expect(medium.geometry.arrangement == .medium)
        #expect(medium.geometry.panes[.source]!.y > 0)
        let narrow = try Fixture.reader(Size(width: 60, height: 20))
        #expect(narrow.geometry.arrangement == .narrow)
        #expect(Array(narrow.geometry.panes.keys) == [.article])
        #expect(narrow.pressing(.tab).0.geometry.panes.keys.first == .source)
        #expect(narrow.pressing(.tab, .tab).0.geometry.panes.keys.first == .facts)
        #expect(narrow.pressing(.tab, .tab, .tab).0.focus == .article)
        #expect(narrow.pressing(.backTab).0.focus == .facts)
        #expect(try Fixture.reader(Size(width: 19, height: 6)).geometry.arrangement == .tooSmall)
        #expect(try Fixture.reader(Size(width: 20, height: 5)).geometry.arrangement == .tooSmall)
    }

    @Test("Resizing keeps the reading position")
    func resize() throws {
        let s = try Fixture.reader(Size(width: 60, height: 20)).pressing(.char("3")).0
        let wide = Reader.update(s, .resize(Size(width: 160, height: 48))).0
        #expect(wide.currentSection == 2)
        #expect(wide.geometry.arrangement == .wide)
        let tiny = Reader.update(wide, .resize(Size(width: 10, height: 3))).0
        #expect(tiny.screen.line(0) == "Too small")
        let back = Reader.update(tiny, .resize(Size(width: 100, height: 30))).0
        #expect(back.currentSection == 2)
    }

    @Test("Growing the window near the end shows the last page, with no blank rows under it")
    func growAtEnd() throws {
        for start in [Size(width: 100, height: 14), Size(width: 60, height: 12)] {
            let end = try Fixture.reader(start).pressing(.char("G")).0
            #expect(end.articleTop == end.maxArticleTop && end.articleTop > 0)
            let taller = Reader.update(end, .resize(Size(width: start.width, height: 30))).0
            #expect(taller.articleTop == taller.maxArticleTop, "\(start)")
            #expect(taller.articleTop + taller.articleRows == taller.articleLayout.lines.count, "\(start)")
        }
    }

    @Test("q asks to leave the article, Q to quit; Ctrl-L asks for a full redraw")
    func effects() throws {
        let s = try Fixture.reader(size)
        #expect(s.pressing(.char("q")).1 == [.leave])
        #expect(s.pressing(.char("Q")).1 == [.quit])
        #expect(s.pressing(.ctrl("l")).1 == [.fullRedraw])
        #expect(s.pressing(.char("x")).1.isEmpty)
    }

    @Test("Mouse: the wheel scrolls the pane under it; a click focuses and selects a fact")
    func mouse() throws {
        let s = try Fixture.reader(Size(width: 60, height: 12))
        let scrolled = Reader.update(s, .mouse(MouseEvent(.wheelDown, x: 5, y: 5))).0
        #expect(scrolled.articleTop == 3)
        let wide = try Fixture.reader(Size(width: 160, height: 48))
        let facts = try #require(wide.geometry.content(.facts))
        // Row 0 is the Figures header, row 2 the second figure.
        let clicked = Reader.update(wide, .mouse(MouseEvent(.click, x: facts.x + 4, y: facts.y + 2))).0
        #expect(clicked.focus == .facts)
        #expect(clicked.facts.selected == 1)
        let source = try #require(wide.geometry.content(.source))
        let wheel = Reader.update(wide, .mouse(MouseEvent(.wheelDown, x: source.x + 2, y: source.y + 2))).0
        #expect(wheel.sourcePanel.top == 3)
        #expect(wheel.articleTop == 0)
    }

    @Test("The sidebar marks the facts of the section being read")
    func factMarks() throws {
        let s = try Fixture.reader(Size(width: 160, height: 48)).pressing(.char("3")).0
        let list = try #require(s.facts.list)
        let politecnico = try #require(list.items.firstIndex { $0.label == "Politecnico di Torino" })
        let purchia = try #require(list.items.firstIndex { $0.label == "Rosanna Purchia" })
        #expect(list.items[politecnico].sections.contains(2))
        #expect(!list.items[purchia].sections.contains(2))
        let screen = s.screen
        let facts = s.geometry.content(.facts)!
        let row = { (i: Int) in facts.y + list.itemRow[i] - s.facts.top }
        #expect(screen[facts.x + 1, row(politecnico)].text == "▸")
        #expect(screen[facts.x + 1, row(purchia)].text == " ")
    }
}

@Suite("Help overlay keys")
struct HelpKeyTests {
    @Test("In help, G goes to the end and g back to the top, as in the article")
    func helpEnds() throws {
        let s = try Fixture.reader(Size(width: 100, height: 30)).pressing(.char("?")).0
        #expect(s.help?.top == 0)
        let end = s.pressing(.char("G")).0
        #expect((end.help?.top ?? 0) > 0)
        #expect(end.pressing(.char("j")).0.help?.top == end.help?.top)
        #expect(end.pressing(.char("g")).0.help?.top == 0)
        #expect((s.pressing(.char("d")).0.help?.top ?? 0) > 0)
    }
}
