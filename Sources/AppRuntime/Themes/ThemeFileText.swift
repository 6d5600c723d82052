import ArticleKit
import ReaderUI

/// A theme or config file's text, read through ArticleKit's `FileReader`: only a regular
/// file is read (a FIFO named as a theme must not block the reader), and each failure says
/// what the path is ("is a folder", "is a named pipe (FIFO)", "permission denied").
enum ThemeFileText {
    /// Files larger than this are no theme: 1 MiB.
    static let limit = 1_048_576

    static func read(_ path: String) throws(ThemeError) -> String {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path, limit: limit)
        } catch {
            throw .unreadable(file: path, reason: reason(error, path))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw .unreadable(file: path, reason: "not UTF-8 text")
        }
        return text
    }

    /// The error's message without the path it starts with.
    static func reason(_ error: ArticleError, _ path: String) -> String {
        switch error {
        case .isDirectory: return "it is a folder"
        case .notRegular(_, let kind): return "it is \(kind), not a file"
        case .binary: return "not UTF-8 text"
        default: break
        }
        let message = error.description
        return message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
    }
}
