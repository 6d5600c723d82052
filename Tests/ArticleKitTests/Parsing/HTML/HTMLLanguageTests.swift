import Testing
@testable import ArticleKit

@Suite("The language a web page declares")
struct HTMLLanguageTests {
    static func parse(_ html: String) -> Article { HTMLParser.parse(SourceText(html)) }
    /// Too few function words for the text alone to tell.
    static let short = "<article><h1>Onde Medie</h1><p>MW 530–1700 kHz: RAI, Radio Maria, Radio Vaticana.</p></article>"

    @Test func theLangAttributeWhenTheTextCannotTell() {
        #expect(Self.parse("<html>\(Self.short)</html>").language == .unknown)
        #expect(Self.parse("<html lang=\"it-IT\">\(Self.short)</html>").language == .italian)
        // The lang nearest the article wins over the page's.
        #expect(Self.parse("<html lang=\"en\"><body><div lang=\"fr\">\(Self.short)</div></body></html>").language == .french)
    }

    @Test func thePagesFurnitureWhenTheArticleIsTooShortToTell() {
        let page = """
            <html><head><style>body { color: the; }</style></head><body>
            <nav><a href="/">Home</a> <a href="/about">About the club</a></nav>
            <article><h1>Midnight Ride of Cyclocross</h1><p>Mike Morse working on another win!</p>
            <table><tr><th>First</th><th>Last</th></tr><tr><td>Adam</td><td>Shutes</td></tr><tr><td>Bruce</td><td>Pierce</td></tr></table></article>
            <footer><p>Road cycling, mountain biking and cyclocross in the Greater Boston area, for all of the riders of the town</p></footer>
            </body></html>
            """
        #expect(Self.parse(page).language == .english)
        // A script's or style's words are not the page's.
        let styled = "<html><body><style>p { the: and; of: the; to: it; }</style><script>if (the && of) { it.is(the) }</script>\(Self.short)</body></html>"
        #expect(Self.parse(styled).language == .unknown)
    }

    @Test func contentLanguageAndLocale() {
        let equiv = "<html><head><meta http-equiv=\"content-language\" content=\"de, en\"></head><body>\(Self.short)</body></html>"
        #expect(Self.parse(equiv).language == .german)
        let locale = "<html><head><meta property=\"og:locale\" content=\"es_ES\"></head><body>\(Self.short)</body></html>"
        #expect(Self.parse(locale).language == .spanish)
    }

    @Test func textThatClearlySaysAnotherLanguageOverrulesATemplatesLang() {
        let spanish = """
            <html lang="en"><body><article><h1>Naturaleza de la predicción</h1>
            <p>La predicción en las ciencias sociales es una de las tareas más difíciles para los investigadores, porque los
            fenómenos sociales cambian con el tiempo y con las decisiones de las personas que los viven.</p>
            <p>Por eso la demografía, que estudia la población, se ocupa de las tendencias que son más estables que otras.</p>
            </article></body></html>
            """
        #expect(Self.parse(spanish).language == .spanish)
    }

    @Test func declaredTags() {
        #expect(LanguageDetector.language(tag: "de-DE") == .german)
        #expect(LanguageDetector.language(tag: "it_IT") == .italian)
        #expect(LanguageDetector.language(tag: " FR , en") == .french)
        #expect(LanguageDetector.language(tag: "pt-BR") == nil)
        #expect(LanguageDetector.language(tag: "") == nil)
        #expect(LanguageDetector.language(tag: "unknown") == nil)
    }
}
