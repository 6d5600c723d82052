import TOMLKit

/// A theme read from a file, with what the file left out.
public struct ThemeFile: Sendable {
    public var theme: Theme
    /// Roles the file does not style: they look as in the built-in default, with the body
    /// text's colours wherever the default uses the terminal's own (so highlights still show).
    /// `leggio themes --check` reports them.
    public var missingRoles: [Role]

    public init(theme: Theme, missingRoles: [Role]) {
        self.theme = theme
        self.missingRoles = missingRoles
    }
}

/// Reads a theme file (TOML):
///
/// ```toml
/// name = "solarized-dark"                 # optional; the file name otherwise
/// description = "Solarized on its dark base"
/// [palette]                               # optional names for colours
/// base03 = "#002b36"
/// [styles]                                # one entry per role
/// text = { fg = "#839496", bg = "base03" }
/// title = { fg = "yellow", bold = true }
/// ```
///
/// Colours are the 16 names, `default`, 0–255 or `#rrggbb`; attributes are `bold`, `dim`,
/// `italic`, `underline` and `reverse`. A role that leaves out `fg` or `bg` takes the text's.
public enum ThemeParser {
    static let topKeys = ["name", "description", "palette", "styles"]
    static let styleKeys = ["fg", "bg"] + TextAttributes.named.map(\.0)

    public static func parse(_ source: String, file: String, name: String) throws(ThemeError) -> ThemeFile {
        let toml: TOMLTable
        do {
            toml = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw .syntax(file: file, line: error.source.begin.line, column: error.source.begin.column, message: error.description)
        } catch {
            throw .syntax(file: file, line: 1, column: 1, message: "\(error)")
        }
        // Lines are only needed to report a problem (or to order the styles when there is
        // one), so the source is scanned for them on first use.
        let where_ = LazyKeyLines(source)
        func line(_ path: String...) -> Int { where_.line(of: path) }
        func describe(_ v: TOMLValueConvertible) -> String {
            switch v.type {
            case .string: "the string \"\(v.string ?? "")\""
            case .int: "the number \(v.int ?? 0)"
            case .bool: v.bool == true ? "true" : "false"
            case .table: "a table"
            case .array: "an array"
            default: "a \(v.type.description)"
            }
        }

        for key in toml.keys.sorted() where !topKeys.contains(key) {
            throw .unknownKey(file: file, line: line(key), key: key, allowed: topKeys)
        }
        var themeName = name
        if let v = toml["name"] {
            guard let s = v.string else {
                throw .wrongType(file: file, line: line("name"), key: "name", expected: "a string", found: describe(v))
            }
            themeName = s
        }
        var summary = ""
        if let v = toml["description"] {
            guard let s = v.string else {
                throw .wrongType(file: file, line: line("description"), key: "description", expected: "a string", found: describe(v))
            }
            summary = s
        }

        // Palette: names for colours, usable wherever a colour goes.
        var palette: [String: ThemeColor?] = [:]
        if let v = toml["palette"] {
            guard let table = v.table else {
                throw .wrongType(file: file, line: line("palette"), key: "palette", expected: "a table of colours", found: describe(v))
            }
            for key in table.keys.sorted() {
                let value = table[key]!
                palette[key.lowercased()] = try color(value, key: "palette.\(key)", palette: [:], file: file,
                                                      line: { line("palette", key) }, describe: describe)
            }
        }

        guard let stylesValue = toml["styles"] else {
            throw .wrongType(file: file, line: 1, key: "styles", expected: "a [styles] table naming a style for each role", found: "nothing")
        }
        guard let styles = stylesValue.table else {
            throw .wrongType(file: file, line: line("styles"), key: "styles", expected: "a table of role styles", found: describe(stylesValue))
        }
        /// Each role's style by its raw value (an array: no hashing of roles needed).
        typealias Given = [(fg: ThemeColor??, bg: ThemeColor??, attributes: TextAttributes)?]
        /// The styles under `keys`, in that order; nil when `once` and two keys name one role.
        func readStyles(_ keys: [String], once: Bool) throws(ThemeError) -> Given? {
            var given = Given(repeating: nil, count: Role.allCases.count)
            for key in keys {
                guard let role = RoleName.role(named: key) else {
                    throw .unknownRole(file: file, line: line("styles", key), name: key, suggestion: RoleName.suggestion(for: key))
                }
                if once, given[Int(role.rawValue)] != nil { return nil }
                let value = styles[key]!
                guard let style = value.table else {
                    throw .wrongType(file: file, line: line("styles", key), key: key,
                                     expected: "a table such as { fg = \"red\", bold = true }", found: describe(value))
                }
                var fg: ThemeColor?? = nil
                var bg: ThemeColor?? = nil
                var attributes: TextAttributes = []
                for field in style.keys.sorted() {
                    let v = style[field]!
                    let at = { line("styles", key, field) }
                    switch field {
                    case "fg": fg = .some(try color(v, key: "\(key).fg", palette: palette, file: file, line: at, describe: describe))
                    case "bg": bg = .some(try color(v, key: "\(key).bg", palette: palette, file: file, line: at, describe: describe))
                    default:
                        guard let attribute = TextAttributes.named.first(where: { $0.0 == field })?.1 else {
                            throw .unknownKey(file: file, line: at(), key: "\(key).\(field)", allowed: styleKeys)
                        }
                        guard let on = v.bool else {
                            throw .wrongType(file: file, line: at(), key: "\(key).\(field)", expected: "true or false", found: describe(v))
                        }
                        if on { attributes.insert(attribute) }
                    }
                }
                given[Int(role.rawValue)] = (fg, bg, attributes)
            }
            return given
        }
        // Styles are read in the file's order, so the first problem in the file is the one
        // reported and the last of two names for one role wins. Ordering needs every key's
        // line, so a file that reads cleanly without it (each role named once) is taken as is.
        let given: Given
        if let clean = try? readStyles(styles.keys.sorted(), once: true) {
            given = clean
        } else {
            given = try readStyles(styles.keys.sorted(by: { line("styles", $0) < line("styles", $1) }), once: false) ?? Given(repeating: nil, count: Role.allCases.count)
        }

        let text = given[Int(Role.text.rawValue)]
        let textFg = text?.fg ?? nil
        let textBg = text?.bg ?? nil
        let standard = Theme.standard(color: true)
        let theme = Theme(name: themeName, summary: summary) { role in
            var a = Appearance()
            if let g = given[Int(role.rawValue)] ?? elder(of: role).flatMap({ given[Int($0.rawValue)] }) {
                a.attributes = g.attributes
                a.foreground = g.fg ?? textFg
                a.background = g.bg ?? textBg
            } else {
                a = standard.appearance(role)
                a.foreground = a.foreground ?? textFg
                a.background = a.background ?? textBg
            }
            return a
        }
        return ThemeFile(theme: theme, missingRoles: Role.allCases.filter { given[Int($0.rawValue)] == nil })
    }

    /// For a role added after themes were first written, the older role it looks like in a
    /// theme that leaves it out (so a user's theme keeps its own colours there).
    static func elder(of role: Role) -> Role? {
        switch role {
        case .heading2, .heading3: .heading
        case .borderFocused: .border
        case .factFigure, .factDate, .factPerson, .factPlace, .factOrganisation, .factSource: .text
        default: nil
        }
    }

    /// A colour value: a string (name, `default`, digits, `#rrggbb`, palette entry) or an
    /// integer 0–255. `nil` is the terminal's default.
    static func color(_ v: TOMLValueConvertible, key: String, palette: [String: ThemeColor?], file: String, line: () -> Int,
                      describe: (TOMLValueConvertible) -> String) throws(ThemeError) -> ThemeColor? {
        if let n = v.int {
            guard (0...255).contains(n) else {
                throw .unknownColor(file: file, line: line(), key: key, value: String(n))
            }
            return .indexed(UInt8(n))
        }
        guard let s = v.string else {
            throw .wrongType(file: file, line: line(), key: key, expected: "a colour (a name, default, 0–255 or \"#rrggbb\")", found: describe(v))
        }
        if let named = palette[s.lowercased()] { return named }
        guard let c = ThemeColor.parse(s) else {
            throw .unknownColor(file: file, line: line(), key: key, value: s)
        }
        return c
    }
}

/// `KeyLines` made on first use.
private final class LazyKeyLines {
    private let source: String
    private lazy var lines = KeyLines(source)

    init(_ source: String) { self.source = source }

    func line(of path: [String]) -> Int { lines.line(of: path) }
}
