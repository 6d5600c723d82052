import Foundation
import Testing
@testable import ArticleKit

@Suite("Article loader")
struct ArticleLoaderTests {
    @Test("loadSource gives the text load's article holds, for every format", arguments: SampleLibrary.fileNames)
    func sourceWithoutParse(name: String) throws {
        let path = try #require(SampleLibrary.path) + "/" + name
        let source = try ArticleLoader.loadSource(path: path)
        #expect(source == (try ArticleLoader.load(path: path)).source)
        #expect(source.lineCount > 1)
    }

    @Test func sampleLibraryHoldsEachFormat() {
        #expect(Set(SampleLibrary.fileNames.map { ($0 as NSString).pathExtension }) == ["txt", "md", "html"])
    }
}
