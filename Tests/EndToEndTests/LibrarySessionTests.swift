import Foundation
import Testing

/// The library view in tmux with the real binary (the shared `Tmux` driver): open a folder, filter, open an article, go
/// back, quit, reopen and land at the saved position; a library search opened at its hit; an
/// empty folder showing the sample library. State and cache live in the test's own folder.
@Suite("leggio library in tmux", .serialized)
struct LibrarySessionTests {
    /// A folder with three of the sample articles, in the tmux work folder.
    func makeLibrary(_ t: Tmux) throws -> String {
        let lib = t.workDir.appendingPathComponent("lib").path
        try FileManager.default.createDirectory(atPath: lib, withIntermediateDirectories: true)
        let samples = Binary.packageRoot.appendingPathComponent("Sources/ArticleKit/Resources/Samples").path
        for name in ["biblioteca-torino.txt", "harbour-wind-farm.txt", "sensori-po.md"] {
            try FileManager.default.copyItem(atPath: samples + "/" + name, toPath: lib + "/" + name)
        }
        return lib
    }

    /// Runs leggio on `path` in the pane; the line after it records the terminal state and
    /// the exit status.
    func launch(_ t: Tmux, _ path: String, run: Int) throws {
        let bin = try Binary.leggio()
        let dir = t.workDir.path
        try t.type("clear; stty -a | grep -v rows > \(dir)/before\(run).txt", enter: true)
        try t.type("XDG_STATE_HOME=\(dir)/state XDG_CACHE_HOME=\(dir)/cache '\(bin)' '\(path)'; echo \"STATUS=$?\"; "
                   + "stty -a | grep -v rows > \(dir)/after\(run).txt; echo \"LEGGIO\"\"_DONE\(run)\"", enter: true)
    }

    /// Waits for the list, filters it down to the Torino library article and opens it.
    func openBiblioteca(_ t: Tmux) throws {
        try t.waitFor("Scotland approves")
        try t.keys("/")
        try t.type("biblio")
        try t.waitFor("1 of 3 articles")
        try t.keys("Enter", "Enter")
    }

    func expectRestored(_ t: Tmux, run: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try t.waitFor("LEGGIO_DONE\(run)")
        #expect(screen.contains("STATUS=0"), sourceLocation: sourceLocation)
        let before = try String(contentsOfFile: t.workDir.path + "/before\(run).txt", encoding: .utf8)
        let after = try String(contentsOfFile: t.workDir.path + "/after\(run).txt", encoding: .utf8)
        #expect(before == after, "stty differs after leggio", sourceLocation: sourceLocation)
        #expect(!screen.contains("Library ·"), sourceLocation: sourceLocation)
    }

    @Test("Open a folder, filter, open, go back, quit; reopen and land at the saved position")
    func browseAndReopen() throws {
        let t = try Tmux(width: 100, height: 30)
        let lib = try makeLibrary(t)
        try launch(t, lib, run: 1)
        // The list shows at once (file names), then fills in as the files are read.
        var screen = try t.waitFor("Scotland approves its largest offshore wind farm")
        #expect(screen.contains("· 3 articles"))
        try t.keys("/")
        try t.type("BIBLIO")
        screen = try t.waitFor("1 of 3 articles")
        #expect(!screen.contains("Scotland approves"))
        try t.keys("Enter", "Enter")
        try t.waitFor("biblioteca-torino.txt │ §1/4")
        try t.keys("]", "]")
        try t.waitFor("§3/4 I numeri della riapertura")
        try t.keys("q")
        screen = try t.waitFor("Library ·")
        #expect(screen.contains("filter \"BIBLIO\""))
        try t.keys("Escape")
        try t.waitFor("· 3 articles")
        try t.keys("q")
        try expectRestored(t, run: 1)

        try launch(t, lib, run: 2)
        try openBiblioteca(t)
        screen = try t.waitFor("§3/4 I numeri della riapertura")
        #expect(screen.contains("Back where you left it"))
        // H and L: a second article, back to the first, forward again.
        try t.keys("h")
        try t.waitFor("Library ·")
        try t.keys("Escape", "G", "Enter")
        try t.waitFor("sensori-po.md │")
        try t.keys("H")
        try t.waitFor("biblioteca-torino.txt │ §3/4")
        try t.keys("L")
        try t.waitFor("sensori-po.md │")
        try t.keys("Q")
        try expectRestored(t, run: 2)
    }

    @Test("h after leggio FILE lists the file's folder with the file selected")
    func folderOfFile() throws {
        let t = try Tmux(width: 100, height: 30)
        let lib = try makeLibrary(t)
        try launch(t, lib + "/sensori-po.md", run: 1)
        try t.waitFor("sensori-po.md │")
        try t.keys("h")
        try t.waitFor("· 3 articles")
        // The list shows file names until the files are read (slow on a busy machine): wait for
        // the titles, which stay once shown.
        try t.waitFor("Scotland approves")
        let screen = try t.waitFor("A Torino riapre")
        let selected = screen.split(separator: "\n").filter { $0.hasPrefix("›") }
        #expect(selected.count == 1 && selected.first?.contains("Una rete di sensori") == true, "\(screen)")
        #expect(screen.contains("Scotland approves") && screen.contains("A Torino riapre"))
        try t.keys("q")
        try expectRestored(t, run: 1)
    }

    @Test("A hang-up while reading keeps the position read up to a moment before")
    func positionSurvivesHangUp() throws {
        let t = try Tmux(width: 100, height: 30)
        let lib = try readToThirdSection(t)
        // The position is saved once the keys have been quiet for a second.
        let state = t.workDir.path + "/state/leggio/reading-state.json"
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !((try? String(contentsOfFile: state, encoding: .utf8))?.contains("\"line\" : 23") ?? false) {
            usleep(100_000)
        }
        _ = try t.run(["run-shell", "pkill -HUP -f -- '\(lib)$' || true"])
        try expectReopensAtThirdSection(t, lib, status: 129, after: "a hang-up")
    }

    @Test("Ctrl-C right after moving saves the position before leaving")
    func positionSurvivesInterrupt() throws {
        let t = try Tmux(width: 100, height: 30)
        let lib = try readToThirdSection(t)
        try t.keys("C-c")
        try expectReopensAtThirdSection(t, lib, status: 130, after: "Ctrl-C")
    }

    @Test("kill -HUP right after moving in leggio FILE saves the position; the next run opens there")
    func positionSurvivesHangUpSignal() throws {
        let t = try Tmux(width: 100, height: 30)
        let lib = try makeLibrary(t)
        let file = lib + "/biblioteca-torino.txt"
        try launch(t, file, run: 1)
        try t.waitFor("biblioteca-torino.txt │ §1/4")
        try t.keys("]", "]")
        try t.waitFor("§3/4 I numeri della riapertura")
        let pid = try #require(try t.childPID())
        kill(pid, SIGHUP)
        let screen = try t.waitFor("LEGGIO_DONE1")
        #expect(screen.contains("STATUS=129"))
        try launch(t, file, run: 2)
        let reopened = try t.waitFor("§3/4 I numeri della riapertura")
        #expect(reopened.contains("Back where you left it"))
        try t.keys("q")
        try expectRestored(t, run: 2)
    }

    @Test("Closing the terminal right after moving saves the position")
    func positionSurvivesClosedTerminal() throws {
        let t = try Tmux(width: 100, height: 30)
        let lib = try makeLibrary(t)
        let file = lib + "/biblioteca-torino.txt"
        let dir = t.workDir.path
        // Its own window, so closing it closes leggio's terminal (a real hang-up).
        try t.run(["new-window", "-d", "-t", "e2e", "-n", "closing",
                   "env LANG=C.UTF-8 LC_ALL=C.UTF-8 XDG_STATE_HOME=\(dir)/state XDG_CACHE_HOME=\(dir)/cache '\(try Binary.leggio())' '\(file)'"])
        func window() throws -> String { try t.run(["capture-pane", "-p", "-t", "e2e:closing"]) }
        func waitInWindow(_ text: String) throws {
            let deadline = Date().addingTimeInterval(15)
            var screen = try window()
            while Date() < deadline, !screen.contains(text) {
                usleep(30_000)
                screen = try window()
            }
            #expect(screen.contains(text), "\(screen)")
        }
        try waitInWindow("biblioteca-torino.txt │ §1/4")
        try t.run(["send-keys", "-t", "e2e:closing", "]", "]"])
        try waitInWindow("§3/4 I numeri della riapertura")
        // The reader (the pane's process, or the child of the shell tmux ran it with).
        let pane = try #require(pid_t(try t.run(["display-message", "-p", "-t", "e2e:closing", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)))
        let command = (try? String(contentsOfFile: "/proc/\(pane)/cmdline", encoding: .utf8)) ?? ""
        let children = (try? String(contentsOfFile: "/proc/\(pane)/task/\(pane)/children", encoding: .utf8)) ?? ""
        let reader = command.contains("biblioteca") ? pane : children.split(separator: " ").first.flatMap { pid_t($0) } ?? pane
        try t.run(["kill-window", "-t", "e2e:closing"])
        // The reader saves, then leaves: wait for it to be gone before reopening.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, kill(reader, 0) == 0 { usleep(50_000) }
        #expect(kill(reader, 0) != 0, "leggio is still running after its terminal closed")
        try launch(t, file, run: 2)
        let reopened = try t.waitFor("§3/4 I numeri della riapertura")
        #expect(reopened.contains("Back where you left it"))
        try t.keys("q")
        try expectRestored(t, run: 2)
    }

    /// Opens the biblioteca article from a new library (run 1) and moves to its third section.
    func readToThirdSection(_ t: Tmux) throws -> String {
        let lib = try makeLibrary(t)
        try launch(t, lib, run: 1)
        try openBiblioteca(t)
        try t.waitFor("biblioteca-torino.txt │ §1/4")
        try t.keys("]", "]")
        try t.waitFor("§3/4 I numeri della riapertura")
        return lib
    }

    /// Run 1 ended with `status` and a sane terminal; run 2 reopens the article where it was.
    func expectReopensAtThirdSection(_ t: Tmux, _ lib: String, status: Int32, after way: String,
                                     sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try t.waitFor("LEGGIO_DONE1")
        #expect(screen.contains("STATUS=\(status)"), sourceLocation: sourceLocation)
        let before = try String(contentsOfFile: t.workDir.path + "/before1.txt", encoding: .utf8)
        let after = try String(contentsOfFile: t.workDir.path + "/after1.txt", encoding: .utf8)
        #expect(before == after, "stty differs after \(way)", sourceLocation: sourceLocation)

        try launch(t, lib, run: 2)
        try openBiblioteca(t)
        let reopened = try t.waitFor("§3/4 I numeri della riapertura")
        #expect(reopened.contains("Back where you left it"), sourceLocation: sourceLocation)
        try t.keys("Q")
        try expectRestored(t, run: 2)
    }

    @Test("S searches the library; Enter opens the hit's section with the words highlighted; n steps")
    func librarySearch() throws {
        let t = try Tmux(width: 100, height: 30)
        let lib = try makeLibrary(t)
        try launch(t, lib, run: 1)
        try t.waitFor("Scotland approves")
        try t.keys("S")
        try t.waitFor("Search:")
        // A malformed query gives its message, not an index error.
        try t.type("colour:red")
        try t.keys("Enter")
        try t.waitFor("unknown filter colour:")
        try t.keys("C-u")
        try t.type("politecnico")
        try t.keys("Enter")
        var screen = try t.waitFor("1 hit")
        #expect(screen.contains("§3 I numeri della riapertura"))
        try t.keys("Enter")
        screen = try t.waitFor("§3/4 I numeri della riapertura")
        #expect(screen.contains("match 1/"))
        try t.keys("Escape")
        try t.waitForAbsence("match 1/")
        try t.keys("S")
        try t.waitFor("Search: politecnico")
        try t.keys("Escape")
        try t.waitFor("biblioteca-torino.txt │")
        try t.keys("Q")
        try expectRestored(t, run: 1)
    }

    @Test("An empty folder opens the sample library and says so; 60x20 and 160x48 draw it")
    func emptyFolder() throws {
        let t = try Tmux(width: 60, height: 20)
        let empty = t.workDir.appendingPathComponent("empty").path
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        try launch(t, empty, run: 1)
        var screen = try t.waitFor("Showing the sample library")
        #expect(screen.contains("Library · sample library"))
        try t.waitFor("A Torino riapre la bibl")
        try t.resize(width: 160, height: 48)
        screen = try t.waitFor("File")
        #expect(screen.contains("biblioteca-torino.txt"))
        try t.keys("q")
        try expectRestored(t, run: 1)
    }
}
