import Testing
@testable import ReaderUI

@Suite("Help overlay")
struct HelpOverlayTests {
    @Test("The scroll note fits the bottom border at every size, or is left out", arguments: [20, 24, 30, 40, 60, 100])
    func noteFitsTheBorder(width: Int) throws {
        let s = try Fixture.reader(Size(width: width, height: 8)).pressing(.char("?")).0
        let bottom = (0..<s.size.height).map { s.screen.line($0) }.last { $0.contains("└") } ?? ""
        #expect(bottom.hasSuffix("┘"), "\(bottom)")
        #expect(!bottom.contains("…"), "\(bottom)")
        if width >= 30 { #expect(bottom.contains("/") || bottom.contains(" of "), "\(bottom)") }
    }
}
