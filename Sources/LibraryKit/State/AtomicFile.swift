#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes files so that a crash or kill at any moment leaves either the old file or the new
/// one, never a torn mix: write a temporary file in the same folder, fsync it, rename it over
/// the target, fsync the folder.
public enum AtomicFile {
    public static func write(_ bytes: [UInt8], to path: String) throws(LibraryError) {
        let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        if !folder.isEmpty { try StateDirectory.create(folder) }
        let temporary = "\(path).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(path) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let error = failure(path)
                close(fd)
                unlink(temporary)
                throw error
            }
            written += n
        }
        if fsync(fd) != 0 {
            let error = failure(path)
            close(fd)
            unlink(temporary)
            throw error
        }
        close(fd)
        if rename(temporary, path) != 0 {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
        let dirfd = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if dirfd >= 0 {
            fsync(dirfd)
            close(dirfd)
        }
    }

    /// Removes the temporary files a killed writer of `path` left behind (`PATH.tmp-PID-N`):
    /// those of a process that no longer runs, and any older than `age` seconds (its PID may
    /// have been given again). A live writer's file is left alone. Returns how many went.
    @discardableResult
    public static func removeStale(for path: String, olderThan age: Double = 3_600) -> Int {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        let folder = parts.dropLast().joined(separator: "/")
        let prefix = (parts.last.map(String.init) ?? path) + ".tmp-"
        guard let dir = opendir(folder.isEmpty ? "." : folder) else { return 0 }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) { $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) } }
            if name.hasPrefix(prefix) { names.append(name) }
        }
        closedir(dir)
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        var removed = 0
        for name in names {
            let file = (folder.isEmpty ? "" : folder + "/") + name
            let pid = name.dropFirst(prefix.count).split(separator: "-").first.flatMap { Int32($0) }
            var info = stat()
            guard lstat(file, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            let old = Double(now.tv_sec - info.st_mtim.tv_sec) > age
            let dead = pid.map { $0 != getpid() && kill($0, 0) != 0 && errno == ESRCH } ?? true
            if old || dead, unlink(file) == 0 { removed += 1 }
        }
        return removed
    }

    /// The file's bytes, nil when it does not exist.
    public static func read(_ path: String) throws(LibraryError) -> [UInt8]? {
        try FileReaderBridge.read(path)
    }

    private static func failure(_ path: String) -> LibraryError {
        .writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
}
