import Testing
@testable import ReaderUI

@Suite("Cutting text to a width")
struct TextFitTests {
    /// A cut that fell just after a space drew `may meeting …` (seen in the contents at 40x12).
    @Test("The ellipsis follows the last character kept, never a space")
    func ellipsisAfterTheWord() {
        #expect(TextFit.fit("may meeting news", 13) == "may meeting…")
        #expect(TextFit.fit("may meeting news", 12) == "may meeting…")
        #expect(TextFit.fit("may meeting news", 16) == "may meeting news")
        #expect(TextFit.fit("città di Torino", 6) == "città…")
        #expect(TextFit.fit("ab", 1) == "…")
    }
}
