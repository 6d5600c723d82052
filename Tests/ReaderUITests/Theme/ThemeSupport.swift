import ArticleKit
import Foundation
@testable import ReaderUI

/// The shipped themes, a reader to draw, and scratch folders for the theme tests. Kept apart
/// from the reader's own test helpers so the two can change independently.
enum ThemeFixture {
    /// Tests/ReaderUITests/Theme/ThemeSupport.swift → the package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let themesFolder = packageRoot.appendingPathComponent("Themes").path
    static let shippedNames = ["default", "dark", "light", "solarized-dark", "solarized-light", "high-contrast", "mono"]
    /// A shipped theme, parsed from its file (finding and reading theme files is AppRuntime's
    /// `ThemeCatalog`, tested there).
    static func load(_ name: String) throws -> ThemeFile {
        let path = themesFolder + "/\(name).toml"
        return try ThemeParser.parse(try String(contentsOfFile: path, encoding: .utf8), file: path, name: name)
    }

    /// Parses theme text, returning the error it throws (or nil when it parses).
    static func error(_ text: String, file: String = "t.toml") -> ThemeError? {
        do {
            _ = try ThemeParser.parse(text, file: file, name: "t")
            return nil
        } catch {
            return error
        }
    }

    /// The reader on the biblioteca sample, facts loaded (none).
    static func reader(_ size: Size) throws -> ReaderState {
        let path = packageRoot.appendingPathComponent("Sources/ArticleKit/Resources/Samples/biblioteca-torino.txt").path
        let (s, _) = Reader.start(document: ReaderDocument(article: try ArticleLoader.load(path: path)), size: size)
        return Reader.update(s, .factsLoaded(Facts())).0
    }

    /// The reader after searching for "torino" and going to the second match.
    static func searched(_ size: Size) throws -> ReaderState {
        try reader(size).pressing(.char("/")).0.typing("torino").pressing(.enter, .char("n")).0
    }
}
