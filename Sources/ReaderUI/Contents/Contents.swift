/// The table of contents being read: the selected section, the first one shown, how many
/// there are and the screen it is drawn on.
public struct ContentsState: Hashable, Sendable {
    public var selected: Int
    public var top: Int
    public let entries: Int
    public var size: Size

    /// Opens on `current`, a few entries below the top when it can; every entry shows when
    /// the box holds them all.
    public init(entries: Int, current: Int, size: Size) {
        self.entries = entries
        self.size = size
        selected = max(0, min(current, entries - 1))
        top = 0
        fitWindow(preferredTop: selected - 3)
    }

    /// Entries that fit in the box.
    var visible: Int { ContentsOverlay.box(size: size, entries: entries).height - 2 }

    /// Keeps the selected entry in view and the box filled (`ListWindow`).
    mutating func fitWindow(preferredTop: Int? = nil) {
        top = ListWindow.top(preferredTop ?? top, selected: selected, count: entries, visible: visible)
    }
}

/// The table of contents' logic (`t`): keys from `KeyMap.tableOfContents` move the
/// selection, Enter or a click on an entry goes to its section, Esc or a click outside closes.
public enum Contents: Component {
    public typealias Msg = OverlayMsg

    public enum Cmd: Hashable, Sendable {
        /// Closed without a choice.
        case close
        /// Closed on a section (0-based): the reader goes there.
        case goTo(section: Int)
    }

    public static func update(_ state: ContentsState, _ msg: Msg) -> (ContentsState, [Cmd]) {
        var s = state
        switch msg {
        case .resize(let size):
            s.size = size
            s.fitWindow()
            return (s, [])
        case .key(let key):
            guard let action = KeyMap.tableOfContents.action(for: key) else { return (s, []) }
            let n = s.entries
            var cmds: [Cmd] = []
            switch action {
            case .lineDown: s.selected = min(n - 1, s.selected + 1)
            case .lineUp: s.selected = max(0, s.selected - 1)
            case .top: s.selected = 0
            case .bottom: s.selected = n - 1
            case .activate: cmds = [.goTo(section: s.selected)]
            case .cancel: cmds = [.close]
            default: break
            }
            s.fitWindow()
            return (s, cmds)
        case .mouse(let m):
            guard m.kind == .click else { return update(s, .key(m.kind == .wheelUp ? .up : .down)) }
            let box = ContentsOverlay.box(size: s.size, entries: s.entries)
            guard box.contains(x: m.x, y: m.y) else { return (s, [.close]) }
            guard m.y > box.y, m.y < box.maxY - 1 else { return (s, []) }
            let i = s.top + m.y - box.y - 1
            guard i < s.entries else { return (s, []) }
            s.selected = i
            return (s, [.goTo(section: i)])
        }
    }
}
