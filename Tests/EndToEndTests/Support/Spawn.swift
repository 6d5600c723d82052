import Foundation

/// Runs a program and collects its standard output, with posix_spawn and waitpid directly
/// (Foundation's Process can miss the exit of a child that forks a daemon, as tmux does).
enum Spawn {
    private static let spawning = NSLock()

    struct Result {
        var status: Int32
        var output: String
    }

    /// Runs `arguments` (looked up on PATH). With `captureOutput: false`, standard output and
    /// error go to /dev/null; otherwise standard output is returned.
    static func run(_ arguments: [String], environment: [String: String], captureOutput: Bool = true) throws -> Result {
        // Tests run in parallel, and a child another test spawns must not inherit this pipe: a
        // tmux server started by that child kept the write end open for good, so the read
        // below never saw the end, and two tests waited on each other. The pipe is made
        // close-on-exec, under a lock that every spawn here takes, before anyone spawns.
        spawning.lock()
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else {
            spawning.unlock()
            throw POSIXError(.EIO)
        }
        for fd in fds { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if captureOutput {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        // Start the child with no signals blocked and default dispositions (test runner threads
        // block most signals, and a tmux server would pass that on to the shell it starts).
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGTSTP] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let rc = posix_spawnp(&pid, arguments[0], &actions, &attr, argv, envp)
        close(fds[1])
        spawning.unlock()
        guard rc == 0 else {
            close(fds[0])
            throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .ENOENT)
        }
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fds[0], &buffer, buffer.count)
            if n > 0 { data += buffer[0..<n]; continue }
            if n < 0, errno == EINTR { continue }
            break
        }
        close(fds[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
        return Result(status: status, output: String(decoding: data, as: UTF8.self))
    }
}
