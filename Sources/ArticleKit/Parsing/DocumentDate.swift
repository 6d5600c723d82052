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
            // Without a year among its first words the block is not split into words at all.
            guard openingMayHoldFullDate(block.text) else { continue }
            let words = block.text.split(separator: " ", maxSplits: openingWords, omittingEmptySubsequences: true).prefix(openingWords)
            if let found = DateForms.first(in: words.joined(separator: " "), language: language), found.isFullDate {
                return found.iso
            }
        }
        return nil
    }

    /// Whether the first `openingWords` words of the text (as `opening` splits them, at
    /// spaces) may hold a full date, read on the bytes: every full date `DateForms` reads has a
    /// number of exactly four digits that is a year (1800–2100) or opens `2012-04-16`. True may
    /// also come from a little further on or from a run of five or six digits (a Character
    /// made of a digit and a mark beside it would shorten it); never false when a date is there.
    /// A space with an ASCII byte on each side (or the text's edge) is always a word break;
    /// other spaces may be, so the words counted by the sure breaks end no sooner than the split's.
    static func openingMayHoldFullDate(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            var words = 0, inWord = false, i = 0
            while i < b.count {
                let c = b[i]
                if c == 0x20, i == 0 || b[i - 1] < 0x80, i + 1 == b.count || b[i + 1] < 0x80 {
                    if inWord { words += 1; inWord = false }
                    if words == openingWords { return false }
                    i += 1
                    continue
                }
                inWord = true
                guard c >= 0x30 && c <= 0x39 else { i += 1; continue }
                var j = i, value = 0
                while j < b.count, b[j] >= 0x30, b[j] <= 0x39 { value = value &* 10 &+ Int(b[j] - 0x30); j += 1 }
                switch j - i {
                case 4: if (1800...2100).contains(value) || (j < b.count && b[j] == UInt8(ascii: "-")) { return true }
                case 5, 6: return true
                default: break
                }
                i = j
            }
            return false
        }
    }
}
