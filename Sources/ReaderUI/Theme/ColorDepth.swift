/// How many colours a terminal can show, as Leggio uses them: 256 (xterm's cube and greys),
/// 16, 8, or none (attributes only). Terminals with more than 256 are driven as 256; 88-colour
/// terminals as 16.
public enum ColorDepth: Int, Hashable, Sendable, CaseIterable, Comparable {
    case none = 0
    case eight = 8
    case sixteen = 16
    case full256 = 256

    /// The depth for what curses reports (`COLORS`), when it reports colour at all.
    public init(colors: Int) {
        switch colors {
        case 256...: self = .full256
        case 16...: self = .sixteen
        case 8...: self = .eight
        default: self = .none
        }
    }

    public static func < (a: ColorDepth, b: ColorDepth) -> Bool { a.rawValue < b.rawValue }
}
