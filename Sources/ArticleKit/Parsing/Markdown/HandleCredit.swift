/// A credit line naming its author by a handle (`Triage done by @pnkfelix.`, `Written by
/// @alice`): how Markdown posts kept on GitHub sign themselves. It is a byline, not text.
enum HandleCredit {
    /// Words a credit line has at most (with what shares its paragraph: `Revision range: …`).
    static let maxWords = 16

    /// True when the text is short and credits someone `by @handle`.
    static func isCredit(_ text: String) -> Bool {
        guard WordCount.of(text) <= maxWords else { return false }
        let bytes = Array(text.utf8)
        var i = 0
        while i + 4 < bytes.count {
            if bytes[i] | 0x20 == UInt8(ascii: "b"), bytes[i + 1] | 0x20 == UInt8(ascii: "y"), bytes[i + 2] == 0x20,
               bytes[i + 3] == UInt8(ascii: "@"), WordCount.wordBit(bytes[i + 4]) != 0,
               i == 0 || WordCount.wordBit(bytes[i - 1]) == 0 {
                return true
            }
            i += 1
        }
        return false
    }
}
