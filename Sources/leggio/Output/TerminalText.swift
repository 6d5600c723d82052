import ArticleKit
import Foundation
import ReaderUI

/// Text for standard output or error: on a terminal every line passes through the sanitizer,
/// so escape sequences and bidi overrides from a document or a file name are shown, not obeyed
/// (a file name's byte that is not UTF-8 as `\xFF`); into a pipe or a file it goes as it is,
/// like `cat`, such a byte as the byte itself (`FilePath`).
enum TerminalText {
    static func forOutput(_ text: String, fd: Int32) -> String {
        guard isatty(fd) != 0 else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(Sanitizer.clean).joined(separator: "\n")
    }

    /// The bytes to write to `fd`: sanitized on a terminal, else with file names' bytes as they are.
    static func bytes(_ text: String, fd: Int32) -> [UInt8] {
        isatty(fd) != 0 ? Array(forOutput(text, fd: fd).utf8) : FilePath.bytes(text)
    }

    /// Prints to standard output, sanitized when it is a terminal.
    static func print(_ text: String) {
        let out = bytes(text, fd: 1)
        FileHandle.standardOutput.write(Data(out))
    }
}
