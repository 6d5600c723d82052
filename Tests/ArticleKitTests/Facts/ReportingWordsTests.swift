import Foundation
import Testing
@testable import ArticleKit

/// The reporting-word list: read from its data file by sections, with typed errors.
@Suite("Reporting words")
struct ReportingWordsTests {
    static let sections = ReportingWords.sectionNames.map { "[\($0)]\n" }.joined()

    @Test func theShippedListHoldsEachLanguage() {
        let words = ReportingWords.bundled
        for verb in ["ha", "has", "a", "han"] { #expect(words.auxiliaries.contains(verb), "\(verb)") }
        for verb in ["proseguito", "defendido", "avancé"] { #expect(words.participles.contains(verb), "\(verb)") }
        for verb in ["racconta", "reports", "sagte", "dément", "dijo"] { #expect(words.verbs.contains(verb), "\(verb)") }
        #expect(words.openers.contains(["according", "to"]))
        #expect(words.openers.contains(["d'", "après"]))
        #expect(Lexicon.flags("racconta").contains(.reportingVerb))
        #expect(Lexicon.flags("secondo").contains(.sourceOpener))
        #expect(Lexicon.flags("stando").contains(.openerStart))
        #expect(words.speakerMarkers.contains("so"))
        for noun in ["angaben", "release"] { #expect(words.statementNouns.contains(noun), "\(noun)") }
        for verb in ["mitteilte", "informaron", "spiegano"] { #expect(words.verbs.contains(verb), "\(verb)") }
        #expect(Lexicon.flags("so").contains(.speakerMarker))
    }

    @Test func entriesAreReadBySection() throws {
        let words = try ReportingWords.parse("# header\n" + Self.sections + "[verbs]\nSays\n# a comment\n\n[openers]\nstando a\n")
        #expect(words.verbs.contains("says"))
        #expect(words.openers == [["stando", "a"]])
    }

    @Test func aMissingSectionOrFileIsAnError() {
        #expect(throws: ReportingWordsError.missingSection("x.txt", "pronouns")) {
            try ReportingWords.parse(Self.sections.replacingOccurrences(of: "[pronouns]\n", with: ""), path: "x.txt")
        }
        #expect(throws: ReportingWordsError.entryOutsideSection("x.txt", "said")) { try ReportingWords.parse("said\n", path: "x.txt") }
        #expect(throws: ReportingWordsError.missingFile("/nonexistent/reporting-words.txt")) {
            try ReportingWords.load(from: URL(fileURLWithPath: "/nonexistent/reporting-words.txt"))
        }
    }
}
