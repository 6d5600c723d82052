/// The headline of a page whose `h1` sits outside the article, in a page header dropped as
/// furniture: the `<title>` and `og:title` carry the site's name (`Naturaleza de la predicción
/// … | Andrés Peña Montalvo`), the `h1` does not. An `h1` is the headline when the page's
/// `og:title` or `<title>` is its text, or its text followed by a separator and more (the site's
/// name); an `h1` linking to the site's home page is the site's logo, never the headline.
enum HTMLPageTitle {
    /// What sets a site's name apart from the headline in a `<title>`.
    static let separators = [" | ", " - ", " – ", " — ", " · ", " :: ", " » ", " // "]

    /// The first of `meta.pageHeadings` that the page's titles name, with its text.
    static func heading(_ meta: HTMLMetadata, in document: HTMLDocument) -> (node: HTMLNode, text: String)? {
        let titles = [meta.ogTitle, meta.title].compactMap { $0.map(fold) }
        guard !titles.isEmpty else { return nil }
        for node in meta.pageHeadings where !linksHome(node) {
            let text = ArticleAssembler.collapse(HTMLWalk.text(of: node))
            guard !text.isEmpty else { continue }
            let key = fold(text)
            if titles.contains(where: { t in t == key || separators.contains { t.hasPrefix(key + $0) } }) {
                return (node, text)
            }
        }
        return nil
    }

    static func fold(_ s: String) -> String { ArticleAssembler.collapse(s).lowercased() }

    /// True when the element is or holds (or sits in) a link to a site's root (`/`, `./`,
    /// `index.html`, `https://host/`).
    static func linksHome(_ node: HTMLNode) -> Bool {
        func isHome(_ n: HTMLNode) -> Bool {
            guard n.isElement, n.name == "a", var href = n.attribute("href")?.trimmingSpaces.lowercased() else { return false }
            if let scheme = href.range(of: "://") {
                let rest = href[scheme.upperBound...]
                href = rest.firstIndex(of: "/").map { String(rest[$0...]) } ?? "/"
            }
            return ["/", "./", "", "index.html", "/index.html", "index.php", "/index.php"].contains(href)
        }
        var up: HTMLNode? = node
        while let cur = up, cur.isElement {
            if isHome(cur) { return true }
            up = cur.pointee.parent
        }
        var found = false
        HTMLWalk.walk(from: node, includeRoot: false) { n in
            if isHome(n) { found = true }
            return !found && n.isElement
        }
        return found
    }
}
