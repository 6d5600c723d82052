import ArticleKit
import Testing
@testable import ReaderUI

/// Which sections the contents box (`t`) lists: all of them when the box holds them all,
/// otherwise a full window with the selected section in it (never empty rows while
/// earlier sections are scrolled out).
@Suite("Contents window")
struct ContentsWindowTests {
    /// A Markdown article of nine sections: the untitled opening one and eight headings.
    static func nineSections(_ size: Size) throws -> ReaderState {
        var text = "# Titolo\n\nUn paragrafo di apertura.\n\n"
        for i in 2...9 { text += "## Sezione \(i)\n\nIl testo della sezione \(i), con qualche parola.\n\n" }
        let a = try Fixture.article(text: text, path: "nove.md")
        return Reader.start(document: ReaderDocument(article: a), size: size).0
    }

    /// The section numbers on the box's rows, nil for an empty row.
    static func listed(_ screen: Screen) -> [Int?] {
        let lines = (0..<screen.height).map { screen.line($0) }
        guard let top = lines.firstIndex(where: { $0.contains("┌─ Contents") }),
              let bottom = lines[top...].firstIndex(where: { $0.contains("└") }) else { return [] }
        return lines[(top + 1)..<bottom].map { line in
            let inside = line.drop { $0 != "│" }.dropFirst()
            return Int(inside.drop { $0 == " " }.prefix { $0.isNumber })
        }
    }

    @Test("Every section is listed when the box holds them all, whichever is current",
          arguments: [Size(width: 100, height: 30), Size(width: 80, height: 24), Size(width: 60, height: 20)])
    func allListed(size: Size) throws {
        let s = try Self.nineSections(size)
        #expect(s.document.sectionCount == 9)
        for n in 1...9 {
            let open = s.pressing(.char(Character(String(n))), .char("t")).0
            #expect(Self.listed(open.screen) == Array(1...9).map { Optional($0) }, "opened at §\(n)")
        }
    }

    @Test("A box too short for every section is filled and holds the current one",
          arguments: [Size(width: 60, height: 8), Size(width: 40, height: 10), Size(width: 30, height: 7)])
    func windowFilled(size: Size) throws {
        let s = try Self.nineSections(size)
        for n in 1...9 {
            let open = s.pressing(.char(Character(String(n))), .char("t")).0
            let rows = Self.listed(open.screen)
            let shown = rows.compactMap { $0 }
            #expect(!rows.isEmpty && shown.count == rows.count, "opened at §\(n): \(rows)")
            #expect(shown.contains(n), "opened at §\(n): \(rows)")
            #expect(shown == Array((shown.first ?? 1)..<((shown.first ?? 1) + shown.count)), "\(rows)")
        }
    }

    @Test("A taller screen lists the sections above instead of empty rows")
    func resizeFills() throws {
        let small = try Self.nineSections(Size(width: 60, height: 8)).pressing(.char("9"), .char("t")).0
        #expect(Self.listed(small.screen).last == 9)
        let tall = Reader.update(small, .resize(Size(width: 100, height: 30))).0
        #expect(Self.listed(tall.screen) == Array(1...9).map { Optional($0) })
        let middle = Reader.update(small, .resize(Size(width: 60, height: 10))).0
        #expect(Self.listed(middle.screen) == [4, 5, 6, 7, 8, 9])
    }
}
