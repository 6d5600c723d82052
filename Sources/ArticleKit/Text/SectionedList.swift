import Foundation

/// The format of ArticleKit's hand-written data files of sections (`Boilerplate/furniture.txt`,
/// `Lexicon/reporting-words.txt`): a `[name]` line opens a section and every other line is one
/// entry of the section above it, trimmed; blank lines and `#` comments are skipped. One reader,
/// so both files are read the same way.
enum SectionedList {
    /// The sections of `text` in file order, each with its entries (a section may have none);
    /// entries before the first `[name]` line come first, under no name.
    static func sections(_ text: String) -> [(name: String?, entries: [String])] {
        var out: [(name: String?, entries: [String])] = []
        // `isNewline` ends a line at "\n" and at "\r\n", which Swift reads as one Character: a
        // file checked out with CRLF line ends reads the same.
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                out.append((String(line.dropFirst().dropLast()), []))
            } else if out.isEmpty {
                out.append((nil, [line]))
            } else {
                out[out.count - 1].entries.append(line)
            }
        }
        return out
    }
}
