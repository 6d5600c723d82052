/// What can go wrong in the library: a folder that cannot be listed, a state file that
/// cannot be written. Each case has a one-line message for the user.
public enum LibraryError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No file or folder at a path the user gave.
    case notFound(path: String)
    /// A folder that exists but may not be listed.
    case unreadableFolder(path: String, reason: String)
    /// A state or cache file that exists but could not be read.
    case readFailed(path: String, reason: String)
    /// A state or cache file that could not be written.
    case writeFailed(path: String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let path): "\(path): no such file or folder"
        case .unreadableFolder(let path, let reason): "\(path): cannot list this folder: \(reason)"
        case .readFailed(let path, let reason): "\(path): cannot be read: \(reason)"
        case .writeFailed(let path, let reason): "\(path): cannot be saved: \(reason)"
        }
    }
}
