/// Why the search index could not be used, in words for the user.
public enum LibraryIndexError: Error, Sendable, CustomStringConvertible {
    /// The cache folder could not be created or written.
    case cannotCreate(path: String, reason: String)
    /// SQLite failed in a way that rebuilding did not mend.
    case database(String)

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason): "cannot create the search index at \(path): \(reason)"
        case .database(let message): "search index error: \(message)"
        }
    }
}
