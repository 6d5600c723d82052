import Testing
@testable import ArticleKit

/// Extraction never traps and its spans stay exact, whatever the text: empty articles, CRLF,
/// odd bytes, and random soups of the words the rules react to.
@Suite("Fact extraction robustness")
struct FactRobustnessTests {
    @Test func emptyAndTinyArticles() {
        for text in ["", "\n", "Titolo", "Titolo\n\n", "Titolo\n\n1.000", "A\n\nB C D E.", "Kim\n\n(Nis) , nota come"] {
            let facts = FactExtractor.extract(parse(text))
            for m in FactSpanTests.mentions(facts) { #expect(m.span.end <= text.utf8.count) }
        }
    }

    @Test func crlfLineEndingsKeepExactSpans() {
        let text = "Titolo sulla Russia\r\n\r\nIl ministero della Difesa sudcoreano ha ammesso che circa\r\n11.000 soldati sono partiti per Mosca.\r\n"
        let article = parse(text)
        let facts = FactExtractor.extract(article)
        #expect(facts.figures.first?.text == "circa 11.000 soldati")
        #expect(facts.figures.first?.mention.span.firstLine == 3)
        #expect(facts.figures.first?.mention.span.lastLine == 4)
        for m in FactSpanTests.mentions(facts) {
            #expect(FactSpanTests.collapsed(article.source.string(in: m.span)) == m.text)
        }
    }

    @Test func randomSoupsOfTriggerWords() {
        let vocabulary = [
            "Il", "ministero", "della", "Difesa", "sudcoreano", "ha", "ammesso", "che", "circa", "11.000", "soldati",
            "oltre", "2,700", "$4.5bn", "€", "3", "miliardi", "per", "cento", "%", "secondo", "according", "to", ",", ".",
            "(", ")", "nota", "come", "Nis", "known", "as", "NIS", "Kim", "Jong-un", "Putin", "Vladimir", "said", "that",
            "24", "novembre", "2026", "November", "-", "/", "l’", "Agenzia", "di", "Seul", "'s", "the", "defence", "ministry",
            "È", "stato", "riportato", "in", "Kursk", "Corea", "del", "Nord", "e", "and", "1°", "3rd", "10:30", "fino", "a",
            "up", "less", "than", "tra", "loro", "uccisi", "\n", "Lo", "De", "C.", "46C", "&pound;", "«", "»", "—", "…", "\u{00A0}", "11.000\u{00A0}soldati",
        ]
        var rng = SplitMix(seed: 42)
        for round in 0..<300 {
            var words: [String] = []
            for _ in 0..<(20 + Int(rng.next() % 120)) { words.append(vocabulary[Int(rng.next() % UInt64(vocabulary.count))]) }
            let text = "Titolo \(round)\n\n" + words.joined(separator: rng.next() % 3 == 0 ? "" : " ") + "\n"
            let article = parse(text)
            let facts = FactExtractor.extract(article)
            for m in FactSpanTests.mentions(facts) {
                #expect(m.span.start >= 0 && m.span.start <= m.span.end && m.span.end <= article.source.utf8.count)
                #expect(FactSpanTests.collapsed(article.source.string(in: m.span)) == m.text)
            }
        }
    }
}

/// A small deterministic random number generator, so the soups are the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
