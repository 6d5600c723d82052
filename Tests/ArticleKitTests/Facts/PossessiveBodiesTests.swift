import Testing
@testable import ArticleKit

/// Bodies named across a possessive and a broadcaster's channel number (issue 11).
@Suite("Possessive bodies and channels")
struct PossessiveBodiesTests {
    func organizations(_ body: String, _ language: Language) -> [String] {
        FactRecallTests.excerpt(body, language).organizations.map(\.name)
    }

    @Test func anOfficeHoldersOrAGroupsPossessiveOpensTheBodysName() {
        let orgs = organizations("The boy was arrested by the Brookvale County Sheriff’s Office on Friday, and the Law Officers’ Department will now decide what happens next.", .english)
        #expect(orgs.contains("Brookvale County Sheriff’s Office"), "\(orgs)")
        #expect(orgs.contains("Law Officers’ Department"), "\(orgs)")
        #expect(!orgs.contains("Office"), "\(orgs)")
    }

    @Test func aPersonsPossessiveOpensNoBody() {
        let orgs = organizations("The plan was drafted by Harmon's Finance Department last year, and the board approved it.", .english)
        #expect(!orgs.contains { $0.hasPrefix("Harmon") }, "\(orgs)")
    }

    @Test func aChannelNumberAfterABroadcastersMediumIsPartOfItsName() {
        let orgs = organizations("She said on BBC Radio 4 this morning that the talks would resume after the holidays.", .english)
        #expect(orgs.contains("BBC Radio 4"), "\(orgs)")
    }
}
