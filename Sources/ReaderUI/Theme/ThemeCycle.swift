/// The themes `T` steps through in the reader and the one showing. The reader's state holds
/// it; switching is a command the run loop performs (it reads the file).
public struct ThemeCycle: Hashable, Sendable {
    public var names: [String]
    public var current: String

    public init(names: [String] = ["default"], current: String = "default") {
        self.names = names.isEmpty ? [current] : names
        self.current = current
    }

    /// Moves to the next theme, wrapping round; nil when there is no other.
    public mutating func advance() -> String? {
        guard names.count > 1 else { return nil }
        let i = names.firstIndex(of: current) ?? -1
        current = names[(i + 1) % names.count]
        return current
    }

    /// "3/7": where the current theme is in the cycle.
    public var position: String {
        "\((names.firstIndex(of: current) ?? 0) + 1)/\(names.count)"
    }
}
