/// One column of the screen: a grapheme cluster (already sanitized) and its role.
/// The second column of a wide character holds an empty `text`.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var role: Role

    public init(_ text: String = " ", role: Role = .text) {
        self.text = text
        self.role = role
    }

    public static let blank = Cell()

    /// True for the right half of a wide character.
    public var isContinuation: Bool { text.isEmpty }
}
