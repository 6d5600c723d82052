import Foundation
import Testing
@testable import ArticleKit

/// The word data of organisation names is read from its data files: the sectioned
/// `organization-name-words.txt` and the `+` marks of `organization-words.txt`.
@Suite("Organisation name words")
struct OrganizationNameWordsTests {
    @Test func theBundledListsAreRead() {
        let words = OrganizationNameWords.bundled
        #expect(words.germanBodyEndings.contains("verwaltung"))
        #expect(words.romanceArticles.contains("l'"))
        #expect(words.channelWords.contains("chaîne"))
        #expect(OrganizationNameWords.bundledLowercaseHeads.contains("ministero"))
        #expect(Lexicon.flags("autorità").contains(.lowercaseHead))
        #expect(!Lexicon.flags("galleria").contains(.lowercaseHead))
    }

    /// A `+` marks a lower-case head; the gazetteer keeps the word itself.
    @Test func aMarkedWordIsAnOrganisationWordAndALowercaseHead() throws {
        let g = try Gazetteer.bundled()
        #expect(g.organizationWords.contains("ministero"))
        #expect(!g.organizationWords.contains("+ministero"))
        #expect(OrganizationNameWords.lowercaseHeads(["+ministero", "galleria"]) == ["ministero"])
    }

    @Test func aMissingSectionIsReported() {
        #expect(throws: WordDataError.missingSection("x.txt", "channel words")) {
            try OrganizationNameWords.parse("[german body endings]\nschule\n[purpose connectors]\n[plural connectors]\n[deliberative heads]\n"
                + "[romance articles]\n[name conjunctions]\n[possessive plurals]\n", path: "x.txt")
        }
    }
}
