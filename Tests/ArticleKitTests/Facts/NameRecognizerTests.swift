import Foundation
import Testing
@testable import ArticleKit

/// The extractor's seam: its data and recogniser are values, and missing data is an error.
@Suite("Fact extractor data and recogniser")
struct NameRecognizerTests {
    /// A recogniser that names the first occurrence of one word with a fixed kind and confidence.
    struct OneName: NameRecognizer {
        let word: String
        let kind: RecognizedName.Kind
        let confidence: Double

        func names(in context: NameContext) -> [RecognizedName] {
            let text = Array(context.article.source.utf8)
            let needle = Array(word.utf8)
            guard let start = (0...(text.count - needle.count)).first(where: { Array(text[$0..<$0 + needle.count]) == needle }) else { return [] }
            return [RecognizedName(kind: kind, range: start..<start + needle.count, confidence: confidence)]
        }
    }

    let article = parse("Titolo\n\nIl progetto di Zorblat è stato presentato ieri in città.\n")

    @Test func aMissingListIsAnError() {
        let folder = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("leggio-no-gazetteers-\(getpid())")
        #expect(throws: GazetteerError.self) { try Gazetteer.load(from: folder) }
    }

    @Test func listLinesBecomeKeys() {
        let text = "# comment\nroma\nÉCOLE  d’été\n\u{00A0}Émile\u{00A0}\n  Ab  Cd \nsão paulo\nx\ty\n"
        #expect(Gazetteer.parse(text) == ["roma", "école d'été", "émile", "ab cd", "são paulo", "x\ty"])
        #expect(Gazetteer.key("  L’Aquila  Ab ") == "l'aquila ab")
        #expect(Gazetteer.key("ΣΟΦΙΑ") == "σοφια")
    }

    @Test func anotherRecogniserDecidesTheNames() {
        let g = FactExtractor.standard.gazetteer
        let sure = FactExtractor(gazetteer: g, recognizer: OneName(word: "Zorblat", kind: .organization, confidence: 0.8)).extract(article)
        #expect(sure.organizations.map(\.name) == ["Zorblat"])
        #expect(FactExtractor.standard.extract(article).organizations.isEmpty)
    }

    @Test func namesBelowTheThresholdAreNotShown() {
        let g = FactExtractor.standard.gazetteer
        let unsure = FactExtractor(gazetteer: g, recognizer: OneName(word: "Zorblat", kind: .organization, confidence: 0.3)).extract(article)
        #expect(unsure.organizations.isEmpty)
    }
}
