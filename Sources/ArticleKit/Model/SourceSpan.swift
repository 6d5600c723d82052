/// Where a piece of an article came from: a UTF-8 byte range in the decoded text and the
/// 1-based lines it covers. Cutting the decoded text at `start..<end` gives the original lines.
public struct SourceSpan: Hashable, Sendable, Codable {
    /// Offset of the first byte, in the UTF-8 of the decoded text.
    public var start: Int
    /// Offset one past the last byte (exclusive).
    public var end: Int
    /// First line covered, 1-based.
    public var firstLine: Int
    /// Last line covered, 1-based, inclusive.
    public var lastLine: Int

    public init(start: Int, end: Int, firstLine: Int, lastLine: Int) {
        self.start = start
        self.end = end
        self.firstLine = firstLine
        self.lastLine = lastLine
    }

    /// Number of bytes covered.
    public var length: Int { end - start }

    /// True when `other` lies wholly inside this span.
    public func contains(_ other: SourceSpan) -> Bool {
        other.start >= start && other.end <= end
    }

    /// True when the byte offset lies inside this span.
    public func contains(offset: Int) -> Bool {
        offset >= start && offset < end
    }

    /// The smallest span covering both.
    public func union(_ other: SourceSpan) -> SourceSpan {
        SourceSpan(
            start: Swift.min(start, other.start), end: Swift.max(end, other.end),
            firstLine: Swift.min(firstLine, other.firstLine), lastLine: Swift.max(lastLine, other.lastLine))
    }
}
