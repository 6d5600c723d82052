/// Why a theme could not be used. Every case that comes from a file carries the file and the
/// line, so the message points at what to fix.
public enum ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file is not valid TOML.
    case syntax(file: String, line: Int, column: Int, message: String)
    /// A key under `[styles]` that is not a role.
    case unknownRole(file: String, line: Int, name: String, suggestion: String?)
    /// A colour string that is not a name, `default`, 0–255, `#rrggbb` or a palette entry.
    case unknownColor(file: String, line: Int, key: String, value: String)
    /// A value of the wrong TOML type (`bold = "yes"`, `fg = true`).
    case wrongType(file: String, line: Int, key: String, expected: String, found: String)
    /// A key the format does not have (at the top, in a style, or in the config file).
    case unknownKey(file: String, line: Int, key: String, allowed: [String])
    /// No theme of that name in any of the folders searched.
    case notFound(name: String, searched: [String])
    /// The file exists but could not be read (permissions, not UTF-8, a folder).
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .syntax(let file, let line, let column, let message):
            "\(clean(file)):\(line):\(column): not valid TOML: \(clean(message))"
        case .unknownRole(let file, let line, let name, let suggestion):
            "\(clean(file)):\(line): unknown role \"\(clean(name))\"" + (suggestion.map { " (did you mean \"\(clean($0))\"?)" } ?? "")
                + "; `leggio themes --roles` lists them"
        case .unknownColor(let file, let line, let key, let value):
            "\(clean(file)):\(line): \(clean(key)): unknown colour \"\(clean(value))\"; use a name (red, bright-blue…), default, 0–255, #rrggbb or a [palette] entry"
        case .wrongType(let file, let line, let key, let expected, let found):
            "\(clean(file)):\(line): \(clean(key)) must be \(clean(expected)), not \(clean(found))"
        case .unknownKey(let file, let line, let key, let allowed):
            "\(clean(file)):\(line): unknown key \"\(clean(key))\" (expected one of: \(clean(allowed.joined(separator: ", "))))"
        case .notFound(let name, let searched):
            "no theme named \"\(clean(name))\"" + (searched.isEmpty ? "" : " (looked in \(clean(searched.joined(separator: ", "))))")
        case .unreadable(let file, let reason):
            "\(clean(file)): cannot read the theme: \(clean(reason))"
        }
    }

    /// A short form for the status line: the file's name rather than its path, the line, and
    /// the problem without the advice.
    public var summary: String {
        func name(_ file: String) -> String { file.split(separator: "/").last.map(String.init) ?? file }
        func at(_ file: String, _ line: Int) -> String { "\(clean(name(file))):\(line): " }
        return switch self {
        case .syntax(let file, let line, _, _): at(file, line) + "not valid TOML"
        case .unknownRole(let file, let line, let name, let suggestion):
            at(file, line) + "unknown role \"\(clean(name))\"" + (suggestion.map { " (did you mean \"\(clean($0))\"?)" } ?? "")
        case .unknownColor(let file, let line, let key, let value): at(file, line) + "\(clean(key)): unknown colour \"\(clean(value))\""
        case .wrongType(let file, let line, let key, _, let found): at(file, line) + "\(clean(key)) cannot be \(clean(found))"
        case .unknownKey(let file, let line, let key, _): at(file, line) + "unknown key \"\(clean(key))\""
        case .notFound(let name, _): "no theme named \"\(clean(name))\""
        case .unreadable(let file, let reason): clean(name(file)) + ": " + clean(reason)
        }
    }

    /// A file's words as the terminal may show them: control characters become visible.
    private func clean(_ text: String) -> String { Sanitizer.clean(text) }

    /// The line the problem is on, when it is in a file.
    public var line: Int? {
        switch self {
        case .syntax(_, let line, _, _), .unknownRole(_, let line, _, _), .unknownColor(_, let line, _, _),
             .wrongType(_, let line, _, _, _), .unknownKey(_, let line, _, _):
            line
        case .notFound, .unreadable:
            nil
        }
    }
}
