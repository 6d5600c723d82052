/// Turns the blocks a structured parser (Markdown, HTML) found, in reading order, into an
/// `Article`: headings open sections, a leading summary paragraph becomes the lede, words are
/// counted and the language detected. Shared so both parsers shape articles the same way;
/// the plain-text parser, which finds its lede and language its own way, shares `sections`.
struct ArticleAssembler {
    var title: Block?
    /// The lede when the document names it (a front matter `summary`); else the first
    /// paragraph when it reads as a summary and `ledeFromOpening` allows it.
    var lede: Block?
    /// Whether a first paragraph that reads as a summary becomes the lede: always in HTML
    /// pages, in Markdown only when a byline sets it apart (`MarkdownParser`).
    var ledeFromOpening = true
    var blocks: [Block] = []
    var dropped: [DroppedBlock] = []
    var author: String?
    var date: String?
    /// The language the document declares (HTML `lang`, `content-language`), if any.
    var declaredLanguage: Language?
    /// Dates of sections, by the start offset of their heading's span.
    var sectionDates: [Int: String] = [:]

    /// Collapses every run of whitespace (spaces, tabs, line breaks) to one space and trims.
    static func collapse(_ text: String) -> String {
        var out: [UInt8] = []
        var copy = text
        copy.withUTF8 { b in
            out.reserveCapacity(b.count)
            var space = false
            for c in b {
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C || c == 0x0B {
                    space = true
                } else {
                    if space, !out.isEmpty { out.append(0x20) }
                    space = false
                    out.append(c)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The body's blocks grouped into sections: each heading opens one, and the blocks before
    /// the first heading form an untitled one. Every parser's sections are made here.
    /// `dates` are sections' dates by the start offset of their heading's span.
    static func sections(of body: [Block], dates sectionDates: [Int: String] = [:]) -> [Section] {
        var sections: [Section] = []
        var heading: Block?
        var current: [Block] = []
        func close() {
            let spans = (heading.map { [$0.span] } ?? []) + current.map(\.span)
            guard let first = spans.first else { return }
            sections.append(Section(heading: heading, blocks: current, span: spans.dropFirst().reduce(first) { $0.union($1) },
                                    date: heading.flatMap { sectionDates[$0.span.start] }))
        }
        for block in body {
            if block.kind == .heading {
                close()
                heading = block
                current = []
            } else {
                current.append(block)
            }
        }
        close()
        return sections
    }

    func build(source: SourceText, path: String?, format: DocumentFormat, encoding: TextEncoding) -> Article {
        var body = blocks
        var lede = self.lede
        if lede == nil, ledeFromOpening, let first = body.first, first.kind == .paragraph, PlainTextParse.readsAsSummary(first.text) {
            lede = first
            lede?.kind = .lede
            body.removeFirst()
        }
        let sections = Self.sections(of: body, dates: sectionDates)

        var words = 0
        var sample = ""
        for block in [title, lede].compactMap({ $0 }) + body {
            words += WordCount.of(block.text)
            if sample.utf8.count < 4096 {
                sample += block.text
                sample += " "
            }
        }
        return Article(
            path: path, format: format, encoding: encoding, language: LanguageDetector.detect(sample, declared: declaredLanguage),
            title: title, lede: lede, sections: sections, dropped: dropped,
            author: author, date: date, source: source, words: words)
    }
}
