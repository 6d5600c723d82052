import Foundation
import Testing
@testable import ArticleKit

/// Organisations no list holds, found from the words around them (issue 11).
@Suite("Organisation evidence")
struct OrganizationEvidenceTests {
    func organizations(_ body: String) -> [String] {
        FactExtractor.extract(parse("Titolo\n\n" + body + "\n")).organizations.map(\.name)
    }

    @Test func aNounForAKindOfBodyMakesTheNameAfterItOne() {
        let it = organizations("Lo sciopero è stato indetto dai sindacati Valtrasporti e Morsa in tutta la regione.")
        #expect(it.contains("Valtrasporti"), "\(it)")
        #expect(it.contains("Morsa"), "\(it)")
        let en = organizations("The startup Quillbrook raised money last year, and investors liked it.")
        #expect(en.contains("Quillbrook"), "\(en)")
    }

    @Test func examplesAfterTheNounAreBodiesToo() {
        let orgs = organizations("Secondo le compagnie ferroviarie, come Ferrovalle e Trenomare, il servizio sarà ridotto.")
        #expect(orgs.contains("Ferrovalle"), "\(orgs)")
        #expect(orgs.contains("Trenomare"), "\(orgs)")
    }

    @Test func aPossessiveInAListIsNoMemberOfIt() {
        let orgs = organizations("The driver was pursued by the company Brookvale and Washington County's deputies.")
        #expect(!orgs.contains("Washington County"), "\(orgs)")
    }

    @Test func anAcronymInBracketsAfterAPersonIsTheirBody() {
        let f = FactExtractor.extract(parse("Titolo\n\nLa mozione è della consigliera Gerlinde Kraus (SPX) ed è passata. The bill was backed by Senator Sandy Onor (PDQ, Cross River) and others.\n"))
        let orgs = f.organizations.map(\.name)
        #expect(orgs.contains("SPX"), "\(orgs)")
        #expect(orgs.contains("PDQ"), "\(orgs)")
        #expect(f.people.map(\.name).contains("Gerlinde Kraus"), "\(f.people.map(\.name))")
    }

    @Test func initialsOrARemitInBracketsAreNoBody() {
        let orgs = organizations("Lo hanno detto gli assessori Enrico Bussalino (Enti Locali) e Federico Riboldi (Sanità). Richard Stallman (RMS) spoke too.")
        for name in ["Enti Locali", "Sanità", "RMS"] { #expect(!orgs.contains(name), "\(name) in \(orgs)") }
    }

    @Test func anArticleBeforeAShortUnknownWordMakesItABody() {
        let orgs = organizations("Si sono costituiti parti civili il Comune di Pisa, la Cgix e l'Uglx. Ha aperto ieri la Mostra, e durerà un mese.")
        #expect(orgs.contains("Cgix"), "\(orgs)")
        #expect(orgs.contains("Uglx"), "\(orgs)")
        #expect(!orgs.contains("Mostra"), "\(orgs)")
    }

    @Test func aTownBeforeHospitalNamesTheHospital() {
        let orgs = organizations("The government said that the emergency department and the wards of Hamilton hospital will stay open, and that the people of the region need them.")
        #expect(orgs.contains("Hamilton hospital"), "\(orgs)")
    }
}
