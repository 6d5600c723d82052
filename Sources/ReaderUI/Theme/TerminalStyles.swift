/// A theme made ready for a curses terminal: each role's attributes and colour pair, and the
/// pairs to set up. Pairs are shared between roles with the same colours, allocated only for
/// roles that have colours, and kept within the terminal's `COLOR_PAIRS`; a role that finds
/// no free pair keeps its attributes in the terminal's default colours (plus reverse when it
/// had a background, so a highlight still shows).
public struct TerminalStyles: Sendable, Equatable {
    /// Foreground and background palette numbers; -1 is the terminal's default.
    public struct Pair: Hashable, Sendable {
        public var foreground: Int
        public var background: Int
    }

    /// What one role is drawn with: attributes and a pair number (0 is the default colours).
    public struct RoleStyle: Hashable, Sendable {
        public var attributes: TextAttributes
        public var pair: Int
    }

    public let depth: ColorDepth
    /// The pairs to initialise; pair number `i + 1` is `pairs[i]`.
    public let pairs: [Pair]
    /// By `Role.rawValue`.
    public let roles: [RoleStyle]

    /// - Parameters:
    ///   - colors: what the terminal reports (`COLORS`), 0 when it has no colour support.
    ///   - maxPairs: `COLOR_PAIRS` (pair 0 is fixed, so `maxPairs - 1` can be set up).
    ///   - defaultColors: whether -1 may stand for the terminal's default (`use_default_colors`
    ///     succeeded); otherwise white on black stand in for it.
    public init(theme: Theme, colors: Int, maxPairs: Int, defaultColors: Bool = true) {
        let depth = theme.usesColor ? ColorDepth(colors: colors) : .none
        self.depth = depth
        let resolved = theme.resolved(at: depth)
        let plain = theme.attributesOnly.resolved(at: .none)
        var pairs: [Pair] = []
        var numbers: [Pair: Int] = [:]
        var roles: [RoleStyle] = []
        for (i, style) in resolved.enumerated() {
            guard style.foreground != nil || style.background != nil else {
                roles.append(RoleStyle(attributes: style.attributes, pair: 0))
                continue
            }
            let pair = Pair(foreground: style.foreground ?? (defaultColors ? -1 : 7),
                            background: style.background ?? (defaultColors ? -1 : 0))
            if let n = numbers[pair] {
                roles.append(RoleStyle(attributes: style.attributes, pair: n))
            } else if pairs.count < maxPairs - 1 {
                pairs.append(pair)
                numbers[pair] = pairs.count
                roles.append(RoleStyle(attributes: style.attributes, pair: pairs.count))
            } else {
                roles.append(RoleStyle(attributes: plain[i].attributes, pair: 0))
            }
        }
        self.pairs = pairs
        self.roles = roles
    }

    public func style(_ role: Role) -> RoleStyle { roles[Int(role.rawValue)] }
}
