/// Roles as theme files name them: the role's name in kebab case (`pane-title-focused`).
public enum RoleName {
    public static func of(_ role: Role) -> String {
        var out = ""
        for c in String(describing: role) {
            if c.isUppercase {
                out += "-" + c.lowercased()
            } else {
                out.append(c)
            }
        }
        return out
    }

    /// The role a theme file's key names; case, `-` and `_` are ignored.
    public static func role(named name: String) -> Role? {
        let key = normalized(name)
        return Role.allCases.first { normalized(of($0)) == key }
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
