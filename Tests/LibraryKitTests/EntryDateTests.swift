import Foundation
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

    @Test func fileTimesGiveTheLocalDayAsTheCLibraryDoes() {
        // Across years, leap days, both sides of 1970 and daylight-saving changes.
        var seconds: Int64 = -86_400 * 400
        while seconds < 4_102_444_800 {
            var t = time_t(seconds)
            var parts = tm()
            localtime_r(&t, &parts)
            let expected = String(format: "%04d-%02d-%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday))
            #expect(EntryDate.day(fromNanoseconds: seconds * 1_000_000_000 + 123) == expected)
            seconds += 86_400 * 37 + 3_607
        }
    }

    @Test func refusesWhatIsNotADay() {
        #expect(EntryDate.normalize("yesterday") == nil)
        #expect(EntryDate.normalize("2024") == nil)
        #expect(EntryDate.normalize("2024-13-40") == nil)
    }
}
