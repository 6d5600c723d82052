/// The help overlay of the library list and its search, generated from their key maps like
/// the reader's (`HelpOverlay`), with the keys the app adds inside an article.
enum LibraryHelp {
    static func lines() -> [HelpOverlay.Line] {
        typealias Line = HelpOverlay.Line
        let section = HelpOverlay.section
        var out = section("Library", KeyMap.library, KeyMap.libraryDescription)
        out += section("Filter (/): type to narrow titles and paths", KeyMap.libraryFilter, KeyMap.filterDescription)
        out += section("Library search (S): typing the query", KeyMap.librarySearchPrompt, KeyMap.searchPromptDescription)
        out += section("Library search: the hits", KeyMap.librarySearch, KeyMap.searchDescription)
        out.append(Line(keys: "", text: "Query: words (all must match), \"a phrase\", prefix*, a OR b, -word,", isHeader: false))
        out.append(Line(keys: "", text: "person:Name place:Kursk org:Nis source:ministero. Accents ignored.", isHeader: false))
        out.append(Line(keys: "", text: "", isHeader: false))
        out += section("This help (?)", KeyMap.help, KeyMap.helpDescription)
        out.append(Line(keys: "", text: "In an article", isHeader: true))
        for b in KeyMap.reading.bindings {
            guard case .app(let a) = b.action else { continue }
            out.append(Line(keys: b.keys.map(\.description).joined(separator: " "), text: a.description, isHeader: false))
        }
        out.append(Line(keys: "q", text: "back to the list (Q quits)", isHeader: false))
        out.append(Line(keys: "", text: "? in an article lists the reader's own keys.", isHeader: false))
        return out
    }

    static func draw(_ help: HelpState, into screen: inout Screen) -> Point {
        HelpOverlay.draw(lines(), top: help.top, size: help.size, into: &screen)
    }
}
