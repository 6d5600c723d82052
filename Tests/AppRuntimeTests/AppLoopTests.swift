import AppRuntime
import Foundation
import LibraryKit
import ReaderUI
import Testing

/// The run loop and the background work, driven without a terminal: keys in, frames and
/// commands out (the same loop `leggio` runs on curses; tmux tests cover the terminal itself).
@Suite("Run loop on a scripted backend", .serialized)
@MainActor
struct AppLoopTests {
    let size = Size(width: 120, height: 40)
    let biblioteca = "biblioteca-torino.txt"

    /// Keys that pick the biblioteca article in the library list: filter, keep, open.
    var openBiblioteca: [ScriptedBackend.Step] {
        [.key(.char("/"))] + ScriptedBackend.type("biblioteca") + [.key(.enter), .key(.enter)]
    }

    @Test("Enter in the library reads the article in the background and shows it")
    func openArticle() throws {
        let session = try LoopSession()
        let backend = ScriptedBackend(size: size, openBiblioteca + [.key(.char("q")), .key(.char("q"))])
        let status = session.runLibrary(backend)
        #expect(status == 0 && !backend.ranOut && !backend.timedOut)
        let opened = try #require(backend.frames.first { $0.text.contains("§1/4") }, "\(backend.screen)")
        #expect(opened.text.contains("A Torino riapre la biblioteca civica"))
        #expect(session.effects.contains { if case .openArticle = $0 { true } else { false } })
        #expect(session.effects.contains { if case .loadFacts = $0 { true } else { false } })
    }

    @Test("leggio FILE starts through the loop: .openArticle, answered with the article in hand, then its facts; the first frame is the article")
    func startThroughTheLoop() throws {
        let session = try LoopSession()
        let backend = ScriptedBackend(size: size, [.key(.char("q"))])
        #expect(try session.runArticle(biblioteca, backend) == 0)
        guard case .openArticle(let request)? = session.effects.first else {
            Issue.record("the first command was not .openArticle: \(session.effects)")
            return
        }
        #expect(request.key == session.key(biblioteca))
        #expect(session.effects.dropFirst().first.map { if case .loadFacts = $0 { true } else { false } } == true)
        let first = try #require(backend.frames.first)
        #expect(first.text.contains("A Torino riapre la biblioteca civica") && first.text.contains("§1/4"), "\(first.text)")
    }

    @Test("m and ' through the loop: bookmarks reach the store, the list's d removes one, Enter goes to the other")
    func bookmarks() throws {
        let session = try LoopSession()
        let steps: [ScriptedBackend.Step] = [.key(.char("2")), .key(.char("m")), .key(.char("3")), .key(.char("m")),
                                             .key(.char("g")), .key(.char("'")), .key(.char("j")), .key(.char("d")),
                                             .key(.enter), .key(.char("q"))]
        let backend = ScriptedBackend(size: size, steps)
        #expect(try session.runArticle(biblioteca, backend) == 0)
        #expect(backend.frames.contains { $0.text.contains("Bookmarks · Enter goes") && $0.text.contains("BOOKMARKS") })
        let marks = session.store().state(for: session.key(biblioteca)).bookmarks
        #expect(marks.count == 1, "\(marks)")
        #expect(backend.screen.contains("Bookmark 1/1: line") && backend.screen.contains("§2/4"), "\(backend.screen)")
    }

    @Test("j and Space scroll the article; q saves the position reached")
    func scroll() throws {
        let session = try LoopSession()
        let backend = ScriptedBackend(size: size, [.key(.char("j")), .key(.char("j")), .key(.char(" ")), .key(.char("q"))])
        #expect(try session.runArticle(biblioteca, backend) == 0)
        let first = try #require(backend.frames.first)
        #expect(first.line(0) != backend.frames.last?.line(0), "the top line moved: \(backend.screen)")
        let saved = try #require(session.savedPositions.last)
        #expect(saved.key == session.key(biblioteca) && saved.line > 1)
    }

    @Test("/ searches as you type; Enter and n step through the matches")
    func search() throws {
        let session = try LoopSession()
        let backend = ScriptedBackend(size: size, [.key(.char("/"))] + ScriptedBackend.type("torino")
            + [.key(.enter), .key(.char("n")), .key(.char("q"))])
        #expect(try session.runArticle(biblioteca, backend) == 0)
        let texts = backend.frames.map(\.text)
        #expect(texts.contains { $0.contains("4 matches") }, "\(texts.last ?? "")")
        #expect(texts.contains { $0.contains("match 1/4") })
        #expect(texts.contains { $0.contains("match 2/4") })
    }

    @Test("t lists the sections; j j Enter goes to the third")
    func contents() throws {
        let session = try LoopSession()
        let backend = ScriptedBackend(size: size, [.key(.char("t")), .key(.char("j")), .key(.char("j")), .key(.enter), .key(.char("q"))])
        #expect(try session.runArticle(biblioteca, backend) == 0)
        #expect(backend.frames.contains { $0.text.contains("Contents · 4 sections") })
        let last = backend.screen
        #expect(last.contains("§3/4 I numeri della riapertura") && !last.contains("Contents · 4 sections"), "\(last)")
    }

    @Test("Facts are extracted off the main thread and fill the sidebar; Tab and Enter go to a mention")
    func facts() throws {
        let session = try LoopSession()
        let backend = ScriptedBackend(size: size, [.key(.tab), .key(.tab), .key(.enter), .key(.char("q"))])
        #expect(try session.runArticle(biblioteca, backend) == 0)
        let before = try #require(backend.frames.first).text
        #expect(before.contains("Facts · extracting…") && !before.contains("People (3)"), "no facts before extraction: \(before)")
        #expect(backend.frames.contains { $0.text.contains("People (3)") }, "\(backend.screen)")
        #expect(backend.frames.map(\.text).contains { $0.contains("mention 1/") }, "\(backend.screen)")
    }

    @Test("Library, article, back to the list with it selected, L back to the article")
    func libraryArticleBack() throws {
        let session = try LoopSession()
        let steps = openBiblioteca + [.key(.char("]")), .key(.char("q")), .key(.char("L")), .key(.char("q")), .key(.char("q"))]
        let again = ScriptedBackend(size: size, steps)
        #expect(session.runLibrary(again) == 0 && !again.ranOut)
        let texts = again.frames.map(\.text)
        let back = try #require(texts.firstIndex { $0.contains("§2/4") })
        let list = try #require(texts[back...].firstIndex { !$0.contains("§2/4") && $0.contains("articles") }, "\(again.screen)")
        let selected = texts[list].split(separator: "\n").filter { $0.hasPrefix("›") }
        #expect(selected.count == 1 && selected[0].contains("A Torino riapre"), "\(texts[list])")
        #expect(texts[list...].contains { $0.contains("§2/4") }, "L reopens the article where it was")
        #expect(session.savedPositions.contains { $0.key == session.key(biblioteca) })
    }

    @Test("The next leggio DIR selects the article read last")
    func lastReadSelectedNextTime() throws {
        let session = try LoopSession()
        let steps: [ScriptedBackend.Step] = [.key(.char("j")), .key(.char("j")), .key(.enter), .key(.char(" ")), .key(.char("q")), .key(.char("Q"))]
        let first = ScriptedBackend(size: size, steps)
        #expect(session.runLibrary(first) == 0 && !first.ranOut)
        let read = try #require(session.savedPositions.last).key
        #expect(session.store().lastRead == read)
        let second = ScriptedBackend(size: size, [.key(.char("Q"))])
        #expect(session.runLibrary(second) == 0)
        // The selected entry's path shows under the list; the first row is not the one selected.
        let lines = second.screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(second.screen.contains((read as NSString).lastPathComponent), "\(second.screen)")
        #expect(lines.count > 2 && !lines[2].hasPrefix("›") && lines.contains { $0.hasPrefix("›") }, "\(second.screen)")
    }

    @Test("q saves the position; the next session opens the article there")
    func quitSavesPosition() throws {
        let session = try LoopSession()
        let first = ScriptedBackend(size: size, [.key(.char("]")), .key(.char("]")), .key(.char("q"))])
        #expect(try session.runArticle(biblioteca, first) == 0)
        #expect(first.screen.contains("§3/4"))
        #expect(session.store().state(for: session.key(biblioteca)).position != nil)
        let second = ScriptedBackend(size: size, [.key(.char("q"))])
        #expect(try session.runArticle(biblioteca, second) == 0)
        let reopened = try #require(second.frames.first).text
        #expect(reopened.contains("§3/4 I numeri della riapertura") && reopened.contains("Back where you left it"), "\(reopened)")
    }

    @Test("A resize lays the panes out again: tabs below 80 columns, a notice below 20x6")
    func resize() throws {
        let session = try LoopSession()
        let backend = ScriptedBackend(size: size, [
            .resize(Size(width: 70, height: 20)), .resize(Size(width: 15, height: 5)),
            .resize(Size(width: 160, height: 48)), .key(.char("q")),
        ])
        #expect(try session.runArticle(biblioteca, backend) == 0)
        let sizes = backend.frames.map { "\($0.width)x\($0.height)" }
        #expect(sizes.contains("70x20") && sizes.contains("15x5") && sizes.last == "160x48", "\(sizes)")
        #expect(backend.frames.contains { $0.width == 70 && $0.text.contains(" Article │ Source │ Facts │") })
        #expect(backend.frames.contains { $0.width == 15 && $0.text.contains("Too small") })
        #expect(backend.screen.contains("Source · "))
    }

    @Test("A hang-up right after moving saves the position, then leaves with 129")
    func hangUpSaves() throws {
        let session = try LoopSession()
        let backend = ScriptedBackend(size: size, [.key(.char("]")), .key(.char("]")), .signal(SIGHUP)])
        #expect(try session.runArticle(biblioteca, backend) == 128 + SIGHUP)
        #expect(!backend.ranOut && backend.unsaved, "the backend was told the position was unsaved")
        let saved = try #require(session.store().state(for: session.key(biblioteca)).position)
        let second = ScriptedBackend(size: size, [.key(.char("q"))])
        #expect(try session.runArticle(biblioteca, second) == 0)
        #expect(try #require(second.frames.first).text.contains("§3/4 I numeri della riapertura"), "saved at line \(saved.line)")
    }

    @Test("Keys gone quiet: the moved position is saved without leaving")
    func idleSave() throws {
        let session = try LoopSession()
        let backend = ScriptedBackend(size: size, [.key(.char("]")), .idle(milliseconds: 300), .key(.char("q"))])
        #expect(try session.runArticle(biblioteca, backend, idleSave: 100) == 0)
        // Saved once while idle, once more on q.
        #expect(session.savedPositions.count == 2, "\(session.savedPositions)")
    }

    @Test("A new section is saved at once, but not more than once per idleSave")
    func sectionChangeSaves() throws {
        let session = try LoopSession()
        // Quiet first (any save of the opening position is done), then three sections in a burst.
        let backend = ScriptedBackend(size: size, [.idle(milliseconds: 400), .key(.char("]")), .key(.char("]")),
                                                   .key(.char("]")), .key(.char("q"))])
        #expect(try session.runArticle(biblioteca, backend, idleSave: 300) == 0)
        let lines = session.savedPositions.map(\.line)
        // Where one ] leads (§2), from a session of its own.
        let other = try LoopSession()
        #expect(try other.runArticle(biblioteca, ScriptedBackend(size: size, [.key(.char("]")), .key(.char("q"))])) == 0)
        let second = try #require(other.savedPositions.last?.line)
        // The first ] is saved as it happens; the two after it, within 300 ms, wait for q.
        #expect(lines.contains(second), "§2 at line \(second) saved: \(lines)")
        #expect(lines.count >= 2 && lines.count <= 3, "\(lines)")
        #expect(Set(lines).count == lines.count, "each save is a new place: \(lines)")
    }

    @Test("S searches the whole library through the index, built in the background")
    func librarySearch() throws {
        let session = try LoopSession()
        let backend = ScriptedBackend(size: size, [.key(.char("S"))] + ScriptedBackend.type("biblioteca")
            + [.key(.enter), .key(.escape), .key(.char("q"))])
        #expect(session.runLibrary(backend) == 0 && !backend.ranOut)
        #expect(session.effects.contains { if case .updateIndex = $0 { true } else { false } })
        #expect(backend.frames.contains { $0.text.contains("A Torino riapre") && $0.text.contains("biblioteca-torino.txt") })
    }
}
