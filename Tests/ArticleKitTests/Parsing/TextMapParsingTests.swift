import Foundation
import Testing
@testable import ArticleKit

/// Every parser fills each block's text map so that each word of the text maps to the source
/// bytes that show it, in all three formats.
@Suite("Text maps from the parsers")
struct TextMapParsingTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let samples = ["biblioteca-torino.txt", "harbour-wind-farm.txt", "harbour-council-vote.html",
                          "mercato-porta-palazzo.html", "reading-the-tide-tables.md", "sensori-po.md"]
        .map { "Sources/ArticleKit/Resources/Samples/" + $0 }

    /// Every document of the corpus (plain text, Markdown and saved pages).
    static let corpus: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Tests/Corpus/docs").path)) ?? []
        return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") || $0.hasSuffix(".html") }.sorted().map { "Tests/Corpus/docs/" + $0 }
    }()

    @Test func corpusIsThere() {
        #expect(Self.corpus.count >= 100)
    }

    static func load(_ path: String) throws -> Article {
        try ArticleLoader.load(path: root.appendingPathComponent(path).path)
    }

    @Test(arguments: samples + corpus)
    func everyWordMapsToItsSourceBytes(path: String) throws {
        let article = try Self.load(path)
        var words = 0
        for block in FlatArticle(article).blocks {
            for range in Self.words(block.text) {
                words += 1
                let word = String(decoding: Array(block.text.utf8)[range], as: UTF8.self)
                let span = block.span(ofTextRange: range, in: article.source)
                let shown = Self.shown(article.source.string(in: span), format: article.format)
                #expect(Self.folded(shown) == Self.folded(word), "\(path) line \(span.firstLine): \(word) ← \(article.source.string(in: span))")
                #expect(block.span.contains(span), "\(path): \(word) outside its block")
                // And back: the source span shows exactly the word.
                #expect(block.textRange(ofSource: span) == range, "\(path): \(word) does not map back")
            }
        }
        #expect(words > 0)
    }

    @Test func characterReferenceMapsToTheCharacter() throws {
        let html = "<html><body><article><p>Fish &amp; chips, caf&#233; and more words here to read.</p></article></body></html>"
        let article = try! ArticleLoader.parse(bytes: Array(html.utf8), path: "x.html")
        let block = try #require(FlatArticle(article).blocks.first { $0.text.hasPrefix("Fish") })
        #expect(block.text.hasPrefix("Fish & chips, café"))
        let amp = block.span(ofTextRange: 5..<6, in: article.source)
        #expect(article.source.string(in: amp) == "&amp;")
        let cafe = try #require(Self.words(block.text).first { String(decoding: Array(block.text.utf8)[$0], as: UTF8.self) == "café" })
        #expect(article.source.string(in: block.span(ofTextRange: cafe, in: article.source)) == "caf&#233;")
        #expect(block.textRange(ofSource: amp) == 5..<6)
    }

    @Test func collapsedWhitespaceMapsToTheBlanksItReplaced() throws {
        let text = "Titolo della prova\n\nUna riga di testo   con spazi\n    e un a capo che continua la frase qui.\n"
        let article = parse(text)
        let block = try #require(FlatArticle(article).blocks.first { $0.text.hasPrefix("Una riga") })
        #expect(block.text == "Una riga di testo con spazi e un a capo che continua la frase qui.")
        let space = "Una riga di testo".utf8.count
        #expect(article.source.string(in: block.span(ofTextRange: space..<(space + 1), in: article.source)) == "   ")
        let join = block.text.utf8.count - " e un a capo che continua la frase qui.".utf8.count
        #expect(article.source.string(in: block.span(ofTextRange: join..<(join + 1), in: article.source)) == "\n    ")
    }

    @Test func markdownMarkupIsLeftOutOfTheWords() throws {
        let md = "# Titolo\n\nUn paragrafo con **grassetto** e un [collegamento](https://example.com/pagina) e `codice` qui.\n"
        let article = try! ArticleLoader.parse(bytes: Array(md.utf8), path: "x.md")
        let block = try #require(FlatArticle(article).blocks.first { $0.text.hasPrefix("Un paragrafo") })
        for word in ["grassetto", "collegamento", "codice", "qui"] {
            let r = block.text.utf8.ranges(of: word)
            let range = r.lowerBound..<r.upperBound
            #expect(article.source.string(in: block.span(ofTextRange: range, in: article.source)) == word)
        }
    }

    /// The source text a word of the block whose text starts with `prefix` maps to.
    static func source(of word: String, inBlockStarting prefix: String, _ bytes: String, path: String) throws -> String {
        let article = try ArticleLoader.parse(bytes: Array(bytes.utf8), path: path)
        let block = try #require(FlatArticle(article).blocks.first { $0.text.hasPrefix(prefix) })
        return article.source.string(in: block.span(ofTextRange: block.text.utf8.ranges(of: word), in: article.source))
    }

    @Test func brokenCommentLibxml2ShowsMapsToItsBytes() throws {
        let html = "<html><body><article><p>Uno <! -- Blog Post  --> e poi le altre parole del paragrafo.</p></article></body></html>"
        #expect(try Self.source(of: "Blog", inBlockStarting: "Uno", html, path: "x.html") == "Blog")
        #expect(try Self.source(of: "poi", inBlockStarting: "Uno", html, path: "x.html") == "poi")
    }

    @Test func markdownInlineTagIsSkippedEvenWhenItsNameStartsTheWord() throws {
        let md = "# Titolo\n\nYou begin to see truly extraordinary <i>individuals</i> and <https://example.org/x> here.\n"
        #expect(try Self.source(of: "individuals", inBlockStarting: "You", md, path: "x.md") == "individuals")
        #expect(try Self.source(of: "example", inBlockStarting: "You", md, path: "x.md") == "example")
    }

    @Test func markdownReferenceAfterALinkMapsToTheReference() throws {
        let md = "# Titolo\n\nFür die Performance &bdquo;[80 Minuten Freiheit](http://example.org/programm/spielplan/2015-10/80-minuten-freiheit/1451/#performances)&ldquo; des Theaters.\n"
        #expect(try Self.source(of: "Freiheit\u{201C}", inBlockStarting: "Für", md, path: "x.md") == "Freiheit](http://example.org/programm/spielplan/2015-10/80-minuten-freiheit/1451/#performances)&ldquo;")
    }

    @Test func strayEndTagDoesNotEndTheElement() throws {
        let html = "<html><body><article><h1>Actualités</span> &amp; Événements</h1><p>Un paragraphe de texte assez long pour être gardé dans le corps de la page.</p></article></body></html>"
        let article = try ArticleLoader.parse(bytes: Array(html.utf8), path: "x.html")
        let title = try #require(article.title)
        #expect(title.text == "Actualités & Événements")
        #expect(article.source.string(in: title.span).hasSuffix("Événements</h1>"))
    }

    // MARK: Helpers

    /// Byte ranges of the words of a text (runs of word bytes).
    static func words(_ text: String) -> [Range<Int>] {
        let b = Array(text.utf8)
        var out: [Range<Int>] = []
        var start: Int?
        for (i, c) in b.enumerated() {
            if Bytes.isWordByte(c) {
                if start == nil { start = i }
            } else if let s = start {
                out.append(s..<i)
                start = nil
            }
        }
        if let s = start { out.append(s..<b.count) }
        return out
    }

    /// What source text shows: in HTML, tags dropped and references decoded; in Markdown,
    /// emphasis marks, link brackets, link targets and escapes dropped, references decoded.
    static func shown(_ source: String, format: DocumentFormat) -> String {
        switch format {
        case .html:
            var out = ""
            var inTag = false
            for c in source {
                if c == "<" { inTag = true } else if c == ">" && inTag { inTag = false } else if !inTag { out.append(c) }
            }
            return decoded(out)
        case .markdown:
            // Link targets left out: a word can run from a link's text over its target (`Freiheit](…)&ldquo;`).
            let targets = source.replacingOccurrences(of: #"\]\([^)\s]*\)"#, with: "]", options: .regularExpression)
            return decoded(String(targets.filter { !"*_~`\\[]".contains($0) }))
        case .text: return source
        }
    }

    /// Character references decoded (as `TextAligner` reads them), blanks made one space.
    static func decoded(_ s: String) -> String {
        let b = Array(s.utf8)
        var out: [UInt8] = []
        b.withUnsafeBufferPointer { p in
            var j = 0
            while j < p.count {
                if p[j] == UInt8(ascii: "&"), let (bytes, end) = TextAligner.reference(p, j, p.count) {
                    out += bytes
                    j = end
                } else {
                    out.append(p[j])
                    j += 1
                }
            }
        }
        return String(decoding: out, as: UTF8.self).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Folded for comparing, without blanks (a no-break space is a word byte in the text).
    static func folded(_ s: String) -> [UInt8] {
        TextFolding.fold(s.replacingOccurrences(of: "\u{A0}", with: ""), lowercase: true).bytes.filter { $0 != 0x20 }
    }
}

private extension String.UTF8View {
    /// Byte offsets of the first occurrence of `word`.
    func ranges(of word: String) -> Range<Int> {
        let hay = Array(self), needle = Array(word.utf8)
        let at = (0...(hay.count - needle.count)).first { Array(hay[$0..<($0 + needle.count)]) == needle }!
        return at..<(at + needle.count)
    }
}
