import Foundation
@testable import ArticleKit

/// Reads a fixture file shipped with the tests.
func fixtureBytes(_ name: String) throws -> [UInt8] {
    guard let url = Bundle.module.url(forResource: "Fixtures/" + name, withExtension: nil) else {
        throw FixtureMissing(name: name)
    }
    return Array(try Data(contentsOf: url))
}

struct FixtureMissing: Error { var name: String }

/// Parses text given inline in a test.
func parse(_ text: String) -> Article {
    try! ArticleLoader.parse(bytes: Array(text.utf8))
}

/// Parses text given inline as plain text, whatever it looks like (no format sniffing).
func parsePlain(_ text: String) -> Article {
    PlainTextParser.parse(SourceText(text))
}

/// Every block and dropped block of an article with its span, for exactness checks.
func allSpans(_ a: Article) -> [(String, SourceSpan)] {
    FlatArticle(a).blocks.map { ($0.text, $0.span) } + a.dropped.map { ($0.text, $0.span) }
}

#if canImport(Glibc)
import Glibc
#endif

func writeFile(_ path: String, _ bytes: [UInt8]) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
}

func chmodFile(_ path: String, _ mode: mode_t) { _ = chmod(path, mode) }

func isRoot() -> Bool { getuid() == 0 }
