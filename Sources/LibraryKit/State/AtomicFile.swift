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

    /// The file's bytes, nil when it does not exist.
    public static func read(_ path: String) throws(LibraryError) -> [UInt8]? {
        try FileReaderBridge.read(path)
    }

    private static func failure(_ path: String) -> LibraryError {
        .writeFailed(path: path, reason: String(cString: strerror(errno)))
    }
}
