/// A layout made for a width: the article's (`ArticleLayout`) or the source panel's
/// (`SourceLayout`).
protocol WidthLayout: Sendable {
    var width: Int { get }
}

extension ArticleLayout: WidthLayout {}
extension SourceLayout: WidthLayout {}

/// The layout for the width in use and the few made for other widths before it, so that
/// hiding a pane and showing it again, or resizing back, does not wrap the text again. One
/// cache for the article and the source panel alike.
struct LayoutsByWidth<Layout: WidthLayout>: Sendable {
    /// The layout for the width in use.
    private(set) var current: Layout
    private var earlier: [Int: Layout] = [:]
    /// How many other widths are kept before the cache starts over.
    static var kept: Int { 4 }

    init(_ layout: Layout) {
        current = layout
    }

    /// Makes `width` the width in use: an earlier layout for it, else `make(width)`. Returns
    /// false when it already was.
    @discardableResult
    mutating func fit(width: Int, make: (Int) -> Layout) -> Bool {
        guard current.width != width else { return false }
        earlier[current.width] = current
        current = earlier[width] ?? make(width)
        if earlier.count > Self.kept { earlier.removeAll() }
        return true
    }
}
