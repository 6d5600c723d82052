import Testing
@testable import ArticleKit

/// Organisations named with no other evidence come from the open-data list
/// (`organization-names.txt`): a listed name is one, an acronym only in capitals, and a name
/// that is also a common word (Apple, Shell) is not on the list.
@Suite("Organisations from the open-data list")
struct ListedOrganizationTests {
    let body = "Michelin cut its prices in May, while Stellantis and Uber waited. Later NIST published a draft."

    func organizations(_ extractor: FactExtractor, _ body: String) -> [String] {
        extractor.extract(parse("Titolo\n\n" + body + "\n")).organizations.map(\.name)
    }

    @Test func listedNamesAreOrganisationsWithNoOtherEvidence() {
        let found = organizations(FactExtractor.standard, body)
        for name in ["Michelin", "Stellantis", "Uber", "NIST"] {
            #expect(found.contains(name), "\(name) in \(found)")
        }
    }

    @Test func aListedAcronymIsOneOnlyInCapitals() {
        #expect(organizations(FactExtractor.standard, "Later Nist published a draft.").isEmpty)
    }

    @Test func withoutTheListTheSameSentenceNamesNoOrganisation() {
        var gazetteer = FactExtractor.standard.gazetteer
        gazetteer.listedOrganizations = WordSet([])
        gazetteer.organizationAcronyms = WordSet([])
        #expect(organizations(FactExtractor(gazetteer: gazetteer), body).isEmpty)
    }

    @Test func aNameThatIsACommonWordIsNotListed() {
        let gazetteer = FactExtractor.standard.gazetteer
        for word in ["apple", "shell", "amazon", "labour", "orange"] {
            #expect(!gazetteer.listedOrganizations.contains(word), "\(word)")
        }
        let found = organizations(FactExtractor.standard, "Sales of Apple and Shell rose in May, and Orange waited.")
        for word in ["Apple", "Shell", "Orange"] {
            #expect(!found.contains(word), "\(word) in \(found)")
        }
    }
}
