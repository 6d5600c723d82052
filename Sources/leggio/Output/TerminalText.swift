import Foundation
import ReaderUI

/// Text for standard output or error: on a terminal every line passes through the sanitizer,
/// so escape sequences and bidi overrides from a document or a file name are shown, not obeyed;
/// into a pipe or a file it goes as it is, like `cat`.
enum TerminalText {
    static func forOutput(_ text: String, fd: Int32) -> String {
        guard isatty(fd) != 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(Sanitizer.clean).joined(separator: "\n")
    }

    /// Prints to standard output, sanitized when it is a terminal.
    static func print(_ text: String) {
        Swift.print(forOutput(text, fd: 1), terminator: "")
    }
}
