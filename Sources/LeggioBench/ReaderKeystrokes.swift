import ArticleKit
import BenchSupport
import Foundation
import ReaderUI

/// Keystroke benchmark for the reader: a 1 MB article at 160x48, each key sent through
/// `Reader.update` (as a `ReaderMsg`) and the frame rendered into a `Screen` (what the terminal copies out;
/// curses' own diff and write are not included). Prints the time per key by kind.
enum ReaderKeystrokeBench {
    /// About 1 MB of seed-shaped text: the generated articles joined, their titles becoming
    /// section headings.
    static func megabyteArticle() -> [UInt8] {
        var bytes: [UInt8] = []
        var i = 0
        while bytes.count < 1_048_576 {
            bytes += SeedShapedArticle.make(index: i)
            bytes += Array("\n".utf8)
            i += 1
        }
        return bytes
    }

    static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    static func run() {
        let bytes = megabyteArticle()
        var t = now()
        guard let article = try? ArticleLoader.parse(bytes: bytes, path: "megabyte.txt") else { return }
        let parseMs = Double(now() - t) / 1e6
        t = now()
        let size = Size(width: 160, height: 48)
        var (state, _) = Reader.start(document: ReaderDocument(article: article), size: size)
        _ = Reader.render(state)
        let firstFrameMs = Double(now() - t) / 1e6
        t = now()
        let facts = FactExtractor.extract(article)
        state = Reader.update(state, .factsLoaded(facts)).0
        let factsMs = Double(now() - t) / 1e6
        print(String(format: "reader: %d bytes, %d sections, %d blocks, %d facts; parse %.1f ms, open + first frame %.1f ms, facts %.1f ms",
                     bytes.count, article.sections.count, state.document.blocks.count, facts.count, parseMs, firstFrameMs, factsMs))

        var groups: [(String, [ReaderMsg])] = []
        func keys(_ label: String, _ k: [Key]) { groups.append((label, k.map { .key($0) })) }
        keys("j / k (line)", Array(repeating: .char("j"), count: 300) + Array(repeating: .char("k"), count: 100))
        keys("Space / b (page)", Array(repeating: .char(" "), count: 200) + Array(repeating: .char("b"), count: 100))
        keys("d / u (half page)", Array(repeating: .char("d"), count: 50) + Array(repeating: .char("u"), count: 50))
        keys("] / [ (section)", Array(repeating: .char("]"), count: 100) + Array(repeating: .char("["), count: 50))
        keys("G / g / 1-9", [.char("G"), .char("g"), .char("5"), .char("9"), .char("1"), .end, .home])
        keys("t, j, Enter (contents)", [.char("t"), .char("j"), .char("j"), .enter, .char("t"), .escape])
        keys("? and Esc (help)", [.char("?"), .char("j"), .escape])
        keys("/ first keystroke (builds the fold index)", [.char("/")])
        keys("typing a query (search 1 MB per key)", "soldati".map { .char($0) })
        keys("Enter (first match)", [.enter])
        keys("n / N (match)", Array(repeating: .char("n"), count: 100) + Array(repeating: .char("N"), count: 30))
        keys("Tab (focus)", [.tab, .tab, .tab, .backTab])
        keys("facts: j and Enter (mention)", [.tab, .tab] + Array(repeating: .char("j"), count: 20) + Array(repeating: .enter, count: 20) + [.tab])
        keys("f first toggle (source panel re-wraps)", [.char("f")])
        keys("s first toggle (article re-wraps)", [.char("s")])
        keys("f / s toggles back and again (cached)", [.char("f"), .char("s"), .char("f"), .char("s"), .char("f"), .char("s")])
        groups.append(("mouse wheel", Array(repeating: ReaderMsg.mouse(MouseEvent(.wheelDown, x: 10, y: 10)), count: 50)))

        var all: [Double] = []
        for (label, events) in groups {
            var times: [Double] = []
            for e in events {
                let start = now()
                state = Reader.update(state, e).0
                let screen = Reader.render(state)
                let ms = Double(now() - start) / 1e6
                if screen.width == 0 { print("empty screen") }
                times.append(ms)
            }
            all += times
            times.sort()
            let padded = label.padding(toLength: 44, withPad: " ", startingAt: 0)
            print(padded + String(format: " %4d keys  median %7.3f ms  max %7.3f ms", times.count,
                                  times[times.count / 2], times.last ?? 0))
        }
        all.sort()
        let p95 = all[min(all.count - 1, all.count * 95 / 100)]
        let under5 = all.filter { $0 < 5 }.count
        print(String(format: "  all keys: %d, median %.3f ms, p95 %.3f ms, max %.3f ms; %d of %d under 5 ms",
                     all.count, all[all.count / 2], p95, all.last ?? 0, under5, all.count))
    }
}
