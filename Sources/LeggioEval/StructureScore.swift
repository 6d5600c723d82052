import ArticleKit
import Foundation

/// How one parsed document compares with its key on structure: title, headings, paragraph
/// count, boilerplate kept, words lost, date and language.
struct StructureScore {
    var titleRight: Bool
    /// The lede is found where the key has one (its opening words match) and absent where not.
    var ledeRight: Bool
    var parsedLede: String?
    var headingsFound: Int
    var headingsRight: Int
    var headingsKeyed: Int
    var paragraphs: Int
    var paragraphsKeyed: Int
    var boilerplateKept: [String]
    var boilerplateKeyed: Int
    /// Share of the document's words found in kept or dropped text.
    var coverage: Double
    var dateRight: Bool
    /// A date given as stated where the key says the document states none.
    var dateInvented: Bool
    var languageRight: Bool
    var parsedTitle: String?
    var parsedHeadings: [String]
    var parsedDate: String?
    var parsedLanguage: String

    var paragraphsWithinTenPercent: Bool {
        abs(paragraphs - paragraphsKeyed) <= paragraphsKeyed / 10
    }

    init(article: Article, key rawKey: CorpusKey) {
        let key = article.format == .markdown ? Self.shown(rawKey) : rawKey
        parsedTitle = article.title.map { TextMatch.collapsed($0.text) }
        titleRight = parsedTitle == key.title.map(TextMatch.collapsed)

        parsedLede = article.lede.map { TextMatch.collapsed($0.text) }
        if let keyed = key.lede.map(TextMatch.folded), let found = article.lede.map({ TextMatch.folded($0.text) }) {
            ledeRight = !keyed.isEmpty && found.hasPrefix(keyed)
        } else {
            ledeRight = key.lede == nil && article.lede == nil
        }

        parsedHeadings = article.sections.compactMap { $0.heading?.text }
        var unmatched = key.headings.map(TextMatch.folded)
        headingsKeyed = unmatched.count
        headingsFound = parsedHeadings.count
        headingsRight = 0
        for heading in parsedHeadings.map(TextMatch.folded) {
            if let i = unmatched.firstIndex(of: heading) {
                unmatched.remove(at: i)
                headingsRight += 1
            }
        }

        let body = article.sections.reduce(0) { sum, section in
            sum + section.blocks.filter { $0.kind == .paragraph || $0.kind == .quote }.count
        }
        paragraphs = Self.paragraphs(body: body, parsedLede: article.lede != nil, keyedLede: key.lede != nil)
        paragraphsKeyed = key.paragraphs

        // The body's blocks, not the title: a key lists a title printed twice as boilerplate
        // (the second copy), which the title itself does not make kept.
        let kept = FlatArticle(article).blocks.dropFirst(article.title == nil ? 0 : 1).map { TextMatch.folded($0.text) }
        boilerplateKeyed = key.boilerplate.count
        boilerplateKept = key.boilerplate.filter { line in
            let folded = TextMatch.folded(line)
            guard !folded.isEmpty else { return false }
            let long = folded.split(separator: " ").count >= 4
            return kept.contains { $0 == folded || (long && $0.contains(folded)) }
        }

        coverage = Self.coverage(article: article)

        parsedDate = article.date
        if let stated = key.date {
            dateRight = article.date.map { Self.date($0, matches: stated) } ?? false
            dateInvented = false
        } else {
            dateRight = article.date == nil
            dateInvented = article.date != nil
        }

        parsedLanguage = article.language.rawValue
        languageRight = parsedLanguage == key.language
    }

    /// A Markdown document's key with its texts as the document shows them (`TextMatch.markdownShown`).
    static func shown(_ key: CorpusKey) -> CorpusKey {
        var k = key
        k.title = k.title.map(TextMatch.markdownShown)
        k.lede = k.lede.map(TextMatch.markdownShown)
        k.headings = k.headings.map(TextMatch.markdownShown)
        k.boilerplate = k.boilerplate.map(TextMatch.markdownShown)
        return k
    }

    /// The parse's paragraphs counted as the key counts them: the key leaves out the lede it
    /// names, so the parse's lede is counted as a paragraph where the key names none, and the
    /// parse's first paragraph is left out where the key names a lede the parse did not take.
    /// Whether the lede is right is scored on its own (`ledeRight`); counted here as well, one
    /// disagreement about the lede would also miss the paragraph count.
    static func paragraphs(body: Int, parsedLede: Bool, keyedLede: Bool) -> Int {
        Swift.max(0, body + (parsedLede ? 1 : 0) - (keyedLede ? 1 : 0))
    }

    /// True when the parser's date starts with the key's ISO date and says no more than a time.
    static func date(_ parsed: String, matches stated: String) -> Bool {
        guard parsed.hasPrefix(stated) else { return false }
        let rest = parsed.dropFirst(stated.count)
        return rest.isEmpty || rest.first == "T" || rest.first == " "
    }

    /// Words of the document as a reader sees them (markup and link targets left out) that
    /// appear in the kept or the dropped text, counted with multiplicity.
    static func coverage(article: Article) -> Double {
        let visible = visibleText(article)
        var source: [Substring: Int] = [:]
        for w in TextMatch.words(visible) { source[w, default: 0] += 1 }
        var have: [Substring: Int] = [:]
        let texts = FlatArticle(article).blocks.map(\.text) + article.dropped.map(\.text) + [article.author ?? "", article.date ?? ""]
        for t in texts { for w in TextMatch.words(t) { have[w, default: 0] += 1 } }
        let total = source.values.reduce(0, +)
        guard total > 0 else { return 1 }
        let covered = source.reduce(0) { $0 + min($1.value, have[$1.key] ?? 0) }
        return Double(covered) / Double(total)
    }

    /// The text a reader would see: HTML without tags, scripts, styles and comments; Markdown
    /// without link targets, reference labels and HTML tags, references decoded as in HTML;
    /// plain text as is.
    static func visibleText(_ article: Article) -> String {
        var text = article.source.text
        func strip(_ pattern: String, _ with: String = " ") {
            text = text.replacingOccurrences(of: pattern, with: with, options: [.regularExpression, .caseInsensitive])
        }
        switch article.format {
        case .html:
            strip("<!--[\\s\\S]*?-->")
            strip("<(script|style|noscript|template|svg)\\b[\\s\\S]*?</\\1\\s*>")
            // Inline tags join what they split (`d'Als<span class="a-coeur">a</span>ce` is one
            // word on the page); other tags part words.
            strip("</?(a|abbr|b|bdi|bdo|cite|code|data|dfn|em|font|i|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var|big|strike|tt)\\b[^>]*>", "")
            strip("<[^>]*>")
            text = decodeEntities(text)
        case .markdown:
            // An ordered list's numbers are markers, not words a reader sees in the text.
            strip("(?m)^[ \\t>]*[0-9]{1,9}[.)](?=[ \\t])")
            strip("\\]\\([^)]*\\)", "]")
            // A reference link's label (`[text][label]`) and its definition are no words on the page.
            strip("\\]\\[[^\\]]*\\]", "]")
            strip("(?m)^[ \\t]{0,3}\\[[^\\]]+\\]:[ \\t]*\\S+.*$")
            // A site generator's markup is read by the site, not shown: Hugo shortcodes (a
            // figure's caption aside) and kramdown attribute lists (`{:target="_blank"}`).
            text = withoutShortcodes(text)
            strip("\\{:[^}\\n]*\\}")
            strip("<[^>]*>")
            strip("https?://\\S+")
            text = decodeEntities(text)
        case .text:
            break
        }
        return text
    }

    /// Markdown text without its Hugo shortcodes (`{{< figure src="…" caption="…" >}}`, `{{%
    /// notice %}}`): a figure shows its caption (else its title), no other shortcode shows a word.
    static func withoutShortcodes(_ text: String) -> String {
        guard text.contains("{{") else { return text }
        let shortcode = try! NSRegularExpression(pattern: "\\{\\{[<%]([\\s\\S]{0,4000}?)[>%]\\}\\}")
        let caption = try! NSRegularExpression(pattern: "^\\s*figure\\b[\\s\\S]*?\\b(?:caption|title)=\"((?:[^\"\\\\]|\\\\.)*)\"")
        let ns = text as NSString
        var out = ""
        var last = 0
        for m in shortcode.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last)) + " "
            let inner = ns.substring(with: m.range(at: 1))
            if let c = caption.firstMatch(in: inner, range: NSRange(location: 0, length: (inner as NSString).length)) {
                out += (inner as NSString).substring(with: c.range(at: 1)) + " "
            }
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }

    static func decodeEntities(_ s: String) -> String {
        var t = s
        for (a, b) in [("&nbsp;", " "), ("&amp;", "&"), ("&quot;", "\""), ("&#39;", "'"), ("&apos;", "'"), ("&lt;", "<"), ("&gt;", ">")] {
            t = t.replacingOccurrences(of: a, with: b)
        }
        // Words holding other references are left out of the count rather than decoded here.
        // A numeric reference may leave out its `;` (`&#8226` shows a bullet, as browsers read it).
        return t.replacingOccurrences(of: "[^\\s<>]*&(#[0-9]+;?|#[xX][0-9A-Fa-f]+;?|[A-Za-z0-9]+;)[^\\s<>]*", with: " ", options: .regularExpression)
    }
}
