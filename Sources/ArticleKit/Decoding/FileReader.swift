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

    /// Only a regular file is read: what the path leads to is looked at first (a FIFO, socket
    /// or device is refused without being opened), and again once open (O_NONBLOCK, so that
    /// a FIFO put there meanwhile cannot block the open).
    public static func read(_ path: String, limit: Int = sizeLimit) throws(ArticleError) -> [UInt8] {
        var info = stat()
        if FilePath.stat(path, &info) != 0 { throw error(errno, path) }
        try requireRegular(info, path)
        let fd = FilePath.withCString(path) { open($0, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY) }
        if fd < 0 { throw error(errno, path) }
        defer { close(fd) }
        if fstat(fd, &info) != 0 { throw error(errno, path) }
        try requireRegular(info, path)
        let size = Int(info.st_size)
        if size > limit { throw .tooLarge(path: path, bytes: size, limit: limit) }
        return try readToEnd(fd, expected: size, name: path, limit: limit)
    }

    /// The name standard input goes by in messages (`standard input: looks like a binary file…`).
    public static let standardInputName = "standard input"

    /// Reads standard input to its end (a pipe, a redirected file or device), up to `limit`
    /// bytes: `cat FILE | leggio`, `leggio dump -`.
    public static func readStandardInput(limit: Int = sizeLimit) throws(ArticleError) -> [UInt8] {
        try readToEnd(STDIN_FILENO, expected: 0, name: standardInputName, limit: limit)
    }

    /// Reads `fd` to its end, starting with room for `expected` bytes; `name` is said in errors.
    static func readToEnd(_ fd: Int32, expected size: Int, name path: String, limit: Int) throws(ArticleError) -> [UInt8] {
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
                if errno == EAGAIN || errno == EWOULDBLOCK {
                    // A pipe left non-blocking by whoever wrote into it: wait for more.
                    var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                    _ = poll(&p, 1, -1)
                    continue
                }
                throw error(errno, path)
            }
            if n == 0 { break }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Throws unless `info` is a regular file's: a folder, a FIFO, a socket or a device is
    /// named for what it is.
    public static func requireRegular(_ info: stat, _ path: String) throws(ArticleError) {
        switch info.st_mode & S_IFMT {
        case S_IFREG: return
        case S_IFDIR: throw .isDirectory(path: path)
        case S_IFIFO: throw .notRegular(path: path, kind: "a named pipe (FIFO)")
        case S_IFSOCK: throw .notRegular(path: path, kind: "a socket")
        case S_IFCHR: throw .notRegular(path: path, kind: "a character device")
        case S_IFBLK: throw .notRegular(path: path, kind: "a block device")
        default: throw .notRegular(path: path, kind: "a special file")
        }
    }

    /// What a path is, for a caller about to open it: nil for a regular file, else why it
    /// will not be read (missing, a folder, a FIFO, a device, a link loop…).
    public static func problem(at path: String) -> ArticleError? {
        var info = stat()
        if FilePath.stat(path, &info) != 0 { return error(errno, path) }
        do throws(ArticleError) {
            try requireRegular(info, path)
            return nil
        } catch {
            return error
        }
    }

    static func error(_ code: Int32, _ path: String) -> ArticleError {
        switch code {
        case ELOOP: .linkLoop(path: path)
        case ENOENT, ENOTDIR: .notFound(path: path)
        case EACCES, EPERM: .permissionDenied(path: path)
        case EISDIR: .isDirectory(path: path)
        default: .readFailed(path: path, reason: String(cString: strerror(code)))
        }
    }
}
