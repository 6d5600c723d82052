/// Why an article could not be read. Each case has a one-line message for the user.
public enum ArticleError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file at the path.
    case notFound(path: String)
    /// The path is a folder where a file was expected.
    case isDirectory(path: String)
    /// The file exists but may not be read.
    case permissionDenied(path: String)
    /// The file holds binary data (NUL bytes or mostly control bytes), not text.
    case binary(path: String)
    /// The file is larger than Leggio will read.
    case tooLarge(path: String, bytes: Int, limit: Int)
    /// Not a regular file: a named pipe, a socket or a device (`kind` says which). Refused
    /// before it is read: a FIFO would block for ever, `/dev/zero` never ends.
    case notRegular(path: String, kind: String)
    /// A symbolic link that leads back to itself (or through too many links).
    case linkLoop(path: String)
    /// Any other failure of the operating system while reading.
    case readFailed(path: String, reason: String)

    public var description: String {
        message.replacingRawBytes
    }

    private var message: String {
        switch self {
        case .notFound(let path): "\(path): no such file"
        case .isDirectory(let path): "\(path): is a folder, not an article file"
        case .permissionDenied(let path): "\(path): permission denied"
        case .binary(let path): "\(path): looks like a binary file, not text; not opened"
        case .tooLarge(let path, let bytes, let limit):
            "\(path): too large to open (\(bytes / 1_048_576) MiB; the limit is \(limit / 1_048_576) MiB)"
        case .notRegular(let path, let kind): "\(path): is \(kind), not an article file; not opened"
        case .linkLoop(let path): "\(path): is a symbolic link that loops (too many levels of links)"
        case .readFailed(let path, let reason): "\(path): cannot be read: \(reason)"
        }
    }
}

extension String {
    /// The text with file-name bytes that are not UTF-8 shown as `\xFF` (`FilePath.display`).
    var replacingRawBytes: String { FilePath.display(self) }
}
