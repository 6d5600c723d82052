/// A place in the article's text: a block (index into `ReaderDocument.blocks`) and a byte
/// offset in its text. What a resize keeps at the top of the article, whatever the new
/// wrapping.
public struct TextAnchor: Hashable, Sendable {
    public var block: Int
    public var offset: Int

    public init(block: Int, offset: Int) {
        self.block = block
        self.offset = offset
    }
}
