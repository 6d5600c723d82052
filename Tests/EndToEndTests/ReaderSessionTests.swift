import Foundation
import Testing

/// The real binary in tmux: open, jump sections, search, contents, help, resize, quit, and
/// the terminal's state after every way out.
@Suite("leggio in tmux", .serialized)
struct ReaderSessionTests {
    /// Starts a shell, records `stty -a`, then runs leggio on the sample; the line after it
    /// writes the terminal state and the exit status to files in the tmux work folder.
    func launch(width: Int = 120, height: Int = 40, env: String = "") throws -> (Tmux, String) {
        let bin = try Binary.leggio()
        let t = try Tmux(width: width, height: height)
        let dir = t.workDir.path
        try t.type("stty -a | grep -v rows > \(dir)/before.txt", enter: true)
        try t.type("\(env) '\(bin)' '\(Binary.sample)'; echo \"STATUS=$?\"; stty -a | grep -v rows > \(dir)/after.txt; echo LEGGIO_DONE_$((40+2))", enter: true)
        return (t, dir)
    }

    /// The terminal is back as it was: same stty settings, cooked mode with echo.
    func expectRestored(_ t: Tmux, _ dir: String, status: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = try t.waitFor("LEGGIO_DONE_42")
        #expect(screen.contains("STATUS=\(status)"), "exit status: \(screen)", sourceLocation: sourceLocation)
        let before = try String(contentsOfFile: dir + "/before.txt", encoding: .utf8)
        let after = try String(contentsOfFile: dir + "/after.txt", encoding: .utf8)
        #expect(before == after, "stty differs after leggio", sourceLocation: sourceLocation)
        let words = after.split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" })
        #expect(words.contains("icanon") && words.contains("echo") && words.contains("isig"), sourceLocation: sourceLocation)
        // The main screen is back: the shell's lines are visible, not the reader's panes.
        #expect(!screen.contains("READING"), sourceLocation: sourceLocation)
    }

    @Test("A file slow to read shows its name and size at once, and q leaves before it is read")
    func aSlowFileShowsWhatIsReadAndQuits() throws {
        let bin = try Binary.leggio()
        let t = try Tmux(width: 100, height: 30)
        let file = t.workDir.path + "/lungo.txt"
        // One paragraph of 40 MB: seconds to read in a debug build.
        try Data(String(repeating: "Mario Rossi ha detto che 12 persone a Roma ", count: 900_000).utf8).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        try t.type("'\(bin)' '\(file)'; echo \"STATUS=$?\"; echo LEGGIO_DONE_$((40+2))", enter: true)
        try t.waitFor("Reading lungo.txt (39 MB)… q quits", timeout: 10)
        let pressed = Date()
        try t.keys("q")
        let screen = try t.waitFor("LEGGIO_DONE_42", timeout: 10)
        #expect(screen.contains("STATUS=0"))
        #expect(Date().timeIntervalSince(pressed) < 5)
    }

    @Test("Open, ] ] to the third section, / search with counter, t and Enter, ? help, resize, q")
    func session() throws {
        let (t, dir) = try launch()
        var screen = try t.waitFor("A Torino riapre la biblioteca civica")
        #expect(screen.contains("§1/4"))
        #expect(screen.contains("Source · "))

        try t.keys("]", "]")
        screen = try t.waitFor("§3/4 I numeri della riapertura")
        #expect(screen.split(separator: "\n")[1].contains("I numeri della riapertura"))

        try t.keys("/")
        try t.type("torino")
        // Wait for the whole query: "torin" already has 4 matches, so the count alone can come early.
        screen = try t.waitFor("/torino ")
        #expect(screen.contains("4 matches"))
        // Enter goes to the first match from the reading position (the fourth, in section 3);
        // n wraps round to the first.
        try t.keys("Enter")
        try t.waitFor("match 4/4")
        try t.keys("n")
        try t.waitFor("match 1/4")

        try t.keys("g", "t")
        screen = try t.waitFor("Contents · 4 sections")
        #expect(screen.contains("Cosa cambia per i lettori"))
        try t.keys("j", "j", "Enter")
        try t.waitForAbsence("Contents · 4 sections")
        try t.waitFor("§3/4")

        try t.keys("?")
        screen = try t.waitFor("Keys · Esc closes")
        #expect(screen.contains("next section"))
        #expect(screen.contains("previous match"))
        try t.keys("Escape")
        try t.waitForAbsence("Keys · Esc closes")

        try t.resize(width: 70, height: 20)
        screen = try t.waitFor(" Article │ Source │ Facts │")
        try t.keys("Tab")
        try t.waitFor("Facts")
        try t.resize(width: 160, height: 48)
        screen = try t.waitFor("Source · ")
        try t.resize(width: 15, height: 5)
        try t.waitFor("Too small")
        try t.resize(width: 100, height: 30)
        try t.waitFor("READING")

        try t.keys("q")
        try expectRestored(t, dir, status: 0)
    }

    @Test("Ctrl-C (SIGINT) restores the terminal")
    func sigint() throws {
        let (t, dir) = try launch()
        try t.waitFor("READING")
        try t.keys("C-c")
        try expectRestored(t, dir, status: 128 + 2)
    }

    @Test("SIGTERM and SIGHUP restore the terminal", arguments: [SIGTERM, SIGHUP])
    func signals(signal: Int32) throws {
        let (t, dir) = try launch()
        try t.waitFor("READING")
        let pid = try #require(try t.childPID())
        kill(pid, signal)
        try expectRestored(t, dir, status: 128 + Int(signal))
    }

    @Test("TERM=dumb prints plain text with a notice instead of failing")
    func dumbTerminal() throws {
        let (t, dir) = try launch(height: 100, env: "TERM=dumb")
        let screen = try t.waitFor("LEGGIO_DONE_42")
        #expect(screen.contains("TERM is dumb; printing the article as plain text"))
        #expect(screen.contains("Cosa cambia per i lettori"))
        #expect(screen.contains("STATUS=0"))
        _ = dir
    }

    @Test("NO_COLOR: attributes only, no colour escapes")
    func noColor() throws {
        let (t, _) = try launch(env: "NO_COLOR=1")
        try t.waitFor("READING")
        let escaped = try t.screen(escapes: true)
        #expect(escaped.contains("\u{1B}[7m") || escaped.contains("\u{1B}[1m"))
        #expect(escaped.range(of: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;|48;)", options: .regularExpression) == nil)
        try t.keys("q")
        try t.waitFor("LEGGIO_DONE_42")
        let (c, _) = try launch()
        try c.waitFor("READING")
        #expect(try c.screen(escapes: true).range(of: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7])m", options: .regularExpression) != nil)
        try c.keys("q")
    }

    @Test("Output to a pipe is the article as plain text")
    func pipe() throws {
        let result = try Spawn.run([try Binary.leggio(), Binary.sample], environment: ProcessInfo.processInfo.environment)
        let text = result.output
        #expect(result.status == 0)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.first == "A Torino riapre la biblioteca civica dopo tre anni di lavori")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(text.contains("\n  • la messa in sicurezza delle scaffalature storiche;\n"))
        #expect(!text.contains("\u{1B}"))
    }
}
