/// The date a document states for itself, as ISO (`2014-09-28`, or `2014-09` when only the
/// month is given), read from a date line, a byline, the title or a metadata value, in the
/// forms `DateFinder` and `DateForms` know for it/en/de/fr/es (`28. September 2014`, `24 marzo 2025`,
/// `April 16, 2012`, `2012-04-16T10:00:00Z`, `16.04.2012`).
enum StatedDate {
    /// The first full date in the text, else the first month and year; bare years do not count.
    /// Read with `DateFinder` (it/en) and `DateForms` (it/en/de/fr/es: `28. September 2014`,
    /// `3 janvier 2020`, `20 de septiembre de 2019`, `16.04.2012`), the earliest in the text winning.
    static func find(in text: String, language: Language) -> String? {
        // Every full date and month-and-year form holds a year: four digits in a row. Most
        // lines hold none, and are answered without tokenising them.
        guard DateForms.hasYearDigits(text) else { return nil }
        let bytes = Array(text.utf8)
        var full: DateForms.Found?
        var monthOnly: DateForms.Found?
        bytes.withUnsafeBufferPointer { b in
            let block = ScannedBlock(Tokenizer.tokens(b, from: 0, to: b.count), section: 0, isHeadline: false)
            for k in 0..<block.count {
                guard let (first, _, iso) = DateFinder.match(block, at: k, language: language), !iso.hasPrefix("-") else { continue }
                let found = DateForms.Found(offset: block[first].start, iso: iso)
                if iso.utf8.count == 10 { full = found; break }
                if iso.utf8.count == 7, monthOnly == nil { monthOnly = found }
            }
        }
        for found in DateForms.all(in: text, language: language) {
            if found.isFullDate {
                if full.map({ found.offset < $0.offset }) ?? true { full = found }
                break
            }
            if monthOnly.map({ found.offset < $0.offset }) ?? true { monthOnly = found }
        }
        return (full ?? monthOnly)?.iso
    }

    /// A metadata value (front matter, `<meta>`, `<time datetime>`) as ISO: an ISO value keeps
    /// its date part; anything else is read as text.
    static func normalise(_ value: String, language: Language) -> String? {
        let utf8 = Array(value.utf8.prefix(10))
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { $0 < utf8.count && utf8[$0] >= 0x30 && utf8[$0] <= 0x39 } }
        if digits(0..<4), utf8.count >= 7, utf8[4] == UInt8(ascii: "-"), digits(5..<7) {
            if utf8.count == 10, utf8[7] == UInt8(ascii: "-"), digits(8..<10) { return String(decoding: utf8, as: UTF8.self) }
            if utf8.count == 7 || utf8[7] != UInt8(ascii: "-") { return String(decoding: utf8.prefix(7), as: UTF8.self) }
        }
        return find(in: value, language: language)
    }
}
