/// Where a structured document (HTML, Markdown) states its own date, read the same way for
/// both: a metadata value, a date in a permalink, a full date in the title, or a full date
/// opening one of the first blocks (`Tuesday 15 October 2019 by …`, `20 de septiembre de
/// 2019. La tormenta…`). A date deeper in the text is what the article talks about, not when
/// it was written.
enum DocumentDate {
    /// Words at the start of a block looked at for an opening date.
    static let openingWords = 8
    /// Blocks looked at for an opening date.
    static let openingBlocks = 3

    /// A metadata value (front matter, `<meta>`, `<time datetime>`, JSON-LD) as the article's
    /// date: kept as written when it opens with an ISO date (a time stays), else read as text.
    static func metadata(_ value: String, language: Language) -> String? {
        let b = Array(value.utf8.prefix(10))
        func digit(_ i: Int) -> Bool { i < b.count && b[i] >= 0x30 && b[i] <= 0x39 }
        if (0..<4).allSatisfy(digit), b.count >= 7, b[4] == UInt8(ascii: "-"), digit(5), digit(6) {
            return b.count >= 10 && b[7] == UInt8(ascii: "-") && digit(8) && digit(9) ? value : String(decoding: b.prefix(7), as: UTF8.self)
        }
        return StatedDate.normalise(value, language: language)
    }

    /// The day in a permalink or path written `…/2023/09/25/…` (Jekyll, Hugo and Zola blogs).
    static func inPath(_ path: String) -> String? {
        let parts = path.split(separator: "/").map(String.init)
        guard parts.count >= 3 else { return nil }
        for i in 0...(parts.count - 3) {
            guard parts[i].utf8.count == 4, parts[i + 1].utf8.count == 2, parts[i + 2].utf8.count == 2,
                  let y = Int(parts[i]), let m = Int(parts[i + 1]), let d = Int(parts[i + 2]), (1800...2100).contains(y),
                  let iso = DateForms.iso(y, m, d) else { continue }
            return iso
        }
        return nil
    }

    /// A full date in the title (a month alone in a title names what it is about).
    static func inTitle(_ title: Block?, language: Language) -> String? {
        guard let title, let date = StatedDate.find(in: title.text, language: language), date.utf8.count == 10 else { return nil }
        return date
    }

    /// A full date among the first words of one of the first paragraphs or quotes.
    static func opening(_ blocks: [Block], language: Language) -> String? {
        for block in blocks.prefix(openingBlocks) where block.kind == .paragraph || block.kind == .quote || block.kind == .lede {
            let words = block.text.split(separator: " ", maxSplits: openingWords, omittingEmptySubsequences: true).prefix(openingWords)
            if let found = DateForms.first(in: words.joined(separator: " "), language: language), found.isFullDate {
                return found.iso
            }
        }
        return nil
    }
}
