/// Where each byte of a block's shown text came from in the decoded source, so a word found in
/// the text (a search match, a fact's mention) maps to its exact bytes, and a span of the source
/// to the words it shows, without searching either text again.
///
/// Stored as runs sorted by text offset and by source offset. A run whose text and source have
/// the same length maps byte for byte (text copied verbatim); any other run maps as a whole (a
/// collapsed run of whitespace, a decoded character reference, a line join with its markers).
/// Runs start only where the copy breaks, so a paragraph of five lines holds about five runs.
/// Source bytes no run covers (tags, list and quote markers, emphasis marks) show no text.
public struct TextMap: Hashable, Sendable {
    /// One stretch of text and the source bytes it stands for.
    public struct Run: Hashable, Sendable {
        public var text: Int32
        public var source: Int32
        public var textLength: Int32
        public var sourceLength: Int32

        public init(text: Int, source: Int, textLength: Int, sourceLength: Int) {
            self.text = Int32(clamping: text)
            self.source = Int32(clamping: source)
            self.textLength = Int32(clamping: textLength)
            self.sourceLength = Int32(clamping: sourceLength)
        }

        /// True when the run maps byte for byte.
        var isVerbatim: Bool { textLength == sourceLength }
        var textEnd: Int { Int(text) + Int(textLength) }
        var sourceEnd: Int { Int(source) + Int(sourceLength) }
    }

    public private(set) var runs: [Run]

    public init(runs: [Run] = []) {
        self.runs = runs
    }

    /// A map of text copied verbatim from one place of the source.
    public static func verbatim(textLength: Int, source: Int) -> TextMap {
        TextMap(runs: textLength > 0 ? [Run(text: 0, source: source, textLength: textLength, sourceLength: textLength)] : [])
    }

    /// A map where the whole text stands for one source range (nothing finer is known).
    public static func whole(textLength: Int, source: Range<Int>) -> TextMap {
        TextMap(runs: textLength > 0 ? [Run(text: 0, source: source.lowerBound, textLength: textLength, sourceLength: source.count)] : [])
    }

    public var isEmpty: Bool { runs.isEmpty }

    /// Length of the text the map covers.
    public var textLength: Int { runs.last?.textEnd ?? 0 }

    /// The source bytes behind `range` of the text (UTF-8 offsets), or nil for an empty map.
    public func sourceRange(ofText range: Range<Int>) -> Range<Int>? {
        guard let first = runs.first else { return nil }
        let lower = sourceOffset(forText: Swift.max(range.lowerBound, Int(first.text)), upper: false)
        guard !range.isEmpty else { return lower..<lower }
        let upper = sourceOffset(forText: range.upperBound, upper: true)
        return lower..<Swift.max(lower, upper)
    }

    /// The text that shows `range` of the source, or nil when none of its bytes shows (markup
    /// only, or bytes outside the block).
    public func textRange(ofSource range: Range<Int>) -> Range<Int>? {
        guard !runs.isEmpty, !range.isEmpty else { return nil }
        let lower = textOffset(forSource: range.lowerBound, upper: false)
        let upper = textOffset(forSource: range.upperBound, upper: true)
        return upper > lower ? lower..<upper : nil
    }

    /// Source offset of a text boundary: the start of the byte at `offset`, or for an upper
    /// bound the end of the byte before it.
    private func sourceOffset(forText offset: Int, upper: Bool) -> Int {
        let probe = upper ? offset - 1 : offset
        let i = lastRun { Int($0.text) <= probe }
        guard let i else { return Int(runs[0].source) }
        let run = runs[i]
        guard probe < run.textEnd else { return run.sourceEnd }
        if run.isVerbatim { return Int(run.source) + (probe - Int(run.text)) + (upper ? 1 : 0) }
        return upper ? run.sourceEnd : Int(run.source)
    }

    /// Text offset of a source boundary; a boundary inside unshown bytes moves to the next
    /// shown text (lower bound) or back to the last (upper bound).
    private func textOffset(forSource offset: Int, upper: Bool) -> Int {
        let probe = upper ? offset - 1 : offset
        let i = lastRun { Int($0.source) <= probe }
        guard let i else { return upper ? 0 : Int(runs[0].text) }
        let run = runs[i]
        if probe < run.sourceEnd {
            if run.isVerbatim { return Int(run.text) + (probe - Int(run.source)) + (upper ? 1 : 0) }
            return upper ? run.textEnd : Int(run.text)
        }
        if upper { return run.textEnd }
        return i + 1 < runs.count ? Int(runs[i + 1].text) : run.textEnd
    }

    /// Index of the last run for which `isAtOrBefore` holds (runs are sorted, so it holds for
    /// a prefix of them).
    private func lastRun(_ isAtOrBefore: (Run) -> Bool) -> Int? {
        var low = 0
        var high = runs.count
        while low < high {
            let mid = (low + high) / 2
            if isAtOrBefore(runs[mid]) { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? low - 1 : nil
    }
}
