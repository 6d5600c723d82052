import ArticleKit
import ReaderUI

extension ThemeConfig {
    /// The theme named in `configFolder/config.toml`; nil when there is no config file or it
    /// names no theme.
    public static func themeName(configFolder: String?) throws(ThemeError) -> String? {
        guard let folder = configFolder else { return nil }
        let path = folder + "/config.toml"
        if case .notFound = FileReader.problem(at: path) { return nil }
        return try themeName(in: try ThemeFileText.read(path), file: path)
    }
}
