import CNcursesw
#if canImport(Glibc)
import Glibc
#endif
import ReaderUI

/// The terminal through ncursesw: the only code in Leggio that calls curses. It sets the
/// terminal up (locale, cbreak, no echo, keypad, short Esc delay, mouse, colours), copies
/// `Screen`s out, turns input into `Event`s and restores the terminal on every way out.
/// Everything happens on the main actor, as curses is not thread-safe.
@MainActor
public final class CursesTerminal {
    /// The theme the screen is drawn in.
    public private(set) var theme: Theme
    private var colorPairs: [Int16] = []
    private var attributes: [attr_t] = []
    private var open = false
    /// Colours the terminal has (`COLORS`) once colour is started; 0 for attributes only.
    private var colorCount = 0
    private var defaultColors = false

    /// Why the terminal could not be used.
    public enum SetupError: Error, CustomStringConvertible {
        case unknownTerminal(String)
        /// Keys were to come from /dev/tty (standard input holds the article) and it could not
        /// be opened: the reason, as the system says it.
        case noTerminalForKeys(String)

        public var description: String {
            switch self {
            case .unknownTerminal(let term): "the terminal type \"\(term)\" is not known to ncurses"
            case .noTerminalForKeys(let reason):
                "cannot open /dev/tty to read keys from (standard input holds the article): \(reason)"
            }
        }
    }

    /// Starts curses in the built-in theme. `color: false` (NO_COLOR) keeps only bold,
    /// underline, reverse and dim.
    public convenience init(color: Bool) throws(SetupError) {
        try self.init(theme: .standard(color: color))
    }

    /// Starts curses drawing in `theme`, reduced to the colours the terminal has (attributes
    /// only when it has none, or when the theme drops colour for NO_COLOR). With
    /// `keysFromTTY` (standard input is the article being read, as in `cat FILE | leggio`),
    /// keys are read from /dev/tty, as less reads them.
    public init(theme: Theme, keysFromTTY: Bool = false) throws(SetupError) {
        self.theme = theme
        if keysFromTTY {
            let code = leggio_open_tty()
            if code != 0 { throw .noTerminalForKeys(String(cString: strerror(code))) }
        }
        leggio_set_locale()
        guard leggio_newterm() != nil else {
            throw .unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
        }
        open = true
        leggio_install_signal_handlers()
        cbreak()
        noecho()
        nonl()
        keypad(leggio_stdscr(), true)
        set_escdelay(25)
        wtimeout(leggio_stdscr(), -1)
        curs_set(1)
        mousemask(leggio_mouse_mask(), nil)
        mouseinterval(0)
        if theme.usesColor && has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            colorCount = Int(leggio_colors())
        }
        apply(theme)
    }

    /// Draws from now on in `theme`: colour pairs are set up for the roles that have colours
    /// (see `TerminalStyles`); the caller redraws with `full: true`.
    public func apply(_ theme: Theme) {
        self.theme = theme
        let styles = TerminalStyles(theme: theme, colors: colorCount, maxPairs: Int(leggio_color_pairs()), defaultColors: defaultColors)
        for (i, pair) in styles.pairs.enumerated() {
            init_pair(Int16(i + 1), Int16(pair.foreground), Int16(pair.background))
        }
        attributes = styles.roles.map { style in
            var attr = leggio_a_normal()
            if style.attributes.contains(.bold) { attr |= leggio_a_bold() }
            if style.attributes.contains(.dim) { attr |= leggio_a_dim() }
            if style.attributes.contains(.underline) { attr |= leggio_a_underline() }
            if style.attributes.contains(.reverse) { attr |= leggio_a_reverse() }
            if style.attributes.contains(.italic) { attr |= leggio_a_italic() }
            return attr
        }
        colorPairs = styles.roles.map { Int16($0.pair) }
    }

    /// The terminal's size now.
    public var size: Size {
        Size(width: Int(leggio_getmaxx(leggio_stdscr())), height: Int(leggio_getmaxy(leggio_stdscr())))
    }

    /// Copies a frame to the terminal; curses sends only what changed (unless `full`).
    public func draw(_ screen: Screen, full: Bool = false) {
        if full || leggio_take_continued() != 0 { leggio_force_repaint() }
        var buffer = [wchar_t](repeating: 0, count: 8)
        let width = min(screen.width, size.width)
        let height = min(screen.height, size.height)
        for y in 0..<height {
            for x in 0..<width {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                var n = 0
                for s in cell.text.unicodeScalars where n < 7 {
                    buffer[n] = wchar_t(bitPattern: s.value)
                    n += 1
                }
                if n == 0 { buffer[0] = 0x20; n = 1 }
                buffer[n] = 0
                let role = Int(cell.role.rawValue)
                _ = buffer.withUnsafeBufferPointer { p in
                    leggio_put_cell(Int32(y), Int32(x), p.baseAddress, attributes[role], colorPairs[role])
                }
            }
        }
        if let c = screen.cursor, c.x < width, c.y < height {
            curs_set(1)
            wmove(leggio_stdscr(), Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        wnoutrefresh(leggio_stdscr())
        doupdate()
    }

    /// Tells the signal handlers whether something is unsaved: then SIGINT, SIGTERM, SIGHUP
    /// and SIGQUIT are only noted (see `stopSignal`) instead of ending the process at once.
    public func setUnsaved(_ unsaved: Bool) {
        leggio_set_unsaved(unsaved ? 1 : 0)
    }

    /// The terminating signal that arrived while something was unsaved (or SIGHUP once input
    /// shows the terminal gone), or nil: the run loop saves, then leaves with 128 + signal.
    public var stopSignal: Int32? {
        let sig = leggio_stop_requested()
        return sig == 0 ? nil : sig
    }

    /// How long `nextEvent` waits for input: milliseconds, or -1 to wait for ever. The run loop
    /// polls while background work (library loading, search) may post results.
    public func setInputTimeout(milliseconds: Int) {
        wtimeout(leggio_stdscr(), Int32(milliseconds))
    }

    /// Waits for the next key, mouse report or resize. Returns nil for input Leggio ignores.
    public func nextEvent() -> Event? {
        var ch: wint_t = 0
        let rc = wget_wch(leggio_stdscr(), &ch)
        if rc == ERR {
            if leggio_take_continued() != 0 { return .redraw }
            // The terminal went away (its SIGHUP may not have reached us yet, or been noted
            // while a position was unsaved): a hang-up, which the run loop saves for and
            // leaves on (see `stopSignal`), instead of reading a dead terminal for ever.
            if leggio_input_gone() != 0 { leggio_note_hangup() }
            return nil
        }
        let code = Int32(bitPattern: ch)
        if rc == KEY_CODE_YES {
            switch code {
            case leggio_key_resize(): return .resize(size)
            case leggio_key_mouse(): return mouseEvent()
            case leggio_key_up(): return .key(.up)
            case leggio_key_down(): return .key(.down)
            case leggio_key_left(): return .key(.left)
            case leggio_key_right(): return .key(.right)
            case leggio_key_npage(): return .key(.pageDown)
            case leggio_key_ppage(): return .key(.pageUp)
            case leggio_key_home(): return .key(.home)
            case leggio_key_end(): return .key(.end)
            case leggio_key_enter(): return .key(.enter)
            case leggio_key_backspace(): return .key(.backspace)
            case leggio_key_dc(): return .key(.delete)
            case leggio_key_btab(): return .key(.backTab)
            default:
                for n in 1...12 where code == leggio_key_f(Int32(n)) { return .key(.function(n)) }
                return nil
            }
        }
        switch code {
        case 9: return .key(.tab)
        case 10, 13: return .key(.enter)
        case 27: return .key(.escape)
        case 8, 127: return .key(.backspace)
        case 1...26: return .key(.ctrl(Character(Unicode.Scalar(UInt8(code + 96)))))
        default:
            guard let scalar = Unicode.Scalar(UInt32(code)) else { return nil }
            return .key(.char(Character(scalar)))
        }
    }

    private func mouseEvent() -> Event? {
        var m = MEVENT()
        guard getmouse(&m) == OK else { return nil }
        switch leggio_mouse_kind(m.bstate) {
        case 1: return .mouse(MouseEvent(.click, x: Int(m.x), y: Int(m.y)))
        case 4: return .mouse(MouseEvent(.wheelUp, x: Int(m.x), y: Int(m.y)))
        case 5: return .mouse(MouseEvent(.wheelDown, x: Int(m.x), y: Int(m.y)))
        default: return nil
        }
    }

    /// Restores the terminal: cooked mode, echo, cursor visible, main screen.
    public func shutdown() {
        guard open else { return }
        open = false
        leggio_set_unsaved(0)
        curs_set(1)
        endwin()
    }
}
