import Testing
@testable import ArticleKit

/// Which block of a Markdown document is its lede: the front matter's summary, or an opening
/// paragraph that a byline sets apart; never a README's or a post's first paragraph as such.
@Suite("Markdown lede")
struct MarkdownLedeTests {

    @Test("An opening paragraph running into the text or into the first section is the text's, not the lede")
    func openingParagraphIsText() {
        let readme = MarkdownParser.parse(SourceText("""
            # Introduction

            This is a set of data published as part of the project "Free them all".

            ## Data

            The files are in CSV format, comma separated and encoded in UTF-8.
            """))
        #expect(readme.lede == nil)
        #expect(readme.sections.first?.blocks.first?.text == "This is a set of data published as part of the project \"Free them all\".")
        let post = MarkdownParser.parse(SourceText("""
            ---
            title: "Half precision in a C library"
            date: 2024-08-31
            ---

            C23 defines new floating-point types, such as `_Float16`, for the half-precision format.

            The project aimed to implement the new math functions for these types in the library.
            """))
        #expect(post.lede == nil)
        #expect(post.sections.first?.blocks.count == 2)
    }

    @Test("A byline under the opening paragraph sets it apart as the lede; a front matter summary is the lede")
    func ledeSetApart() {
        let log = MarkdownParser.parse(SourceText("""
            # 2022-05-10 Triage Log

            A good week: several performance improvements, many around macro expansion. Only one regression.

            Triage done by **@pnkfelix**.

            ## Regressions

            One regression of note, in the parser.
            """))
        #expect(log.lede?.text == "A good week: several performance improvements, many around macro expansion. Only one regression.")
        let summary = MarkdownParser.parse(SourceText("""
            +++
            title = "Raising the minimum platform versions"
            description = "Modernizing platform support"
            +++

            As of the next release, the minimum supported versions of the platforms will be raised.
            """))
        #expect(summary.lede?.text == "Modernizing platform support")
        #expect(summary.sections.first?.blocks.first?.text.hasPrefix("As of the next release") == true)
    }

    @Test("An excerpt separator under the opening paragraph makes it the lede")
    func excerptSeparator() {
        let post = MarkdownParser.parse(SourceText("""
            ---
            title: Volumi invasati a maggio
            ---

            A fine maggio l'Autorità di Bacino ha pubblicato i dati dei volumi invasati nelle dighe.

            <!-- more -->

            Nonostante le piogge del mese, il livello resta basso in quasi tutti gli invasi.
            """))
        #expect(post.lede?.text == "A fine maggio l'Autorità di Bacino ha pubblicato i dati dei volumi invasati nelle dighe.")
        #expect(post.sections.first?.blocks.map(\.text) == ["Nonostante le piogge del mese, il livello resta basso in quasi tutti gli invasi."])
    }

    @Test("Excerpt, lead and teaser keys are summaries; one the first paragraph repeats is that paragraph")
    func summaryKeys() {
        let lead = MarkdownParser.parse(SourceText("---\ntitle: Stammesversammlung\nlead: \"Alle Infos zu Ort und Zeit\"\n---\n\nWir treffen uns am 16. Oktober im Pfarrgarten.\n"))
        #expect(lead.lede?.text == "Alle Infos zu Ort und Zeit")
        let source = SourceText("""
            ---
            title: Jahresrückblick
            teaser: "Ein erfolgreiches Jahr."
            excerpt: "Das Jahr 2015 war für Freifunk Wiesbaden ein erfolgreiches Jahr. Wir blicken zurück."
            ---
            Das Jahr 2015 war für [Freifunk Wiesbaden](http://wiesbaden.freifunk.net/) ein erfolgreiches Jahr. Wir blicken zurück.

            Zu Beginn des Jahres schmiedeten wir Pläne.
            """)
        let repeated = MarkdownParser.parse(source)
        #expect(repeated.lede?.text == "Das Jahr 2015 war für Freifunk Wiesbaden ein erfolgreiches Jahr. Wir blicken zurück.")
        #expect(repeated.lede.map { source.string(in: $0.span).hasPrefix("Das Jahr 2015 war für [Freifunk") } == true)
        #expect(repeated.sections.flatMap(\.blocks).map(\.text) == ["Zu Beginn des Jahres schmiedeten wir Pläne."])
    }
}
