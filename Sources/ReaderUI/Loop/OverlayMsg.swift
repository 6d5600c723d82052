/// What an overlay that only reads input (help, contents) is told: a key, a mouse event or a
/// new terminal size. One type, so the two overlays do not each declare the same three cases.
public enum OverlayMsg: Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
}
