/// Why the search index could not be used, in words for the user.
public enum LibraryIndexError: Error, Sendable, CustomStringConvertible {
    /// The cache folder could not be created or written.
    case cannotCreate(path: String, reason: String)
    /// The index file cannot be written: a full disk, a read-only file or folder. Not
    /// damage: the file is left as it is, and a search can read the files instead.
    case cannotWrite(path: String, reason: String)
    /// SQLite failed in a way that rebuilding did not mend.
    case database(String)

    /// True when the index cannot be written (or made) where it lives, though nothing is
    /// damaged: a search can still answer from an index in memory.
    public var isUnwritable: Bool {
        switch self {
        case .cannotCreate, .cannotWrite: true
        case .database: false
        }
    }

    public var description: String {
        switch self {
        case .cannotCreate(let path, let reason): "cannot create the search index at \(path): \(reason)"
        case .cannotWrite(let path, let reason): "cannot write the search index at \(path): \(reason)"
        case .database(let message): "search index error: \(message)"
        }
    }
}
