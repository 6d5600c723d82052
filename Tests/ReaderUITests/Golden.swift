import Foundation
import Testing
@testable import ReaderUI

/// Golden-file comparison of whole screens, text and styles. Set LEGGIO_RECORD_GOLDEN=1 to
/// (re)write the files under Tests/ReaderUITests/Golden/ instead of comparing.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static func render(_ screen: Screen) -> String {
        var out = "size \(screen.width)x\(screen.height)"
        if let c = screen.cursor { out += " cursor \(c.x),\(c.y)" }
        out += "\n--- text\n" + screen.text + "\n--- styles\n" + screen.styleMap + "\n"
        return out
    }

    static func check(_ screen: Screen, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = folder.appendingPathComponent(name + ".txt")
        let actual = render(screen)
        if ProcessInfo.processInfo.environment["LEGGIO_RECORD_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try? actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name).txt; run with LEGGIO_RECORD_GOLDEN=1 to record it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var diff: [String] = []
        for i in 0..<max(e.count, a.count) where diff.count < 12 {
            let el = i < e.count ? String(e[i]) : "<none>"
            let al = i < a.count ? String(a[i]) : "<none>"
            if el != al { diff.append("line \(i + 1):\n  expected: \(el)\n  actual:   \(al)") }
        }
        let report = "screen differs from \(name).txt:\n" + diff.joined(separator: "\n")
        Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
    }
}
