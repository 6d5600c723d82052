import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tmux server of our own for the library tests, driven with `posix_spawn` and `waitpid`
/// rather than Foundation's `Process` (whose `waitUntilExit` was seen to hang on the
/// `new-session` client that exits at once, under load). Same habits as `Tmux`: unique
/// socket, no config file, a plain shell in one pane, a work folder removed at the end.
final class LibraryTmux {
    let socket: String
    let workDir: URL
    private static let lock = NSLock()
    nonisolated(unsafe) private static var counter = 0

    init(width: Int, height: Int) throws {
        let n = LibraryTmux.lock.withLock { LibraryTmux.counter += 1; return LibraryTmux.counter }
        socket = "leggio-lib-e2e-\(getpid())-\(n)"
        workDir = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: workDir, withIntermediateDirectories: true)
        _ = try run(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", "e2e",
                     "-e", "LANG=C.UTF-8", "-e", "LC_ALL=C.UTF-8",
                     "env -u NO_COLOR PS1='$ ' bash --norc --noprofile"], capture: false)
        _ = try run(["set-option", "-g", "status", "off"])
        _ = try waitFor("$")
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: workDir)
    }

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs `tmux -L socket -f /dev/null args…` and returns its standard output.
    func run(_ args: [String], capture: Bool = true) throws -> String {
        let argv = ["/usr/bin/env", "tmux", "-L", socket, "-f", "/dev/null"] + args
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let outPath = workDir.path + "/.tmux-out-\(UUID().uuidString)"
        // Output goes to a file, not a pipe: a server started here must not hold our pipe.
        posix_spawn_file_actions_addopen(&actions, 1, capture ? outPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        env.removeValue(forKey: "TMUX")
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            cArgs.forEach { free($0) }
            cEnv.forEach { free($0) }
        }
        // The test runner's threads block signals; tmux, the shell and leggio must not inherit
        // that (a blocked SIGWINCH would hide resizes), so the child starts with none blocked.
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attr, &none)
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/usr/bin/env", &actions, &attr, cArgs, cEnv)
        guard rc == 0 else { throw Failed(description: "posix_spawn tmux failed: \(rc)") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        guard capture else { return "" }
        defer { unlink(outPath) }
        return (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? ""
    }

    func type(_ text: String, enter: Bool = false) throws {
        _ = try run(["send-keys", "-t", "e2e", "-l", text])
        if enter { try keys("Enter") }
    }

    func keys(_ names: String...) throws {
        _ = try run(["send-keys", "-t", "e2e"] + names)
    }

    func screen() throws -> String {
        try run(["capture-pane", "-p", "-t", "e2e"])
    }

    func resize(width: Int, height: Int) throws {
        _ = try run(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
        if ProcessInfo.processInfo.environment["LEGGIO_E2E_TRACE"] != nil {
            print("=== resized: " + (try run(["display-message", "-p", "-t", "e2e", "#{window_width}x#{window_height}"])))
        }
    }

    struct Timeout: Error, CustomStringConvertible {
        var wanted: String
        var screen: String
        var description: String { "timed out waiting for \"\(wanted)\"; the screen was:\n\(screen)" }
    }

    /// Polls the screen until `text` appears (15 s at most) and returns it.
    @discardableResult
    func waitFor(_ text: String, timeout: Double = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if last.contains(text) {
                if ProcessInfo.processInfo.environment["LEGGIO_E2E_TRACE"] != nil { print("=== found \(text):\n\(last)") }
                return last
            }
            usleep(30_000)
        }
        throw Timeout(wanted: text, screen: last)
    }

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
