/// The quotes people type around a phrase: `"…"`, `“…”` and `«…»`. One reading for the
/// library search, the library filter and the search inside an article, so a phrase is
/// quoted the same way in all three.
public enum QuoteMarks {
    public static func opens(_ c: Character) -> Bool { c == "\"" || c == "“" || c == "«" }
    public static func closes(_ c: Character) -> Bool { c == "\"" || c == "”" || c == "»" }

    /// `text` cut into the parts outside and inside quotes, in order; a quote left open runs
    /// to the end. `"wind farm" cable` → (`wind farm`, quoted), (` cable`, not quoted).
    public static func pieces(_ text: String) -> [(text: Substring, quoted: Bool)] {
        var out: [(text: Substring, quoted: Bool)] = []
        var rest = text[...]
        while !rest.isEmpty {
            guard let open = rest.firstIndex(where: opens) else {
                out.append((rest, false))
                break
            }
            if open > rest.startIndex { out.append((rest[..<open], false)) }
            let body = rest[rest.index(after: open)...]
            let close = body.firstIndex(where: closes) ?? body.endIndex
            out.append((body[..<close], true))
            rest = close == body.endIndex ? body[close...] : body[body.index(after: close)...]
        }
        return out
    }
}
