import Foundation

/// Words of an element's `class` and `id` that say what its text is (`<p class="lead">`,
/// `<div class="article__chapo">`), read from `Resources/Markup/html-classes.txt` so the list
/// grows without touching the parser.
enum HTMLClassWords {
    /// Words naming a standfirst: the first paragraph inside such an element is the lede.
    static let lede: Set<String> = lists["lede"] ?? []

    static let lists: [String: Set<String>] = {
        parse(ResourceBundle.dataText("Resources/Markup/html-classes"))
    }()

    /// The `[name]` sections of the file, each a set of lower-cased words.
    static func parse(_ text: String) -> [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for (name, entries) in SectionedList.sections(text) {
            guard let name else { continue }
            out[name, default: []].formUnion(entries.map { $0.lowercased() })
        }
        return out
    }

    /// The words of the element's `class` and `id`, cut at blanks, `-` and `_`.
    static func words(of node: HTMLNode) -> [Substring] {
        var words: [Substring] = []
        for attribute in ["class", "id"] {
            guard let value = node.attribute(attribute)?.lowercased() else { continue }
            words += value.split { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" || $0 == "\n" }
        }
        return words
    }

    /// True when a word of the element's `class` or `id` is in `set`.
    static func names(_ node: HTMLNode, _ set: Set<String>) -> Bool {
        words(of: node).contains { set.contains(String($0)) }
    }
}
