/// Where each pane goes for a terminal size, and which panes are shown. Wide terminals show
/// article, source and facts side by side; medium ones keep the facts sidebar and put the
/// source under the article; narrow ones (under 80 columns) show one pane at a time.
public struct Geometry: Hashable, Sendable {
    public enum Arrangement: Hashable, Sendable {
        case wide, medium, narrow
        /// Smaller than 20×6: only a notice is drawn.
        case tooSmall
    }

    public static let minimum = Size(width: 20, height: 6)

    /// True below `minimum`, where every view draws only the "Too small" notice.
    public static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }
    public static let wideFrom = 140
    public static let mediumFrom = 80
    public static let sidebarWidth = 30
    /// The widest line of article text (a readable measure).
    public static let measure = 78

    public var size: Size
    public var arrangement: Arrangement
    /// Whole pane rectangles, title row included.
    public var panes: [Pane: Rect] = [:]
    /// The tab row in the narrow arrangement.
    public var tabs: Rect?
    public var status: Rect
    /// Separator columns between side-by-side panes: x, top and height.
    public var separators: [Rect] = []

    public init(size: Size, showFacts: Bool, showSource: Bool, focus: Pane) {
        self.size = size
        let w = size.width
        let h = size.height
        status = Rect(x: 0, y: max(0, h - 1), width: w, height: h > 0 ? 1 : 0)
        if Self.isTooSmall(size) {
            arrangement = .tooSmall
            return
        }
        let body = h - 1
        if w < Self.mediumFrom {
            arrangement = .narrow
            tabs = Rect(x: 0, y: 0, width: w, height: 1)
            panes[focus] = Rect(x: 0, y: 1, width: w, height: body - 1)
            return
        }
        var right = w
        if showFacts {
            let sw = Self.sidebarWidth
            panes[.facts] = Rect(x: w - sw, y: 0, width: sw, height: body)
            separators.append(Rect(x: w - sw - 1, y: 0, width: 1, height: body))
            right = w - sw - 1
        }
        if w >= Self.wideFrom {
            arrangement = .wide
            if showSource {
                // The article keeps the width it has beside the sidebar whether or not the
                // sidebar shows (hiding it widens the source panel): `f` never re-wraps the text.
                let withSidebar = w - Self.sidebarWidth - 1
                let aw = min(Self.measure + 4, (withSidebar - 1) * 3 / 5)
                panes[.article] = Rect(x: 0, y: 0, width: aw, height: body)
                separators.append(Rect(x: aw, y: 0, width: 1, height: body))
                panes[.source] = Rect(x: aw + 1, y: 0, width: right - aw - 1, height: body)
            } else {
                panes[.article] = Rect(x: 0, y: 0, width: right, height: body)
            }
        } else {
            arrangement = .medium
            if showSource, body >= 10 {
                let sh = max(4, body * 2 / 5)
                panes[.article] = Rect(x: 0, y: 0, width: right, height: body - sh)
                panes[.source] = Rect(x: 0, y: body - sh, width: right, height: sh)
            } else {
                panes[.article] = Rect(x: 0, y: 0, width: right, height: body)
            }
        }
    }

    /// The pane's text area (below its title row; the narrow arrangement has no title rows).
    public func content(_ pane: Pane) -> Rect? {
        guard let r = panes[pane] else { return nil }
        return arrangement == .narrow ? r : r.droppingTop(1)
    }

    /// Width for wrapping the article: the readable measure, never wider than the pane.
    public var articleTextWidth: Int {
        let w = panes[.article]?.width ?? size.width
        return max(1, min(Self.measure, w - 2))
    }

    /// Width of the source panel, or what it would be when shown.
    public var sourceWidth: Int {
        max(8, panes[.source]?.width ?? size.width)
    }

    /// The pane under a screen position.
    public func pane(atX x: Int, y: Int) -> Pane? {
        for (p, r) in panes where r.contains(x: x, y: y) { return p }
        return nil
    }
}
