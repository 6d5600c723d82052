/// Text drawn in a theme's styles with terminal escape sequences: a one-line preview for
/// `leggio themes`, and a whole `Screen` for screenshots-as-text. With `depth: .none` only
/// attributes are sent, never a colour.
public enum ThemePreview {
    /// Sample words, each in the role it shows off.
    public static let sample: [(String, Role)] = [
        (" Title ", .title), (" heading ", .heading), (" text ", .text), (" “quote” ", .quote), (" dropped ", .dropped),
        (" hit ", .searchHit), (" current ", .currentHit), (" source ", .sourceFocus), (" status ", .status),
    ]

    /// Columns the sample takes.
    public static var width: Int { sample.reduce(0) { $0 + DisplayWidth.of($1.0) } }

    /// The sample as one line of styled text.
    public static func line(_ theme: Theme, depth: ColorDepth) -> String {
        let styles = theme.resolved(at: depth)
        var out = ""
        for (text, role) in sample { out += styles[Int(role.rawValue)].sgr + text }
        return out + "\u{1B}[0m"
    }

    /// A screen as lines of text with an escape sequence wherever the style changes.
    public static func render(_ screen: Screen, theme: Theme, depth: ColorDepth) -> String {
        let styles = theme.resolved(at: depth)
        var lines: [String] = []
        for y in 0..<screen.height {
            var line = ""
            var last: Role?
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                if cell.role != last {
                    line += styles[Int(cell.role.rawValue)].sgr
                    last = cell.role
                }
                line += cell.text
            }
            lines.append(line + "\u{1B}[0m")
        }
        return lines.joined(separator: "\n")
    }
}
