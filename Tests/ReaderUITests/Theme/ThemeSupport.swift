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
    static let shipped = ThemeCatalog(userFolder: nil, shippedFolders: [themesFolder])

    static func load(_ name: String) throws -> ThemeFile {
        try ThemeCatalog.load(path: themesFolder + "/\(name).toml")
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

    /// A fresh folder under the temporary directory, removed by the caller with `remove`.
    static func temporaryFolder() throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("leggio-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func write(_ text: String, to path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

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
