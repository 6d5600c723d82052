/// Reads an article from a file or from bytes: decode, then parse in the right format.
public enum ArticleLoader {
    /// Reads and parses the file at `path`.
    public static func load(path: String) throws(ArticleError) -> Article {
        let bytes = try FileReader.read(path)
        return try parse(bytes: bytes, path: path)
    }

    /// Decodes and parses bytes; `path` names the file in errors and in the article.
    public static func parse(bytes: [UInt8], path: String? = nil) throws(ArticleError) -> Article {
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(bytes)
        } catch {
            throw .binary(path: path ?? "input")
        }
        return PlainTextParser.parse(decoded.text, path: path, encoding: decoded.encoding)
    }
}
