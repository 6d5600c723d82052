import Testing
@testable import ReaderUI

@Suite("Help overlay")
struct HelpOverlayTests {
    @Test("The scroll note fits the bottom border at every size, or is left out", arguments: [20, 24, 30, 40, 60, 100])
    func noteFitsTheBorder(width: Int) throws {
        let s = try Fixture.reader(Size(width: width, height: 8)).pressing(.char("?")).0
        let bottom = (0..<s.size.height).map { s.screen.line($0) }.last { $0.contains("└") } ?? ""
        #expect(bottom.hasSuffix("┘"), "\(bottom)")
        #expect(!bottom.contains("…"), "\(bottom)")
        if width >= 30 { #expect(bottom.contains("/") || bottom.contains(" of "), "\(bottom)") }
    }

    @Test("A help line cut by a narrow box ends in …, keys and text alike", arguments: [(40, 12), (30, 10), (60, 20)])
    func cutLinesEndInAnEllipsis(width: Int, height: Int) throws {
        var s = try Fixture.reader(Size(width: width, height: height)).pressing(.char("?")).0
        var rows: [String] = []
        for _ in 0..<HelpOverlay.lines().count {
            let screen = s.screen
            for y in 1..<(screen.height - 2) {
                let line = (0..<screen.width).map { screen[$0, y].text }.joined()
                guard let l = line.firstIndex(of: "│"), let r = line.lastIndex(of: "│"), l < r else { continue }
                rows.append(String(line[line.index(after: l)..<r]))
            }
            s = s.pressing(.char("j")).0
        }
        #expect(!rows.isEmpty)
        // Keys start two columns into the box, their text `keyCol` further on.
        let keyCol = min(HelpOverlay.keyColumn, (HelpOverlay.box(size: s.size, lines: 1).width - 2) / 3)
        func trimmed(_ c: ArraySlice<Character>) -> String { TextFit.trimmed(String(c)) }
        func shows(_ full: String, _ part: String) -> Bool {
            part == full || (part.hasSuffix("…") && full.hasPrefix(String(part.dropLast())))
        }
        let lines = HelpOverlay.lines()
        for row in rows {
            let c = Array(row)
            let keys = trimmed(c.prefix(2 + keyCol).dropFirst(2)), text = trimmed(c.dropFirst(2 + keyCol))
            // A row shows its whole line, or each part cut ends in …
            let ok = lines.contains { l in
                l.keys.isEmpty ? shows(l.text, trimmed(c[...])) : shows(l.keys, keys) && shows(l.text, text)
            }
            #expect(ok, "\(row)")
        }
        if width == 40 {
            #expect(rows.contains { $0.contains("down a line (facts: n…") }, "\(rows)")
            #expect(rows.contains { $0.contains("b PgUp Ctr…") }, "\(rows)")
        }
    }
}
