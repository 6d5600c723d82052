import Testing
@testable import ArticleKit

@Suite("Folding text for search")
struct TextFoldingTests {
    func folded(_ s: String, lowercase: Bool = true) -> String {
        String(decoding: TextFolding.fold(s, lowercase: lowercase).bytes, as: UTF8.self)
    }

    @Test func accentsAndCase() {
        #expect(folded("Perché la CITTÀ è così") == "perche la citta e cosi")
        #expect(folded("Perché la CITTÀ", lowercase: false) == "Perche la CITTA")
        #expect(folded("Œuvre Straße Łódź") == "oeuvre strasse lodz")
        #expect(folded("l’alleanza «così»") == "l'alleanza \"cosi\"")
    }

    @Test func decomposedAccentsAndOtherScripts() {
        #expect(folded("perche\u{301}") == "perche")
        #expect(folded("ΑΘΗΝΑ Москва 東京") == "αθηνα москва 東京")
    }

    @Test func originsMapBackToTheSource() {
        let text = "Città di perché"
        let f = TextFolding.fold(text, lowercase: true)
        let hits = TextFolding.occurrences(of: Array("perche".utf8), in: f.bytes)
        #expect(hits.count == 1)
        let r = f.originalRange(hits[0], hits[0] + 6)
        #expect(String(decoding: Array(text.utf8)[r], as: UTF8.self) == "perché")
    }

    @Test func smartCase() {
        #expect(TextFolding.isCaseSensitive("Kim"))
        #expect(!TextFolding.isCaseSensitive("perché"))
    }
}
