import ArticleKit
import Foundation
import TOMLKit

/// The theme named in `$XDG_CONFIG_HOME/leggio/config.toml` (`theme = "solarized-dark"`).
/// Other keys in the file belong to other settings and are left alone.
public enum ThemeConfig {
    /// The configured theme name; nil when there is no config file or it names no theme.
    public static func themeName(configFolder: String?) throws(ThemeError) -> String? {
        guard let folder = configFolder else { return nil }
        let path = folder + "/config.toml"
        if case .notFound = FileReader.problem(at: path) { return nil }
        return try themeName(in: try ThemeFileText.read(path), file: path)
    }

    static func themeName(in text: String, file: String) throws(ThemeError) -> String? {
        let toml: TOMLTable
        do {
            toml = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(file: file, line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw .syntax(file: file, line: 1, column: 1, message: "\(error)")
        }
        guard let value = toml["theme"] else { return nil }
        guard let name = value.string, !name.isEmpty else {
            throw .wrongType(file: file, line: KeyLines(text).line(of: ["theme"]), key: "theme",
                             expected: "a theme name such as \"dark\"", found: value.type == .string ? "an empty string" : "a \(value.type.description)")
        }
        return name
    }
}
