import TOMLKit

/// The theme named in `$XDG_CONFIG_HOME/leggio/config.toml` (`theme = "solarized-dark"`).
/// Other keys in the file belong to other settings and are left alone. The file is read by
/// the app (`ThemeConfig.themeName(configFolder:)` in AppRuntime); this parses its text.
public enum ThemeConfig {
    /// The theme `text` (from `file`) names; nil when it names none.
    public static func themeName(in text: String, file: String) throws(ThemeError) -> String? {
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
