/// The date a document states for itself, as ISO (`2014-09-28`, or `2014-09` when only the
/// month is given), read from a date line, a byline, the title or a metadata value, in the
/// forms `DateForms` knows for it/en/de/fr/es (`28. September 2014`, `24 marzo 2025`,
/// `April 16, 2012`, `2012-04-16T10:00:00Z`, `16.04.2012`).
enum StatedDate {
    /// The first full date in the text, else the first month and year; bare years and a day
    /// and month without a year do not count.
    static func find(in text: String, language: Language) -> String? {
        DateForms.first(in: text, language: language)?.iso
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
