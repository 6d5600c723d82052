import ArticleKit

/// Reads small state and cache files through ArticleKit's `FileReader`: nil for a missing
/// file, a `LibraryError` for anything else.
enum FileReaderBridge {
    static func read(_ path: String) throws(LibraryError) -> [UInt8]? {
        do {
            return try FileReader.read(path)
        } catch ArticleError.notFound {
            return nil
        } catch {
            let reason: String
            switch error {
            case .permissionDenied: reason = "permission denied"
            case .isDirectory: reason = "is a folder"
            case .binary: reason = "not a text file"
            case .tooLarge: reason = "too large"
            case .notRegular(_, let kind): reason = "is \(kind)"
            case .linkLoop: reason = "a symbolic link that loops"
            case .readFailed(_, let why): reason = why
            case .notFound: reason = "no such file"
            }
            throw .readFailed(path: path, reason: reason)
        }
    }
}
