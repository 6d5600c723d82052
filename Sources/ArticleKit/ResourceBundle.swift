import Foundation

/// Where ArticleKit's resources (gazetteers, the sample library) are read from: beside an
/// installed binary (`<prefix>/share/leggio/Leggio_ArticleKit.resources` for
/// `<prefix>/bin/leggio`, as `make install` lays them out), else SwiftPM's bundle beside the
/// built binary or in the build folder.
enum ResourceBundle {
    static let shared: Bundle = installed ?? Bundle.module

    static var installed: Bundle? {
        guard let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else { return nil }
        let prefix = ((exe as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        return Bundle(path: prefix + "/share/leggio/Leggio_ArticleKit.resources")
    }

    /// The text of a hand-written data file that ships with ArticleKit (`Resources/Boilerplate/mail`
    /// names `mail.txt` there); a missing file stops the program, since no article reads right
    /// without it.
    static func dataText(_ resource: String) -> String {
        guard let text = try? String(contentsOf: shared.bundleURL.appendingPathComponent(resource + ".txt"), encoding: .utf8) else {
            preconditionFailure("ArticleKit's \(resource).txt is missing: the installation is incomplete")
        }
        return text
    }
}
