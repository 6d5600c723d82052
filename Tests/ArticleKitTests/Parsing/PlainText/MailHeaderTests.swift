import Testing
@testable import ArticleKit

/// Messages kept as plain text: header blocks, salutations, closings, signatures, list
/// footers and sign-offs are not the article's text, and each is listed under Dropped.
@Suite("Plain text: mail headers, salutations and signatures")
struct MailHeaderTests {
    let one = """
        The council approved the new budget on Tuesday after a long debate about the roads,
        the schools and the parks of the town, and the mayor thanked the members for their
        patience during the long evening.
        """
    let two = """
        Work on the first roads will start in the spring, the mayor said, and the schools
        will follow in the autumn of next year, when the money of the second part arrives
        from the region.
        """

    func body(_ a: Article) -> [String] { a.sections.flatMap(\.blocks).map(\.text) }

    @Test("A forwarded header block is dropped as metadata and its date is the stated date")
    func forwardedHeaders() {
        let a = parsePlain("""
            Council approves the budget

            ---------- Forwarded message ----------
            From: Jane Doe <jane at example.org>
            Date: 2010/9/15
            Subject: Budget vote in the town hall, with a long
            debate
            To:

            \(one)

            \(two)
            """)
        #expect(a.date == "2010-09-15")
        #expect(a.dropped.filter { $0.reason == .metadata }.map(\.text)
                == ["From: Jane Doe <jane at example.org>", "Date: 2010/9/15",
                    "Subject: Budget vote in the town hall, with a long", "debate", "To:"])
        #expect(body(a).count == 2)
    }

    @Test("Header fields in other languages, after a bullet read in the wrong code page")
    func otherFields() {
        let a = parsePlain("ú  Newsgroup: news.admin.policy\nú Message-ID: <C4D@example.edu>\n\nLa giunta approva il bilancio\n\n\(one)\n\n\(two)")
        #expect(a.dropped.filter { $0.reason == .metadata }.count == 2)
        let b = parsePlain("Betreff : Haushalt\nVon: Jane Doe\n\nRat beschließt den Haushalt\n\n\(one)\n\n\(two)")
        #expect(b.dropped.filter { $0.reason == .metadata }.count == 2)
    }

    @Test("One field line alone is no header block")
    func oneField() {
        let a = parsePlain("Council approves the budget\n\nSubject: the roads\n\n\(one)\n\n\(two)")
        #expect(!a.dropped.contains { $0.reason == .metadata })
    }

    @Test("A salutation before the text of a hard-wrapped message is dropped")
    func salutation() {
        let a = parsePlain("Council approves the budget\n\nDear Free Software Supporter,\n\n\(one)\n\n\(two)")
        #expect(a.dropped.contains { $0.text == "Dear Free Software Supporter," && $0.reason == .byline })
        #expect(body(a).count == 2)
    }

    @Test("A closing and the name under it, a signature and a list footer are dropped")
    func closingSignatureFooter() {
        let a = parsePlain("""
            Council approves the budget

            \(one)

            \(two)

            Saludos,
            Pablo Flores

            _______________________________________________
            Discussioni mailing list
            Discussioni@lists.example.org
            """)
        #expect(body(a).count == 2)
        #expect(a.dropped.contains { $0.text == "Saludos," && $0.reason == .byline })
        #expect(a.dropped.contains { $0.text == "Pablo Flores" && $0.reason == .byline })
        #expect(a.dropped.contains { $0.text == "Discussioni mailing list" && $0.reason == .pageFurniture })
        #expect(a.dropped.contains { $0.text == "Discussioni@lists.example.org" && $0.reason == .pageFurniture })

        let b = parsePlain("Council approves the budget\n\n\(one)\n\n\(two)\n\n-- \nJohn Smith\nhttps://example.org/john\nSome Project, member\n")
        #expect(body(b).count == 2)
        #expect(b.dropped.contains { $0.text == "Some Project, member" && $0.reason == .pageFurniture })
    }

    @Test("A name alone above a rule signs the part above; a heading above text stays")
    func signOff() {
        let a = parsePlain("Council approves the budget\n\n\(one)\n\nThe Mad Hatter\n\n__________\n\n\(two)")
        #expect(a.dropped.contains { $0.text == "The Mad Hatter" && $0.reason == .byline })
        let b = parsePlain("Council approves the budget\n\n\(one)\n\nThe roads\n\n\(two)")
        #expect(b.sections.contains { $0.heading?.text == "The roads" })
    }

    @Test("An archive's author line above its date line is a byline")
    func archiveAuthor() {
        let a = parsePlain("""
            [Discussioni] Council approves the budget

            Vincenzo Bruno v.bruno a example.it
            Mer 21 Mar 2007 23:34:33 CET

            \(one)

            \(two)
            """)
        #expect(a.dropped.contains { $0.text == "Vincenzo Bruno v.bruno a example.it" && $0.reason == .byline })
        #expect(a.date == "2007-03-21")
        let b = parsePlain("[List] Council approves the budget\n\nPablo Flores pflores2 en example.com\nJue Sep 16 10:39:21 EDT 2010\n\n\(one)\n\n\(two)")
        #expect(b.dropped.filter { $0.reason == .byline }.map(\.text) == ["Pablo Flores pflores2 en example.com", "Jue Sep 16 10:39:21 EDT 2010"])
    }

    @Test("Outside a message, a bare '--' line and a framed ticker line keep the text")
    func notAMessage() {
        let a = parsePlain("""
            Polizei sperrt die Brücke
            +++ 14:30 Uhr: Die Polizei sperrt die Brücke über den Fluss wegen eines schweren Unfalls mit drei Autos und einem Lastwagen +++
            Der Verkehr wird über die Umgehungsstraße geleitet, sagte ein Sprecher der Stadt am Nachmittag, und die Busse fahren eine andere Strecke.
            --
            Die Sperrung soll bis zum Abend dauern, teilte die Polizei mit, und die Feuerwehr ist mit zwanzig Leuten vor Ort, um die Fahrzeuge zu bergen und die Straße zu reinigen.
            Am Abend wird die Brücke wieder geöffnet.
            """)
        let kept = body(a)
        #expect(!a.dropped.contains { $0.text.hasPrefix("+++ 14:30 Uhr") })
        #expect(kept.contains { $0.hasPrefix("Die Sperrung soll") })
        #expect(kept.contains { $0.hasPrefix("Am Abend wird") })
    }
}
