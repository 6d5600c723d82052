import ArticleKit

/// A file the scanner found: where it is, and the size and modification time that tell
/// whether a cached reading of it is still good.
public struct ScannedFile: Hashable, Sendable {
    /// The path as shown to the user: the root as given joined with the path below it.
    public var path: String
    /// The canonical absolute path (symbolic links resolved in the root), the cache's key.
    public var key: String
    /// The format its extension names; nil for a file without a known extension.
    public var format: DocumentFormat?
    public var size: Int
    /// Modification time in nanoseconds since 1970.
    public var modified: Int64
}

/// A folder or file that could not be scanned, with the reason.
public struct ScanProblem: Hashable, Sendable {
    public var path: String
    public var message: String
    /// A folder that exists but could not be listed (no permission): what is in it is unknown,
    /// so a library that found nothing must not be called empty.
    public var isUnlistedFolder: Bool

    public init(path: String, message: String, isUnlistedFolder: Bool = false) {
        self.path = path
        self.message = message
        self.isUnlistedFolder = isUnlistedFolder
    }
}
