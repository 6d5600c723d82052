/// The table of contents being read: the selected section, the first one shown, how many
/// there are and the screen it is drawn on.
public struct ContentsState: Hashable, Sendable {
    public var selected: Int
    public var top: Int
    public let entries: Int
    public var size: Size

    /// Opens on `current`, a few entries below the top when it can.
    public init(entries: Int, current: Int, size: Size) {
        self.entries = entries
        self.size = size
        selected = max(0, min(current, entries - 1))
        top = max(0, selected - 3)
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
            let visible = ContentsOverlay.box(size: s.size, entries: n).height - 2
            if s.selected < s.top { s.top = s.selected }
            if s.selected >= s.top + visible { s.top = s.selected - visible + 1 }
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
