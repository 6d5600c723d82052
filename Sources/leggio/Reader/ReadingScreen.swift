import CursesTerminal
import Foundation
import ReaderUI

/// The screen shown while a slow file is read before the reader opens (`leggio FILE` on a
/// file of hundreds of MB): its name and size and how to leave, redrawn on resize, with `q`,
/// `Q`, Esc and Ctrl-C read all the while, so the terminal is never blank and deaf. It stays
/// up while the article is laid out, which the run loop does before its first frame.
@MainActor
enum ReadingScreen {
    /// Seconds the file may take before the screen is shown: a usual article is read in less,
    /// and opens without a flash.
    static let patience = 0.3

    /// Shows the screen until `loading` has read its file; false when the reader chose to leave.
    static func wait(for loading: ArticleLoading, on terminal: CursesTerminal) -> Bool {
        wait(until: { loading.isRead(waiting: 0) }, saying: message(path: loading.path), on: terminal)
    }

    /// Shows `line` until `done()` is true (asked every 100 ms); false when the reader chose to leave.
    static func wait(until done: () -> Bool, saying line: String, on terminal: CursesTerminal) -> Bool {
        func draw(full: Bool) {
            let size = terminal.size
            var screen = Screen(width: size.width, height: size.height)
            if size.height > 0 {
                _ = screen.put(line, x: 1, y: size.height / 2, role: .status, maxX: size.width - 1)
            }
            terminal.draw(screen, full: full)
        }
        draw(full: true)
        terminal.setInputTimeout(milliseconds: 100)
        while !done() {
            if terminal.stopSignal != nil { return false }
            switch terminal.nextEvent() {
            case .key(.char("q")), .key(.char("Q")), .key(.escape), .key(.ctrl("c")): return false
            case .resize, .redraw: draw(full: true)
            default: break
            }
        }
        return true
    }

    /// `Reading big.txt (195 MB)… q quits`; `Reading standard input… q quits`.
    static func message(path: String?) -> String {
        guard let path else { return "Reading standard input… q quits" }
        let name = (path as NSString).lastPathComponent
        let bytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        let size = bytes.map { " (\(max(1, ($0 + 500_000) / 1_000_000)) MB)" } ?? ""
        return "Reading \(name)\(size)… q quits"
    }
}
