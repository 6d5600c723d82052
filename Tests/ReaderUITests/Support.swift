import ArticleKit
import Foundation
@testable import ReaderUI

/// Fixtures and helpers shared by the reader's tests.
enum Fixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func article(_ sample: String) throws -> Article {
        try ArticleLoader.load(path: packageRoot.appendingPathComponent("Sources/ArticleKit/Resources/Samples/\(sample)").path)
    }
}
