import Foundation

/// A tmux server of our own (unique socket name, no config file) with one pane running a
/// plain shell, for driving the real binary like a person would.
final class Tmux {
    let socket: String
    let workDir: URL
    private static let lock = NSLock()
    nonisolated(unsafe) private static var counter = 0

    init(width: Int, height: Int) throws {
        let n = Tmux.lock.withLock { Tmux.counter += 1; return Tmux.counter }
        socket = "leggio-e2e-\(getpid())-\(n)"
        workDir = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
        // Reading positions, caches and settings go to this test's own folder.
        let state = workDir.appendingPathComponent("state").path
        let cache = workDir.appendingPathComponent("cache").path
        let config = workDir.appendingPathComponent("config").path
        try run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "e2e",
                 "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8", "-e", "PS1=$ ",
                 "-e", "XDG_STATE_HOME=\(state)", "-e", "XDG_CACHE_HOME=\(cache)", "-e", "XDG_CONFIG_HOME=\(config)",
                 "env -u NO_COLOR bash --norc --noprofile"])
        try run(["set-option", "-g", "status", "off"])
        // The shell is ready when it has run a command (the echo prints 2, not the typed text).
        try type("echo READY_$((1+1))", enter: true)
        _ = try waitFor("READY_2")
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: workDir)
    }

    @discardableResult
    func run(_ args: [String]) throws -> String {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "TMUX")
        // The command that starts the server must not share a pipe with it: the server would
        // keep the pipe open and reading to its end would never finish.
        let capture = args.first != "new-session"
        return try Spawn.run(["tmux", "-L", socket, "-f", "/dev/null"] + args, environment: env, captureOutput: capture).output
    }

    /// Types text into the pane (literally) and optionally presses Enter.
    func type(_ text: String, enter: Bool = false) throws {
        try run(["send-keys", "-t", "e2e", "-l", text])
        if enter { try keys("Enter") }
    }

    /// Presses named keys (`Enter`, `Escape`, `C-c`, `]`).
    func keys(_ names: String...) throws {
        try run(["send-keys", "-t", "e2e"] + names)
    }

    func screen(escapes: Bool = false) throws -> String {
        try run(["capture-pane", "-p", "-t", "e2e"] + (escapes ? ["-e"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try run(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    /// The process id of the program running in the pane's shell.
    func childPID() throws -> pid_t? {
        let shell = try run(["display-message", "-p", "-t", "e2e", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        return children.split(separator: " ").first.flatMap { pid_t($0) }
    }

    struct Timeout: Error, CustomStringConvertible {
        var wanted: String
        var screen: String
        var description: String { "timed out waiting for \"\(wanted)\"; the screen was:\n\(screen)" }
    }

    /// Polls the screen until `text` appears and the screen has settled (the same on two
    /// captures 50 ms apart), and returns it. Without the second capture, a test could read a
    /// frame that ncurses is still writing: the line holding `text` drawn, the rest not yet.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) {
                usleep(50_000)
                let again = try screen()
                if again == last { return last }
                continue
            }
            usleep(30_000)
        }
        throw Timeout(wanted: text, screen: last)
    }

    /// Polls until `text` is gone from the screen.
    func waitForAbsence(_ text: String, timeout: Double = 15) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if !last.contains(text) { return }
            usleep(30_000)
        }
        throw Timeout(wanted: "no \(text)", screen: last)
    }
}
