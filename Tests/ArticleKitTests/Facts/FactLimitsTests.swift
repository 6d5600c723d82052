import Testing
@testable import ArticleKit

@Suite("Fact limits: lists cut, the rest counted, claims as spans")
struct FactLimitsTests {
    func facts(_ body: String, limits: FactLimits = .standard) -> Facts {
        let extractor = FactExtractor(gazetteer: FactExtractor.standard.gazetteer, limits: limits)
        return extractor.extract(parse("Titolo\n\n" + body + "\n"))
    }

    @Test func aSourceCitedThousandsOfTimesListsFewClaimsEachCut() {
        let body = String(repeating: "secondo Mario Rossi e ", count: 2_000)
        let f = facts(body)
        let rossi = f.sources.first { $0.name == "Mario Rossi" }
        #expect(rossi?.claims.count == FactLimits.standard.claimsPerSource)
        #expect(rossi?.unlistedClaims == 2_000 - FactLimits.standard.claimsPerSource)
        // Each claim's text stops after claimBytes; its span runs on to the end of the sentence.
        let first = rossi?.claims.first
        #expect(first.map { $0.text.utf8.count <= FactLimits.standard.claimBytes + 3 } == true)
        #expect(first?.text.hasSuffix("…") == true)
        #expect(first.map { $0.span.length > FactLimits.standard.claimBytes } == true)
    }

    @Test func mentionsAndFactsPastTheLimitAreCounted() {
        let limits = FactLimits(factsPerKind: 3, mentionsPerName: 5)
        let f = facts(String(repeating: "Mario Rossi ha parlato a Torino. ", count: 8)
                      + "Il 3 marzo 2026 e il 4 marzo 2026, il 5 marzo 2026 e il 6 marzo 2026 e il 7 marzo 2026.", limits: limits)
        let rossi = f.people.first { $0.name == "Mario Rossi" }
        #expect(rossi?.mentions.count == 5)
        #expect(rossi?.unlistedMentions == 3)
        #expect(rossi?.mentionCount == 8)
        #expect(f.dates.count == 3)
        #expect(f.unlisted.dates == 2)
    }

    @Test func aHeadlineNamingAPlaceThousandsOfTimesKeepsTextOrder() {
        let title = String(repeating: "in Seul e ", count: 3_000)
        let f = FactExtractor.extract(parse(title + "\n\nA Seul piove.\n"))
        let seoul = f.places.first { $0.name == "Seul" }
        #expect(seoul?.mentionCount == 3_001)
        let starts = seoul?.mentions.map(\.span.start) ?? []
        #expect(starts == starts.sorted())
    }

    @Test func textPastTheByteBudgetIsNotReadAndItsBytesAreCounted() {
        let early = "Il presidente Mario Rossi ha parlato a Torino. "
        let late = String(repeating: "Una frase qualsiasi senza nomi. ", count: 20) + "Il ministro Giuseppe Verdi ha parlato a Milano."
        let limits = FactLimits(textBytes: early.utf8.count + 40)
        let f = facts(early + late, limits: limits)
        #expect(f.people.map(\.name) == ["Mario Rossi"])
        #expect(!f.places.contains { $0.name == "Milano" })
        #expect(f.unreadBytes > late.utf8.count - 60 && f.unreadBytes < late.utf8.count)
        let whole = facts(early + late)
        #expect(whole.unreadBytes == 0)
        #expect(Set(whole.people.map(\.name)) == ["Mario Rossi", "Giuseppe Verdi"])
    }

    @Test func aNameMentionedPastTwiceTheLimitKeepsTheFirstInTextOrder() {
        let limits = FactLimits(mentionsPerName: 10)
        let f = facts(String(repeating: "Mario Rossi ha parlato. ", count: 45), limits: limits)
        let rossi = f.people.first { $0.name == "Mario Rossi" }
        #expect(rossi?.mentions.count == 10)
        #expect(rossi?.mentionCount == 45)
        let starts = rossi?.mentions.map(\.span.start) ?? []
        #expect(starts == starts.sorted())
        #expect(starts.first == "Titolo\n\n".utf8.count)
    }

    @Test func nearlyTwoThousandDistinctPeopleEachKeepTheirShortName() {
        // Each surname alone is looked up among all the people named before it.
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let names = (0..<1_900).map { i in "K" + String([letters[i % 26], letters[(i / 26) % 26], letters[i / 676]]) }
        let f = facts(names.map { "Il presidente Velio \($0) ha parlato. Poi \($0) ha detto che piove." }.joined(separator: " "))
        #expect(f.people.count == 1_900)
        #expect(f.people.allSatisfy { $0.mentionCount == 2 && $0.aliases.count == 1 })
    }
}

