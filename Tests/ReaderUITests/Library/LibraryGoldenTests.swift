import Testing
@testable import ReaderUI

/// The library list at the reference sizes, compared with Golden/library-*.txt.
@Suite("Library golden screens")
struct LibraryGoldenTests {
    static let sizes = [Size(width: 160, height: 48), Size(width: 100, height: 30), Size(width: 60, height: 20)]

    @Test("The list, sorted by title", arguments: sizes)
    func list(size: Size) {
        Golden.check(AppFixture.library(size).screen, "library-\(size.width)x\(size.height)")
    }

    @Test("Loading, with the progress line", arguments: [sizes[1], sizes[2]])
    func loading(size: Size) {
        Golden.check(AppFixture.library(size, loading: true).screen, "library-loading-\(size.width)x\(size.height)")
    }

    @Test("Filtering as you type", arguments: [sizes[1], sizes[2]])
    func filter(size: Size) {
        let s = AppFixture.library(size).pressing(.char("/")).0.typing("riapre")
        Golden.check(s.screen, "library-filter-\(size.width)x\(size.height)")
    }
}
