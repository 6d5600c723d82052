/// Roles as theme files name them: the role's name in kebab case (`pane-title-focused`).
public enum RoleName {
    public static func of(_ role: Role) -> String {
        switch role {
        case .text: "text"
        case .title: "title"
        case .lede: "lede"
        case .heading: "heading"
        case .quote: "quote"
        case .code: "code"
        case .marker: "marker"
        case .control: "control"
        case .paneTitle: "pane-title"
        case .paneTitleFocused: "pane-title-focused"
        case .border: "border"
        case .status: "status"
        case .statusAccent: "status-accent"
        case .lineNumber: "line-number"
        case .source: "source"
        case .sourceFocus: "source-focus"
        case .dropped: "dropped"
        case .droppedLabel: "dropped-label"
        case .searchHit: "search-hit"
        case .currentHit: "current-hit"
        case .factFocus: "fact-focus"
        case .selection: "selection"
        case .groupHeader: "group-header"
        case .factMark: "fact-mark"
        case .overlay: "overlay"
        case .overlayTitle: "overlay-title"
        case .notice: "notice"
        case .prompt: "prompt"
        case .heading2: "heading-2"
        case .heading3: "heading-3"
        case .borderFocused: "border-focused"
        case .factFigure: "fact-figure"
        case .factDate: "fact-date"
        case .factPerson: "fact-person"
        case .factPlace: "fact-place"
        case .factOrganisation: "fact-organisation"
        case .factSource: "fact-source"
        }
    }

    /// Every role by its normalized name, built once (no reflection per lookup).
    private static let byKey: [String: Role] = {
        var table: [String: Role] = [:]
        for role in Role.allCases { table[normalized(of(role))] = role }
        return table
    }()

    /// The role a theme file's key names; case, `-` and `_` are ignored.
    public static func role(named name: String) -> Role? {
        byKey[normalized(name)]
    }

    /// The role names closest to a misspelt one, for "did you mean".
    public static func suggestion(for name: String) -> String? {
        let key = normalized(name)
        let scored = Role.allCases.map { role in (of(role), editDistance(key, normalized(of(role)))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, key.count / 3) else { return nil }
        return best.0
    }

    static func normalized(_ s: String) -> String {
        String(s.lowercased().filter { $0 != "-" && $0 != "_" })
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}
