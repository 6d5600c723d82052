#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads an article file's bytes with the operating system's own error for each failure,
/// so the user gets one clear line ("permission denied", "is a folder") instead of a crash.
public enum FileReader {
    /// Files larger than this are refused: 256 MiB.
    public static let sizeLimit = 256 * 1_048_576

    public static func read(_ path: String, limit: Int = sizeLimit) throws(ArticleError) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw error(errno, path) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) != 0 { throw error(errno, path) }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .isDirectory(path: path) }
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(path: path, bytes: size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: Swift.max(size, 0))
        var filled = 0
        // Read to the end even if the file grew, or the size was unknown (pipes, /proc).
        while true {
            if filled == bytes.count {
                if bytes.count >= limit { throw .tooLarge(path: path, bytes: bytes.count, limit: limit) }
                bytes.append(contentsOf: repeatElement(0, count: Swift.max(4096, bytes.count / 2)))
            }
            let n = bytes.withUnsafeMutableBytes { buf in
                Glibc.read(fd, buf.baseAddress! + filled, buf.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw error(errno, path)
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    static func error(_ code: Int32, _ path: String) -> ArticleError {
        switch code {
        case ENOENT, ENOTDIR: .notFound(path: path)
        case EACCES, EPERM: .permissionDenied(path: path)
        case EISDIR: .isDirectory(path: path)
        default: .readFailed(path: path, reason: String(cString: strerror(code)))
        }
    }
}
