import Foundation

/// The small library of articles that ships with Leggio (plain text, Markdown and HTML, in
/// Italian and English, written for the project), for a first run and for demonstrations.
public enum SampleLibrary {
    /// The folder holding the sample articles, or nil if the resource bundle is missing.
    public static var path: String? {
        ResourceBundle.shared.url(forResource: "Resources/Samples", withExtension: nil)?.path
    }

    /// The sample articles' file names, sorted.
    public static var fileNames: [String] {
        guard let path, let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [] }
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }
}
