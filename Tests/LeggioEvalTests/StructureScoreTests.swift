import Testing
@testable import leggio_eval

@Suite("Paragraphs counted as the key counts them")
struct StructureScoreTests {
    @Test func theKeyedLedeIsLeftOutNotTheParsedOne() {
        // Parse and key agree on the lede: the body paragraphs as they are.
        #expect(StructureScore.paragraphs(body: 5, parsedLede: true, keyedLede: true) == 5)
        #expect(StructureScore.paragraphs(body: 5, parsedLede: false, keyedLede: false) == 5)
        // The parse took a lede the key does not name: it is one of the key's paragraphs.
        #expect(StructureScore.paragraphs(body: 5, parsedLede: true, keyedLede: false) == 6)
        // The key names a lede the parse kept as its first paragraph.
        #expect(StructureScore.paragraphs(body: 5, parsedLede: false, keyedLede: true) == 4)
        #expect(StructureScore.paragraphs(body: 0, parsedLede: false, keyedLede: true) == 0)
    }
}
