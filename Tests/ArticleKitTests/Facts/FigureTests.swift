import Testing
@testable import ArticleKit

@Suite("Figures: numbers, scales, units, qualifiers, counted nouns")
struct FigureTests {
    @Test func aNumberTooLargeForADoubleHasNoValueAndFactsStillEncode() throws {
        let huge = "1" + String(repeating: "0", count: 330)
        #expect(NumberReader.value(huge, language: .french) == nil)
        let a = parse("Titre\n\nLa commune a reçu \(huge) euros de la région.\n")
        let facts = FactExtractor.standard.extract(a)
        #expect(facts.figures.allSatisfy { $0.value.isFinite })
    }

    @Test(arguments: [
        ("11.000", Language.italian, 11000.0), ("11,000", .english, 11000), ("1,5", .italian, 1.5), ("1.5", .english, 1.5),
        ("2.700", .italian, 2700), ("1.234.567", .italian, 1_234_567), ("1,234,567", .english, 1_234_567),
        ("1.234,5", .italian, 1234.5), ("1,234.5", .english, 1234.5), ("12", .italian, 12), ("2.75", .italian, 2.75),
    ])
    func numbersInTheArticlesConvention(_ text: String, _ language: Language, _ value: Double) {
        #expect(NumberReader.value(text, language: language) == value)
    }

    func figures(_ sentence: String, english: Bool = false) -> [Figure] {
        let body = english
            ? "The government said the figures were published today and the ministers agreed with the report. " + sentence
            : "Il governo ha detto che i dati sono stati pubblicati oggi e che la situazione resta complessa. " + sentence
        return FactExtractor.extract(parse("Titolo\n\n" + body + "\n")).figures
    }

    @Test func italianFigures() {
        let f = figures("Sono arrivati circa 11.000 soldati, oltre 2.700 feriti e fino a 1,5 milioni di persone. Costa € 3 miliardi e il 12 per cento in più; meno di 40 medici.")
        #expect(f.map(\.value) == [11000, 2700, 1_500_000, 3e9, 12, 40])
        #expect(f.map(\.qualifier) == [.approximately, .moreThan, .atMost, .exact, .exact, .lessThan])
        #expect(f.map(\.counts) == ["soldati", "feriti", "persone", nil, nil, "medici"])
        #expect(f.map(\.unit) == [nil, nil, nil, "EUR", "%", nil])
        #expect(f[3].text == "€ 3 miliardi")
        #expect(f[4].text == "12 per cento")
    }

    @Test func englishFigures() {
        let f = figures("It will cost $4.5bn, create about 2,000 jobs and power more than 1.5 million homes, up to 12% of demand.", english: true)
        #expect(f.map(\.value) == [4.5e9, 2000, 1_500_000, 12])
        #expect(f.map(\.qualifier) == [.exact, .approximately, .moreThan, .atMost])
        #expect(f.map(\.unit) == ["USD", nil, nil, "%"])
        #expect(f.map(\.counts) == [nil, "jobs", "homes", nil])
    }

    @Test func yearsOrdinalsTimesAndBareNumbersAreNotFigures() {
        var f = figures("Nel 2024 il 3° reggimento è partito alle 10:30 del 21 marzo, 2 ore dopo. Furono 300 tra loro uccisi.")
        #expect(f.count == 2)
        #expect(f.first?.counts == "ore")
        f.removeFirst()
        #expect(f.first?.value == 300)
        #expect(f.first?.counts == "uccisi")
        #expect(f.first?.text == "300 tra loro uccisi")
    }

    @Test func countedNounPhrases() {
        let it = figures("Pyongyang ha inviato circa 200 pezzi di artiglieria a lungo raggio a Mosca.")
        #expect(it.first?.counts == "pezzi di artiglieria a lungo raggio")
        let en = figures("Pyongyang sent about 200 long-range artillery pieces to Moscow.", english: true)
        #expect(en.first?.counts == "long-range artillery pieces")
    }

    @Test func aRangeWithAUnitIsOneFigureAndAScoreIsNone() {
        let en = figures("The bank targets inflation at 1.5-3.5% this year. Samples date from 45,000–7,000 years ago. City took a 3-1 win.", english: true)
        #expect(en.map(\.text) == ["1.5-3.5%", "45,000–7,000 years"], "\(en.map(\.text))")
        #expect(en.map(\.value) == [1.5, 45000])
        let it = figures("La vendemmia darà 46-47 milioni di ettolitri e un ricevitore costa 100–150€.")
        #expect(it.map(\.text) == ["46-47 milioni di ettolitri", "100–150€"], "\(it.map(\.text))")
        #expect(it.map(\.unit) == [nil, "EUR"])
    }

    @Test func currencyCodesBeforeSymbolsAfterAndMeasuresNamedFirst() {
        let en = figures("A special assistance of Rs 500 was given to the families.", english: true)
        #expect(en.map(\.text) == ["Rs 500"], "\(en.map(\.text))")
        #expect(en.first?.unit == "INR")
        let it = figures("Il biglietto costa 20 € e la scossa di magnitudo 2.9 è stata avvertita a Roma.")
        #expect(it.map(\.text) == ["20 €", "magnitudo 2.9"], "\(it.map(\.text))")
        #expect(it.map(\.value) == [20, 2.9])
    }

    @Test func anItalianArticleMayStandBetweenANumberAndItsNoun() {
        let f = figures("Sono 194 i km da percorrere. Quattro le società ancora senza allenatore. Alle 10 le strade erano vuote.")
        #expect(f.map(\.value) == [194, 4], "\(f.map(\.text))")
        #expect(f.first?.counts == "km")
    }

    @Test func thousandsSetApartBySpacesAreOneNumber() {
        let french = FactRecallTests.excerpt("La surface agricole totale est de 1 624 200 hectares, soit 10 000 mètres carrés par exploitation.", .french).figures
        #expect(french.map(\.value) == [1_624_200, 10_000], "\(french.map(\.text))")
        #expect(french.first?.text == "1 624 200 hectares")
        // Not in English, which groups with commas: two numbers there.
        let english = figures("The teams scored 3 100 times in a row.", english: true)
        #expect(!english.contains { $0.value == 3100 }, "\(english.map(\.text))")
    }

    @Test func thousandsWithADecimalMarkOfTheOtherKindAreANumberNotAVersion() {
        let f = figures("Lo stanziamento complessivo è di 420.907.035,62 euro per le scuole.")
        #expect(f.map(\.value) == [420_907_035.62], "\(f.map(\.text))")
        #expect(f.first?.unit == "EUR")
    }

    @Test func aSmallerScaledNumberJoinedToAScaledOneIsOneAmount() {
        let f = figures("Sul territorio arriveranno 3 milioni e 442 mila euro per le scuole.")
        #expect(f.map(\.text) == ["3 milioni e 442 mila euro"], "\(f.map(\.text))")
        #expect(f.first?.value == 3_442_000)
        #expect(f.first?.unit == "EUR")
    }

    @Test func aShareOutOfAWholeIsOneFigure() {
        let f = figures("In 23 out of 32 cases the results were the same.", english: true)
        #expect(f.map(\.text) == ["23 out of 32 cases"], "\(f.map(\.text))")
        #expect(f.first?.value == 23)
    }

    @Test func otherAndMoreStandBetweenANumberAndItsNounAndAloneCountNothing() {
        let en = figures("Three other people were hurt and twenty more adopters joined. Two more were found later.", english: true)
        #expect(en.map(\.text) == ["Three other people", "twenty more adopters"], "\(en.map(\.text))")
        let fr = FactRecallTests.excerpt("Deux usines ont fermé dans la région. Les deux autres, un moteur diesel et un moteur essence, restent.", .french).figures
        #expect(fr.map(\.text) == ["Deux usines"], "\(fr.map(\.text))")
    }

    @Test func aGermanVerbParticleIsNotCounted() {
        let f = FactRecallTests.excerpt("Begleitetes Fahren schon ab 16 statt 17 ist eine gute Idee.", .german).figures
        #expect(f.isEmpty, "\(f.map(\.text))")
    }

    @Test func aNumberAfterARankNamesTheRank() {
        let f = figures("It was a tier 3 target and now sits at level 2 support.", english: true)
        #expect(f.isEmpty, "\(f.map(\.text))")
    }

    @Test func aMeasureJoinedByAHyphenIsWhatTheNumberCounts() {
        let en = figures("A 36-year-old man was held. Volunteers join for a 10-month period in an 8,000-square-foot hall.", english: true)
        #expect(en.map(\.value) == [36, 10, 8000], "\(en.map(\.text))")
        #expect(en.first?.text.hasPrefix("36-year-old") == true, "\(en.map(\.text))")
        // A type (32-bit), an adjective (10-compatible) or a financial term (3-year inflation expectation) is no quantity.
        let not = figures("It adds a 32-bit type for iOS 10-compatible devices; the 3-year inflation expectation fell.", english: true)
        #expect(not.isEmpty, "\(not.map(\.text))")
        let de = FactRecallTests.excerpt("Nach dem 98-minütigen Spiel feierten die Fans bis in die Nacht.", .german).figures
        #expect(de.map(\.value) == [98], "\(de.map(\.text))")
    }
}
