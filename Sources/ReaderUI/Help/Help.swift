/// A help overlay being read: the first line shown, how many lines there are and the screen
/// it is drawn on. The lines themselves come from the key maps of whoever opened it
/// (`HelpOverlay.lines()` for an article, `LibraryHelp.lines()` for the library).
public struct HelpState: Hashable, Sendable {
    public var top = 0
    public let lines: Int
    public var size: Size

    public init(lines: Int, size: Size) {
        self.lines = lines
        self.size = size
    }

    /// Lines that fit in the box.
    var visible: Int { max(1, HelpOverlay.box(size: size, lines: lines).height - 2) }
}

/// The help overlay's logic: keys (`KeyMap.help`) scroll it as in an article, the wheel
/// scrolls it, a click or Esc closes it.
public enum Help: Component {
    public typealias Msg = OverlayMsg

    public enum Cmd: Hashable, Sendable {
        /// The help was closed: the owner drops its state.
        case close
    }

    public static func update(_ state: HelpState, _ msg: Msg) -> (HelpState, [Cmd]) {
        var s = state
        switch msg {
        case .resize(let size):
            // A taller box shows the lines above rather than empty rows under the last.
            s.size = size
            s.top = max(0, min(s.top, s.lines - s.visible))
            return (s, [])
        case .mouse(let m):
            switch m.kind {
            case .wheelUp: return update(s, .key(.up))
            case .wheelDown: return update(s, .key(.down))
            case .click: return (s, [.close])
            }
        case .key(let key):
            guard let action = KeyMap.help.action(for: key) else { return (s, []) }
            let visible = s.visible
            switch action {
            case .lineDown: s.top += 1
            case .lineUp: s.top -= 1
            case .pageDown: s.top += visible
            case .pageUp: s.top -= visible
            case .halfPageDown: s.top += visible / 2
            case .halfPageUp: s.top -= visible / 2
            case .top: s.top = 0
            case .bottom: s.top = s.lines
            case .cancel: return (s, [.close])
            default: break
            }
            s.top = max(0, min(s.top, s.lines - visible))
            return (s, [])
        }
    }
}
