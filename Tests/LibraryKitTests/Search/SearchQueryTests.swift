import Testing
@testable import LibraryKit

@Suite("Reading search queries")
struct SearchQueryTests {
    func pattern(_ s: String) throws -> String? { FTSPattern.text(try SearchQuery.parse(s)) }

    @Test func wordsPhrasesPrefixesOrAndExclusions() throws {
        #expect(try pattern("corea russia") == "\"corea\" AND \"russia\"")
        #expect(try pattern("\"corea del nord\" artiglier*") == "\"corea del nord\" AND \"artiglier\"*")
        #expect(try pattern("kiev OR mosca truppe") == "(\"kiev\" OR \"mosca\") AND \"truppe\"")
        #expect(try pattern("truppe -kiev") == "(\"truppe\") NOT (\"kiev\")")
    }

    @Test func factFilters() throws {
        let q = try SearchQuery.parse("person:\"Kim Jong-un\" place:Kursk soldati")
        #expect(q.facts.map(\.kind) == [.person, .place])
        #expect(FTSPattern.facts(q) == "people : \"Kim Jong un\" AND places : \"Kursk\"")
        #expect(FTSPattern.text(q) == "\"soldati\"")
        #expect(try SearchQuery.parse("org:Nis").isFactsOnly)
    }

    @Test func malformedInputNeverReachesFTSSyntax() throws {
        // Quotes, parentheses, operators and stray punctuation are all read as plain words.
        #expect(try pattern("\"unclosed phrase") == "\"unclosed phrase\"")
        #expect(try pattern("a) AND (b* NEAR/3 \"\"") == "\"a\" AND \"AND\" AND \"b\"* AND \"NEAR 3\"")
        #expect(try pattern("OR OR perché") == "\"perché\"")
        #expect(try pattern("'; DROP TABLE documents; --") == "\"DROP\" AND \"TABLE\" AND \"documents\"")
    }

    @Test("An unclosed quote is read as a phrase to the end, and the query says so")
    func unclosedQuote() throws {
        let q = try SearchQuery.parse("\"wind farm")
        #expect(q.required == [[.phrase("wind farm")]])
        #expect(q.note == "The quote was not closed: searched for the phrase \"wind farm\"")
        #expect(try SearchQuery.parse("\"wind farm\" coast").note == nil)
        #expect(try SearchQuery.parse("coast \"\"").note == nil)
    }

    @Test func clearErrors() {
        #expect(throws: SearchQueryError.empty) { try SearchQuery.parse("   ") }
        #expect(throws: SearchQueryError.empty) { try SearchQuery.parse("!!! ***") }
        #expect(throws: SearchQueryError.onlyExclusions) { try SearchQuery.parse("-kiev") }
        #expect(throws: SearchQueryError.unknownFilter("colour")) { try SearchQuery.parse("colour:red") }
        #expect(throws: SearchQueryError.emptyFilter("person")) { try SearchQuery.parse("person: kim") }
        #expect(throws: SearchQueryError.emptyFilter("org")) { try SearchQuery.parse("org:\"\"") }
        #expect(SearchQueryError.onlyExclusions.description.contains("at least one word"))
    }
}

/// One reading of quotes for the library search, its filter and the article search.
@Suite("Quote marks")
struct QuoteMarksTests {
    @Test func piecesOutsideAndInsideQuotesInOrder() {
        let pieces = QuoteMarks.pieces("porto «nuove banchine» e “navi da carico")
        #expect(pieces.map { String($0.text) } == ["porto ", "nuove banchine", " e ", "navi da carico"])
        #expect(pieces.map(\.quoted) == [false, true, false, true])
        #expect(QuoteMarks.pieces("nessuna virgoletta").map(\.quoted) == [false])
        #expect(QuoteMarks.pieces("\"\"").map { String($0.text) } == [""])
    }
}
