import ArticleKit

/// The words Leggio's fact extractor reads in a parsed article, as one text for another
/// recogniser: title, lede, headings and kept blocks (code left out, as the extractor leaves
/// it), a blank line between blocks and a table's cells by tabs and lines.
enum BodyText {
    static func of(_ article: Article) -> String {
        FlatArticle(article).blocks.filter { $0.kind != .code }.map(\.text).joined(separator: "\n\n")
    }
}
