/// Reads an article from a file or from bytes: decode, then parse in the right format
/// (chosen by the extension, else by sniffing the content; see `FormatSniffer`).
public enum ArticleLoader {
    /// Reads and parses the file at `path`.
    public static func load(path: String) throws(ArticleError) -> Article {
        let bytes = try FileReader.read(path)
        return try parse(bytes: bytes, path: path)
    }

    /// Reads and parses standard input (`cat FILE | leggio`, `leggio dump -`): the format is
    /// sniffed from the content, and the article has no path.
    public static func loadStandardInput() throws(ArticleError) -> Article {
        try parse(bytes: FileReader.readStandardInput())
    }

    /// The decoded text of the file at `path`, as `load(path:).source` gives it, without the
    /// parse (HTML, whose decoding follows its markup, is parsed).
    public static func loadSource(path: String) throws(ArticleError) -> SourceText {
        let bytes = try FileReader.read(path)
        let format = FormatSniffer.format(forPath: path)
        if format == nil || format == .html {
            return try parse(bytes: bytes, path: path).source
        }
        do {
            return try TextDecoder.decode(bytes).text
        } catch {
            throw .binary(path: path)
        }
    }

    /// Decodes and parses bytes; `path` names the file in errors and in the article, and its
    /// extension chooses the format unless `format` is given.
    public static func parse(bytes: [UInt8], path: String? = nil, format: DocumentFormat? = nil) throws(ArticleError) -> Article {
        let known = format ?? path.flatMap(FormatSniffer.format(forPath:))
        if known == .html {
            // HTML declares its own charset; the HTML decoder honours it.
            return try HTMLParser.parse(bytes: bytes, path: path)
        }
        let decoded: TextDecoder.Decoded
        do {
            decoded = try TextDecoder.decode(bytes)
        } catch {
            throw .binary(path: path ?? FileReader.standardInputName)
        }
        switch known ?? FormatSniffer.sniff(decoded.text) {
        case .text: return PlainTextParser.parse(decoded.text, path: path, encoding: decoded.encoding)
        case .markdown: return MarkdownParser.parse(decoded.text, path: path, encoding: decoded.encoding)
        case .html: return try HTMLParser.parse(bytes: bytes, path: path)
        }
    }
}
