import ArticleKit

/// `leggio-eval --file NAME --outline`: the parse in source order, one line a block, kept
/// blocks by kind and dropped ones by reason, so a miscount can be traced to its lines.
enum DocumentOutline {
    static func lines(_ article: Article, width: Int = 100) -> [String] {
        var entries: [(start: Int, line: String)] = []
        func clip(_ s: String) -> String { s.count > width ? String(s.prefix(width)) + "…" : s }
        func lines(_ span: SourceSpan) -> String {
            span.firstLine == span.lastLine ? "\(span.firstLine)" : "\(span.firstLine)-\(span.lastLine)"
        }
        for block in FlatArticle(article).blocks {
            entries.append((block.span.start, "  \(lines(block.span))\t\(block.kind.rawValue)\t\(clip(block.text))"))
        }
        for dropped in article.dropped {
            entries.append((dropped.span.start, "  \(lines(dropped.span))\t╶ \(dropped.reason.rawValue)\t\(clip(dropped.text))"))
        }
        return entries.sorted { $0.start < $1.start }.map(\.line)
    }
}
