import ArticleKit
/// A grapheme cluster ready for the grid, with the columns it takes.
public struct Glyph: Hashable, Sendable {
    public var text: String
    public var width: Int

    public init(_ text: String, width: Int) {
        self.text = text
        self.width = width
    }
}

/// The one choke point for text on its way to the terminal. Control characters (C0, ESC,
/// DEL, C1) and bidi overrides become visible placeholders (`^[`, `^?`, `<U+0085>`,
/// `<U+202E>`) so nothing from a document or a file name is ever sent to the terminal raw.
/// Invisible format characters are dropped; a cluster keeps at most `maxMarks` combining marks;
/// a cluster that starts with a mark is drawn on a dotted circle.
public enum Sanitizer {
    public static let maxMarks = 3

    /// Calls `body` with each glyph of `text`, and whether it is part of a placeholder.
    public static func forEachGlyph(_ text: some StringProtocol, _ body: (Glyph, Bool) -> Void) {
        for ch in text {
            let utf8 = ch.utf8
            if utf8.count == 1, let b = utf8.first, b >= 0x20, b < 0x7F {
                body(Glyph(String(ch), width: 1), false)
                continue
            }
            visit(ch, body)
        }
    }

    /// The columns a character takes once sanitized.
    public static func width(of ch: Character) -> Int {
        let utf8 = ch.utf8
        if utf8.count == 1, let b = utf8.first, b >= 0x20, b < 0x7F { return 1 }
        var w = 0
        visit(ch) { g, _ in w += g.width }
        return w
    }

    /// The sanitized text as a plain string (for plain-text output).
    public static func clean(_ text: some StringProtocol) -> String {
        var out = ""
        forEachGlyph(text) { g, _ in out += g.text }
        return out
    }

    /// The placeholder for a control scalar, or nil when the scalar is not one.
    public static func placeholder(_ s: Unicode.Scalar) -> String? {
        let v = s.value
        if v < 0x20 { return "^" + String(Unicode.Scalar(UInt8(v + 0x40))) }
        if v == 0x7F { return "^?" }
        // A file name's byte that is not UTF-8 (see `FilePath`).
        if let byte = FilePath.rawByte(s) { return "\\x" + String(byte, radix: 16, uppercase: true) }
        if (0x80...0x9F).contains(v) || isBidiControl(v) || v == 0x2028 || v == 0x2029 {
            return "<U+" + hex(v) + ">"
        }
        return nil
    }

    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    static func hex(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    private static func visit(_ ch: Character, _ body: (Glyph, Bool) -> Void) {
        let scalars = ch.unicodeScalars
        // Any control inside the cluster (CR LF is one cluster): show each scalar on its own.
        if scalars.contains(where: { placeholder($0) != nil }) {
            for s in scalars {
                if let p = placeholder(s) {
                    for c in p.unicodeScalars { body(Glyph(String(c), width: 1), true) }
                } else {
                    let w = DisplayWidth.of(Character(s))
                    if w > 0 { body(Glyph(String(s), width: w), false) }
                }
            }
            return
        }
        guard let first = scalars.first else { return }
        // Zero-width-joined sequences (👨‍👩‍👧) are drawn as their parts: a terminal cell holds one
        // wide character, and a joiner sent on its own makes terminals merge cells unpredictably.
        if scalars.count > 1, scalars.contains("\u{200D}") {
            var part = String.UnicodeScalarView()
            func flush() {
                if !part.isEmpty { visit(Character(String(part)), body) }
                part = String.UnicodeScalarView()
            }
            for s in scalars {
                if s == "\u{200D}" { flush() } else { part.append(s) }
            }
            flush()
            return
        }
        if DisplayWidth.isZeroWidth(first) {
            let category = first.properties.generalCategory
            if category == .format || first.value == 0x200B { return }  // invisible: drop
            // A mark with no base: draw it on a dotted circle.
            var s = "\u{25CC}"
            var marks = 0
            for sc in scalars where marks < maxMarks { s.unicodeScalars.append(sc); marks += 1 }
            body(Glyph(s, width: 1), false)
            return
        }
        var text = String(ch)
        if scalars.count > maxMarks + 1 {
            var kept = String.UnicodeScalarView()
            var marks = 0
            for s in scalars {
                if DisplayWidth.isZeroWidth(s), s.properties.generalCategory != .format {
                    marks += 1
                    if marks > maxMarks { continue }
                }
                kept.append(s)
            }
            text = String(kept)
        }
        body(Glyph(text, width: DisplayWidth.of(ch)), false)
    }
}
