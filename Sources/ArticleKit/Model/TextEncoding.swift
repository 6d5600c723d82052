/// The encoding a file's bytes were read in, recorded on every `Article`.
public enum TextEncoding: String, Sendable, Codable, CaseIterable {
    case utf8 = "utf-8"
    /// UTF-8 with a byte-order mark (the mark is not part of the decoded text).
    case utf8BOM = "utf-8-bom"
    case utf16LE = "utf-16le"
    case utf16BE = "utf-16be"
    /// Invalid as UTF-8 but clean as Windows-1252 (the usual Western "ANSI" code page).
    case windows1252 = "windows-1252"
    /// Mostly UTF-8 with some invalid bytes, each replaced by U+FFFD.
    case utf8Lossy = "utf-8-lossy"
}
