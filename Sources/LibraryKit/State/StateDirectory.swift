#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where Leggio keeps its files, by the XDG base directory rules: reading positions and
/// bookmarks under `$XDG_STATE_HOME/leggio` (default `~/.local/state/leggio`), the library's
/// metadata cache under `$XDG_CACHE_HOME/leggio` (default `~/.cache/leggio`).
public enum StateDirectory {
    /// The folder for reading positions and bookmarks.
    public static var state: String {
        base("XDG_STATE_HOME", fallback: ".local/state") + "/leggio"
    }

    /// The folder for caches that can always be rebuilt.
    public static var cache: String {
        base("XDG_CACHE_HOME", fallback: ".cache") + "/leggio"
    }

    private static func base(_ variable: String, fallback: String) -> String {
        // XDG says relative paths in these variables are invalid and must be ignored.
        if let value = getenv(variable).map({ String(cString: $0) }), value.hasPrefix("/") { return value }
        let home = getenv("HOME").map { String(cString: $0) } ?? "/tmp"
        return home + "/" + fallback
    }

    /// Creates a folder and its parents (mode 0700), as `mkdir -p`.
    public static func create(_ path: String) throws(LibraryError) {
        var current = ""
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            current += "/" + part
            if mkdir(current, 0o700) != 0, errno != EEXIST {
                throw .writeFailed(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }
}
