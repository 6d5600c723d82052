import Foundation
import Testing
@testable import ArticleKit

/// The boilerplate rules read most lines from their bytes; what they read must be what reading
/// the line through `String` gives, and the phrase tables must answer as a scan in order.
@Suite("Furniture lines and phrase tables")
struct FurnitureLineTests {
    /// Every line of the corpus and the samples, the vocabulary's phrases in three casings, and
    /// lines built to trip byte-level reading.
    static let lines: [String] = {
        var lines: [String] = []
        let docs = TextMapParsingTests.corpus + TextMapParsingTests.samples
        for path in docs {
            guard let article = try? TextMapParsingTests.load(path) else { continue }
            let source = article.source
            for number in 1...max(1, source.lineCount) where source.lineCount > 0 {
                let range = source.lineRange(number)
                let text = String(decoding: source.utf8[range], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                if !text.isEmpty, text.utf8.count <= Boilerplate.maxBytes { lines.append(text) }
            }
        }
        let v = Boilerplate.vocabulary
        let phrases = Array(v.whole.keys) + (v.prefixes + v.contains + v.suffixes).map { String(decoding: $0.0, as: UTF8.self) }
        for phrase in phrases {
            lines += [phrase, phrase.uppercased(), phrase.capitalized, "• " + phrase.uppercased() + " here", "- | " + phrase]
        }
        lines += [
            "- \u{301}Share on Facebook", "www.\u{301}example.com", "Condividi  \u{301} su Facebook",
            "Leggi anche 👍", "PHOTO: İstanbul", "CONDIVIDI SU FACEBOOK", "ÉDITION ABONNÉS", "Œuvres — Crédit photo",
            "\t Share\tthis  article ", "• · - | Tweet", "Kelvin \u{212A} credit", "x\u{0378}", "Lo \u{2000} stesso",
        ]
        return lines
    }()

    @Test func theLinesAreThere() {
        #expect(Self.lines.count > 10_000)
    }

    @Test("A line read from bytes is the line read through String")
    func bytesReadAsString() {
        var fromBytes = 0
        for text in Self.lines {
            var copy = text
            copy.withUTF8 { bytes in
                let slow = FurnitureLine(text: text)
                guard let fast = FurnitureLine(bytes: bytes) else { return }
                fromBytes += 1
                #expect(fast.lower == slow.lower, "\(text)")
                #expect(fast.collapsed == slow.collapsed, "\(text)")
                #expect(fast.words == slow.words, "\(text)")
                #expect(fast.hasSpace == slow.hasSpace, "\(text)")
                #expect(Boilerplate.reason(fast, original: bytes) == Boilerplate.reason(slow, original: bytes), "\(text)")
            }
        }
        // Nearly every real line is read from its bytes.
        #expect(fromBytes * 10 > Self.lines.count * 9)
    }

    @Test("Lines only String reads right are not read from bytes")
    func stringOnlyLines() {
        for text in ["- \u{301}Share on Facebook", "www.\u{301}example.com", "Leggi anche 👍", "PHOTO: İstanbul",
                     "Kelvin \u{212A} credit", "Lo \u{2000} stesso"] {
            var copy = text
            #expect(copy.withUTF8 { FurnitureLine(bytes: $0) } == nil, "\(text)")
        }
        let invalid: [UInt8] = [0x41, 0xC3, 0x28, 0x42]
        #expect(invalid.withUnsafeBufferPointer { FurnitureLine(bytes: $0) } == nil)
    }

    @Test("The lowering table is the standard library's lowering")
    func loweringTable() {
        for (value, lowered) in FurnitureLine.lowerTable.enumerated() where lowered != 0 {
            let scalar = Unicode.Scalar(UInt32(value))!
            #expect(String(scalar).lowercased().unicodeScalars.map(\.value) == [lowered], "U+\(String(value, radix: 16))")
            let text = "A " + String(scalar) + " b\t" + String(scalar)
            var copy = text
            let fast = copy.withUTF8 { FurnitureLine(bytes: $0) }
            #expect(fast?.collapsed == FurnitureLine(text: text).collapsed, "U+\(String(value, radix: 16))")
        }
    }

    @Test("Phrase tables answer as a scan of the phrases in order")
    func phraseTables() {
        let phrases = Boilerplate.vocabulary.prefixes.map(\.0) + Boilerplate.vocabulary.contains.map(\.0)
            + [Array("c".utf8), Array("©".utf8), Array("e".utf8), Array("di".utf8)]
        let table = PhraseTable(phrases)
        // Every fifth line: the scan it is checked against is slow.
        for text in stride(from: 0, to: Self.lines.count, by: 5).map({ Self.lines[$0] }) {
            let line = FurnitureLine(text: text).collapsed
            line.withUnsafeBufferPointer { b in
                let prefix = phrases.firstIndex { line.starts(with: $0) && $0.count % 3 != 1 }
                #expect(table.firstPrefix(of: b, where: { phrases[$0].count % 3 != 1 }) == prefix, "\(text)")
                let contained = phrases.firstIndex { phrase in
                    (0...max(0, line.count - phrase.count)).contains { i in
                        line.count >= phrase.count && line[i..<i + phrase.count].elementsEqual(phrase)
                    }
                }
                #expect(table.firstContained(in: b) == contained, "\(text)")
            }
        }
    }
}
