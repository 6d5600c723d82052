import Testing
@testable import ReaderUI

@Suite("Word wrapping by display columns")
struct WrapperTests {
    func lines(_ text: String, _ width: Int) -> [String] {
        Wrapper.wrap(text, width: width).map { r in
            let u = Array(text.utf8)
            return String(decoding: u[r], as: UTF8.self)
        }
    }

    @Test("Breaks at spaces and never exceeds the width")
    func spaces() {
        #expect(lines("la biblioteca civica di Torino riapre", 14) == ["la biblioteca", "civica di", "Torino riapre"])
    }

    /// `Le Tour Alsace, la course cycliste internationale « Made in Elsass »` wrapped with
    /// the closing `»` alone on the next row (a French heading, written with plain spaces).
    @Test("Guillemets and a lone ? ! : ; stay with their words")
    func frenchPunctuation() {
        #expect(lines("la course « Made in Elsass »", 25) == ["la course « Made in", "Elsass »"])
        #expect(lines("la course « Made in Elsass »", 11) == ["la course", "« Made in", "Elsass »"])
        #expect(lines("in Elsass »", 9) == ["in", "Elsass »"])
        #expect(lines("Qui vient ce soir ? Nous.", 16) == ["Qui vient ce", "soir ? Nous."])
        #expect(lines("Attention : fragile", 11) == ["Attention :", "fragile"])
        // Not a lone mark: a smiley or a query string breaks as any word.
        #expect(lines("ciao a tutti :-) ecco", 12) == ["ciao a tutti", ":-) ecco"])
    }

    @Test("A word longer than the width is cut between clusters")
    func longWord() {
        #expect(lines("supercalifragilistic", 8) == ["supercal", "ifragili", "stic"])
    }

    @Test("Wide characters count two columns and are not split")
    func wide() {
        #expect(lines("漢字漢字漢字", 5) == ["漢字", "漢字", "漢字"])
        #expect(lines("ok 😀😀 fine", 6) == ["ok", "😀😀", "fine"])
    }

    @Test("Combining marks add no width")
    func marks() {
        let s = "cafe\u{301} cafe\u{301}"
        #expect(lines(s, 4) == ["cafe\u{301}", "cafe\u{301}"])
    }

    @Test("Mixed scripts and controls never overflow", arguments: [5, 9, 13, 20, 33])
    func noOverflow(width: Int) {
        let text = "Città 漢字 émoji 😀👍🏽 \u{1B}[1m bidi \u{202E}x e\u{301}\u{302} 🇮🇹 ｆｕｌｌ parola-lunghissima-senza-spazi"
        // A row is never wider than the width, unless it is one cluster that is wider on its
        // own (the 8-column placeholder <U+202E> in a 5-column pane); the grid clips that one.
        for line in lines(text, width) {
            let single = line.count == 1
            #expect(DisplayWidth.of(line) <= width || single, "\(line) is wider than \(width)")
        }
        // Nothing is lost: the words come back in order.
        let joined = lines(text, width).joined()
        #expect(joined.filter { $0 != " " } == text.filter { $0 != " " })
    }
}
