import Testing
@testable import LibraryKit

@Suite("Dates for the list")
struct EntryDateTests {
    @Test(arguments: [
        ("2024-03-12", "2024-03-12"),
        ("2024-05-02T09:00:00Z", "2024-05-02"),
        ("2024/05/02", "2024-05-02"),
        ("12/03/2024", "2024-03-12"),
        ("12 marzo 2024", "2024-03-12"),
        ("March 12, 2024", "2024-03-12"),
        ("Tuesday, 3 Sept 2024", "2024-09-03"),
    ])
    func readsCommonForms(_ text: String, _ expected: String) {
        #expect(EntryDate.normalize(text) == expected)
    }

    @Test func refusesWhatIsNotADay() {
        #expect(EntryDate.normalize("yesterday") == nil)
        #expect(EntryDate.normalize("2024") == nil)
        #expect(EntryDate.normalize("2024-13-40") == nil)
    }
}
