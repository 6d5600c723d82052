import Testing
@testable import ReaderUI

/// The library search at the reference sizes, compared with Golden/library-search-*.txt.
@Suite("Library search golden screens")
struct SearchGoldenTests {
    static let sizes = [Size(width: 100, height: 30), Size(width: 60, height: 20)]

    @Test("Ranked hits with the matched words highlighted", arguments: sizes)
    func results(size: Size) {
        var (s, effects) = AppFixture.library(size).pressing(.char("S")).0.typing("torino").pressing(.enter)
        s = App.update(s, .search(.finished(id: effects.searches[0].id, hits: AppFixture.hits))).0
        Golden.check(s.pressing(.char("j")).0.screen, "library-search-\(size.width)x\(size.height)")
    }

    @Test("The prompt before a search, with a query error", arguments: sizes)
    func promptError(size: Size) {
        let s = AppFixture.library(size).pressing(.char("S")).0.typing("colour:red").pressing(.enter).0
        Golden.check(s.screen, "library-search-error-\(size.width)x\(size.height)")
    }
}
