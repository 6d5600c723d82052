import Foundation

/// One run of `leggio` under a time limit, with its standard output and error in files, its
/// exit, wall time and peak resident memory (`VmHWM`, read while it runs).
struct LimitedRun {
    var status: Int32
    /// The signal that ended it (SIGKILL when the time limit did), else nil.
    var signal: Int32?
    var timedOut: Bool
    var seconds: Double
    /// Peak resident set, in bytes.
    var peakBytes: Int
    var stdout: [UInt8]
    var stderr: String

    /// Runs `arguments` with `environment`, killed after `limit` seconds. Standard input is
    /// /dev/null; the outputs go to files in `folder` (a pipe could fill and stall the child).
    static func run(_ arguments: [String], environment: [String: String], limit: Double, folder: String) throws -> LimitedRun {
        let outPath = folder + "/stdout-\(UUID().uuidString)", errPath = folder + "/stderr-\(UUID().uuidString)"
        defer {
            unlink(outPath)
            unlink(errPath)
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGPIPE] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let start = Date()
        let rc = posix_spawn(&pid, arguments[0], &actions, &attr, argv, envp)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .ENOENT) }
        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        // The peak of the child's own memory, read while it runs: rusage's ru_maxrss would
        // carry over this process's peak (posix_spawn's child shares its memory until exec).
        var highWater = 0
        while true {
            highWater = max(highWater, Self.highWaterKB(pid))
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            if r < 0, errno != EINTR { break }
            if Date().timeIntervalSince(start) > limit, !timedOut {
                timedOut = true
                kill(pid, SIGKILL)
            }
            usleep(1_000)
        }
        let seconds = Date().timeIntervalSince(start)
        let out = (try? Data(contentsOf: URL(fileURLWithPath: outPath))).map { [UInt8]($0) } ?? []
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        let signaled = (status & 0x7F) != 0 && (status & 0x7F) != 0x7F
        return LimitedRun(status: (status >> 8) & 0xFF, signal: signaled ? status & 0x7F : nil, timedOut: timedOut,
                          seconds: seconds, peakBytes: (highWater > 0 ? highWater : Int(usage.ru_maxrss)) * 1024, stdout: out, stderr: err)
    }

    /// `VmHWM` of a running process, in kB (0 when it cannot be read: the process has ended).
    static func highWaterKB(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }

    /// Offsets of bytes a terminal would act on: C0 controls but tab and line feed, DEL, and
    /// the C1 controls as UTF-8 (C2 80–9F).
    static func rawControls(_ bytes: [UInt8]) -> [Int] {
        var found: [Int] = []
        for (i, b) in bytes.enumerated() where found.count < 5 {
            if (b < 0x20 && b != 0x0A && b != 0x09) || b == 0x7F { found.append(i) }
            if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) { found.append(i) }
        }
        return found
    }
}
