import Testing
@testable import ArticleKit

@Suite("Word tables")
struct LexiconTests {
    @Test func everyListedWordIsFoundAndOthersAreNot() {
        for w in WordLists.stopwords { #expect(Lexicon.flags(w).contains(.stopword), "\(w)") }
        for w in WordLists.italianMonths.keys { #expect(Lexicon.flags(w).contains(.month)) }
        #expect(Lexicon.flags("ammesso").isEmpty)
        #expect(Lexicon.flags("").isEmpty)
        #expect(Lexicon.flags("Il").isEmpty)  // keys are lower case
        let set = WordSet(["corea del nord", "mosca", "kiev"])
        #expect(set.contains("mosca") && set.contains("corea del nord") && !set.contains("corea"))
    }

    @Test func gazetteersAreLoadedFromTheBundle() {
        let g = FactExtractor.standard.gazetteer
        #expect(g.places.contains("corea del nord") && g.places.contains("pyongyang"))
        #expect(g.organizations.contains("cremlino") && g.organizationWords.contains("ministero"))
        #expect(g.givenNames.contains("vladimir") && g.personTitles.contains("presidente"))
        #expect(g.isAdjective("sudcoreano") && g.isAdjective("tedeschi") && !g.isAdjective("soldati"))
        #expect(g.longestName >= 3)
    }
}
