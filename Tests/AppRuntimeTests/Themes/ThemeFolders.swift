import AppRuntime
import ArticleKit
import Foundation
import ReaderUI

/// The shipped themes in this checkout and scratch folders, for the tests of finding, reading
/// and choosing theme files.
enum ThemeFolders {
    /// Tests/AppRuntimeTests/Themes/ThemeFolders.swift → the package root.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let themesFolder = packageRoot.appendingPathComponent("Themes").path
    static let shipped = ThemeCatalog(userFolder: nil, shippedFolders: [themesFolder])

    static func load(_ name: String) throws -> ThemeFile {
        try ThemeCatalog.load(path: themesFolder + "/\(name).toml")
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

    /// The reader on the biblioteca sample after searching for "torino" and going to the
    /// second match.
    static func searched(_ size: Size) throws -> ReaderState {
        let path = packageRoot.appendingPathComponent("Sources/ArticleKit/Resources/Samples/biblioteca-torino.txt").path
        var (s, _) = Reader.start(document: ReaderDocument(article: try ArticleLoader.load(path: path)), size: size)
        s = Reader.update(s, .factsLoaded(Facts())).0
        for key in [Key.char("/")] + "torino".map(Key.char) + [.enter, .char("n")] {
            s = Reader.update(s, .key(key)).0
        }
        return s
    }
}
