import ArticleKit

/// The source panel's state: the original text wrapped to the panel's width and the first
/// row shown. Wraps made for other widths are kept, so toggling a pane back is instant.
public struct SourcePanel: Sendable {
    /// The original text wrapped to the panel's width.
    public var layout: SourceLayout { layouts.current }
    /// The first row of `layout` shown.
    public var top = 0
    private var layouts: LayoutsByWidth<SourceLayout>

    init(article: Article, width: Int) {
        layouts = LayoutsByWidth(SourceLayout(article: article, width: width))
    }

    /// Wraps the text to `width`, from an earlier wrap when there is one.
    mutating func fit(width: Int, article: Article) {
        layouts.fit(width: width) { SourceLayout(article: article, width: $0) }
    }

    /// The last first row for a panel `rows` tall: the last page.
    func maxTop(rows: Int) -> Int { max(0, layout.rows.count - rows) }

    mutating func clamp(rows: Int) {
        top = max(0, min(top, maxTop(rows: rows)))
    }

    mutating func scroll(by delta: Int, rows: Int) {
        top = max(0, min(maxTop(rows: rows), top + delta.clampedForAdd(top)))
    }

    /// Scrolls so `span` is in view, a third of the way down when it has to move (and so the
    /// label of a dropped block just above shows too).
    mutating func show(_ span: SourceSpan, rows: Int, in source: SourceText) {
        let first = layout.row(forOffset: span.start, in: source)
        let last = layout.row(forOffset: max(span.start, span.end - 1), in: source)
        if first < top || last >= top + rows {
            top = max(0, first - rows / 3)
            if last - first < rows, last >= top + rows { top = last - rows + 1 }
        }
    }
}
