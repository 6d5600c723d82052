import LibraryKit

/// Paths shown as the person typed them: a hit's canonical path under a canonical root is
/// given back under the root as typed (`../notes/a.md`, `~/x` as the shell expanded it), and
/// under the current folder when no root was named (`a.md`, as ripgrep does).
struct TypedPaths {
    /// Canonical roots and the spelling they were given in; "" for the default current folder.
    let roots: [(canonical: String, typed: String)]

    init(typed: [String]) {
        let given = typed.isEmpty ? ["."] : typed
        roots = given.map { path in
            var shown = typed.isEmpty ? "" : path
            while shown.count > 1, shown.hasSuffix("/") { shown.removeLast() }
            return (LibraryScanner.canonicalPath(path), shown)
        }
    }

    func shown(_ path: String) -> String {
        // The longest root holding the path wins (a folder and a file inside it both given).
        let holding = roots.filter { path == $0.canonical || path.hasPrefix($0.canonical == "/" ? "/" : $0.canonical + "/") }
        guard let root = holding.max(by: { $0.canonical.count < $1.canonical.count }) else { return path }
        if path == root.canonical { return root.typed.isEmpty ? path : root.typed }
        let rest = path.dropFirst(root.canonical == "/" ? 1 : root.canonical.count + 1)
        if root.typed.isEmpty { return String(rest) }
        return root.typed == "/" ? "/" + rest : root.typed + "/" + rest
    }
}
