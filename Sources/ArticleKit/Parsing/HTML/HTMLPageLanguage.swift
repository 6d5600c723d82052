/// The language of a page that declares none and whose article is too short to tell (a title,
/// a line and a table of names): the page's own furniture, its menu, header and footer, is
/// written in the same language, so it is read with the article's text. Scripts and styles
/// are left out; a table's cells (names, numbers) are left out of the article's text.
enum HTMLPageLanguage {
    /// The language the text and furniture tell together, or nil when the article's text tells
    /// alone (or nothing tells).
    static func fromFurniture(title: Block?, blocks: [Block], dropped: [DroppedBlock], source: SourceText) -> Language? {
        var sample = ([title].compactMap { $0 } + blocks.filter { $0.kind != .table }).prefix(40).map(\.text).joined(separator: " ")
        guard LanguageDetector.detect(sample) == .unknown else { return nil }
        for block in dropped where !isCode(block.span, source) {
            sample += " " + block.text
        }
        let found = LanguageDetector.detect(sample)
        return found == .unknown ? nil : found
    }

    /// True for a dropped `<script>` or `<style>` element (code, not words).
    static func isCode(_ span: SourceSpan, _ source: SourceText) -> Bool {
        let bytes = source.utf8
        guard span.start + 6 <= bytes.count, bytes[span.start] == UInt8(ascii: "<") else { return false }
        let name = bytes[(span.start + 1)..<(span.start + 6)].map { $0 | 0x20 }
        return name.elementsEqual("scrip".utf8) || name.elementsEqual("style".utf8)
    }
}
