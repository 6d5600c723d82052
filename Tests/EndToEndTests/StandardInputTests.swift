import Foundation
import Testing

/// An article piped in, as less reads one: `cat FILE | leggio` reads it from standard input
/// (keys from /dev/tty), and `-` names standard input for dump, facts and read.
@Suite("Standard input", .serialized)
struct StandardInputTests {
    /// Runs `command` with /bin/sh; standard output is returned, standard error joins it.
    func shell(_ command: String) throws -> (status: Int32, output: String) {
        let result = try Spawn.run(["/bin/sh", "-c", command + " 2>&1"], environment: ProcessInfo.processInfo.environment)
        return ((result.status >> 8) & 0xFF, result.output)
    }

    @Test("dump - and facts - read standard input, as the file itself reads")
    func dumpAndFacts() throws {
        let bin = try Binary.leggio(), file = Binary.sample
        let dumped = try shell("'\(bin)' dump - < '\(file)'")
        let direct = try shell("'\(bin)' dump '\(file)'")
        #expect(dumped.status == 0)
        #expect(dumped.output.split(separator: "\n").dropFirst() == direct.output.split(separator: "\n").dropFirst())
        #expect(dumped.output.hasPrefix("(input)\n"))
        let facts = try shell("cat '\(file)' | '\(bin)' facts --json -")
        #expect(facts.status == 0)
        #expect(facts.output == (try shell("'\(bin)' facts --json '\(file)'")).output)
        let binary = try shell("printf 'a\\000b\\000' | '\(bin)' dump -")
        #expect(binary.status == 1)
        #expect(binary.output == "leggio: standard input: looks like a binary file, not text; not opened\n")
    }

    @Test("cat FILE | leggio into a pipe prints the article, not the folder's list; - goes alone")
    func pipedIntoAPipe() throws {
        let bin = try Binary.leggio(), file = Binary.sample
        // An empty folder: the old behaviour listed it (the sample library, tab-separated).
        let empty = NSTemporaryDirectory() + "leggio-stdin-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: empty) }
        let plain = try shell("cd '\(empty)' && cat '\(file)' | '\(bin)' | cat")
        #expect(plain.status == 0)
        #expect(plain.output.hasPrefix("A Torino riapre la biblioteca civica dopo tre anni di lavori\n"))
        #expect(plain.output.contains("Cosa cambia per i lettori"))
        let nothing = try shell("cd '\(empty)' && '\(bin)' < /dev/null | cat")
        #expect(nothing.status == 0)
        #expect(!nothing.output.contains("\t") && !nothing.output.contains("sample"))
        let mixed = try shell("'\(bin)' - '\(file)' < '\(file)'")
        #expect(mixed.status == 1)
        #expect(mixed.output == "leggio: - (standard input) is read alone, not as part of a library\n")
    }

    @Test("cat FILE | leggio on a terminal: the reader, keys from /dev/tty, nothing saved, q quits")
    func reader() throws {
        let bin = try Binary.leggio()
        let t = try Tmux(width: 100, height: 30)
        let dir = t.workDir.path
        try t.type("stty -a | grep -v rows > \(dir)/before.txt", enter: true)
        try t.type("cat '\(Binary.sample)' | '\(bin)'; echo \"STATUS=$?\"; stty -a | grep -v rows > \(dir)/after.txt; echo DONE_$((40+2))",
                   enter: true)
        var screen = try t.waitFor("A Torino riapre la biblioteca civica")
        #expect(screen.contains("(input)"))
        try t.keys("]", "]")
        try t.waitFor("§3/4")
        try t.keys("h")
        try t.waitFor("Standard input is read alone")
        try t.keys("m")
        try t.waitFor("no bookmarks for it")
        try t.keys("q")
        screen = try t.waitFor("DONE_42")
        #expect(screen.contains("STATUS=0"))
        let before = try String(contentsOfFile: dir + "/before.txt", encoding: .utf8)
        let after = try String(contentsOfFile: dir + "/after.txt", encoding: .utf8)
        #expect(before == after)
        // No reading position was kept for standard input.
        let state = (try? String(contentsOfFile: dir + "/state/leggio/reading-state.json", encoding: .utf8)) ?? ""
        #expect(!state.contains("input"))
    }

    @Test("leggio - with the terminal as standard input says so and exits, as keys and article cannot share it")
    func dashOnATerminal() throws {
        let bin = try Binary.leggio()
        let t = try Tmux(width: 100, height: 20)
        try t.type("'\(bin)' -; echo \"STATUS=$?\"; echo DONE_$((40+2))", enter: true)
        let screen = try t.waitFor("DONE_42")
        #expect(screen.contains("leggio: - (standard input) is the terminal: pipe an article in (cat FILE | leggio) or name a file"))
        #expect(screen.contains("STATUS=1"))
    }

    @Test("Without a terminal to read keys from, the article is printed with the reason")
    func noTerminal() throws {
        let bin = try Binary.leggio()
        let t = try Tmux(width: 100, height: 40)
        // setsid: a new session, with no controlling terminal (its output still goes to the pane).
        let err = t.workDir.path + "/err.txt"
        try t.type("cat '\(Binary.sample)' | setsid -w '\(bin)' 2> '\(err)'; echo \"STATUS=$?\"; echo DONE_$((40+2))", enter: true)
        let screen = try t.waitFor("DONE_42")
        let said = try String(contentsOfFile: err, encoding: .utf8)
        #expect(said == "leggio: cannot open /dev/tty to read keys from (standard input holds the article): "
                + "No such device or address; printing the article as plain text\n")
        #expect(screen.contains("Cosa cambia per i lettori"))
        #expect(screen.contains("STATUS=0"))
    }
}
