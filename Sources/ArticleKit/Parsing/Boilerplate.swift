import Foundation

/// Recognises the leftovers of scraped web pages — share buttons, "Leggi anche" links, menus,
/// bylines, captions and credits, copyright lines, cookie notices, newsletter calls,
/// advertisement labels — when a whole line is clearly one of them. The vocabulary, in
/// it/en/de/fr/es, is data: `Resources/Boilerplate/furniture.txt`.
enum Boilerplate {
    /// Lines longer than this are prose, never boilerplate.
    static let maxBytes = 400

    static func reason(forLine text: String) -> DroppedBlock.Reason? {
        guard text.utf8.count <= maxBytes else { return nil }
        var lower = text.lowercased()
        // A bullet in front of a menu entry or a byline does not change what it is.
        for bullet in ["• ", "· ", "- ", "| "] where lower.hasPrefix(bullet) { lower.removeFirst(bullet.count) }
        let words = lower.unicodeScalars.split(whereSeparator: separators.contains).map { String(String.UnicodeScalarView($0)) }
        guard !words.isEmpty else { return nil }
        // A bare address on a line of its own (`www.example.com`, an embed's URL).
        if !lower.contains(" "), ["http://", "https://", "www.", "[embed]"].contains(where: lower.hasPrefix) { return .pageFurniture }
        let v = vocabulary

        var whole = words.joined(separator: " ")
        if whole.hasSuffix(":") { whole.removeLast() }
        if let reason = v.whole[whole] { return reason }
        // Matched on UTF-8 bytes: Foundation's `contains` on strings cost 60% of a parse.
        let collapsed = Array(lower.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ").utf8)
        if words.count <= 25 {
            for (phrase, reason) in v.prefixes where collapsed.starts(with: phrase) {
                let n = phrase.count
                guard n == collapsed.count || phrase.last == 0x3A || collapsed[n] == 0x20 || collapsed[n] == 0x3A else { continue }
                if reason == .byline, !isByline(words: words.count, original: text,
                                                phraseWords: phrase.split(separator: 0x20).count) { continue }
                return reason
            }
        }
        if words.count <= 60 {
            for (phrase, reason) in v.contains where Self.bytes(collapsed, contain: phrase) { return reason }
            var end = collapsed.count
            while end > 0, [0x20, 0x2E, 0x7C].contains(collapsed[end - 1]) { end -= 1 }
            for (phrase, reason) in v.suffixes where end >= phrase.count && collapsed[end - phrase.count..<end].elementsEqual(phrase) {
                return reason
            }
        }
        if words.count <= 80, Self.bytes(collapsed, contain: Array("cookie".utf8)),
           v.cookieContext.contains(where: { Self.bytes(collapsed, contain: $0) }) { return .cookieNotice }
        // A line made only of share words, with at least one network or share verb.
        if words.count <= 14, words.allSatisfy({ shareWords.contains($0) || shareActions.contains($0) }),
           words.contains(where: { shareActions.contains($0) }) { return .shareLinks }
        return nil
    }

    /// A byline or date line is short and not a sentence: `By Jane Doe`, `Aggiornato il 3
    /// marzo`; `by the end of the year, …` is prose. After a one-word opener (`by`, `di`,
    /// `von`) a capitalised name must follow. A line opened by a longer phrase (`Posted on …`)
    /// may end in a full stop.
    static func isByline(words: Int, original: String, phraseWords: Int) -> Bool {
        guard words <= (phraseWords > 1 ? 16 : 12) else { return false }
        guard phraseWords > 1 || !original.hasSuffix(".") || original.hasSuffix(" Jr.") else { return false }
        let opener = original.split(separator: " ").first.map(String.init) ?? ""
        guard ["by", "di", "von", "par", "por"].contains(opener.lowercased()) else { return true }
        let next = original.split(separator: " ").dropFirst().first
        return words <= 6 && (next?.first?.isUppercase ?? false)
    }

    /// The phrases of `furniture.txt`, by how they match.
    struct Vocabulary {
        var whole: [String: DroppedBlock.Reason] = [:]
        var prefixes: [([UInt8], DroppedBlock.Reason)] = []
        var contains: [([UInt8], DroppedBlock.Reason)] = []
        var suffixes: [([UInt8], DroppedBlock.Reason)] = []
        /// Words that make a line holding `cookie` a cookie notice.
        var cookieContext: [[UInt8]] = []
    }

    static let vocabulary: Vocabulary = {
        guard let url = Bundle.module.url(forResource: "Resources/Boilerplate/furniture", withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            preconditionFailure("ArticleKit's Resources/Boilerplate/furniture.txt is missing: the installation is incomplete")
        }
        return parse(text)
    }()

    /// Reads the `[reason how]` sections of the vocabulary file.
    static func parse(_ text: String) -> Vocabulary {
        var v = Vocabulary()
        var reason: DroppedBlock.Reason?
        var how = ""
        var context = false
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let parts = line.dropFirst().dropLast().split(separator: " ")
                if parts.count == 2, parts[0] == "cookie-notice", parts[1] == "context" { context = true; continue }
                context = false
                reason = parts.first.flatMap { DroppedBlock.Reason(rawValue: String($0)) }
                how = parts.count > 1 ? String(parts[1]) : ""
                precondition(reason != nil, "furniture.txt: unknown reason in \(line)")
                continue
            }
            if context { v.cookieContext.append(Array(line.lowercased().utf8)); continue }
            guard let reason else { continue }
            let phrase = line.lowercased()
            switch how {
            case "suffix": v.suffixes.append((Array(phrase.utf8), reason))
            case "whole": v.whole[phrase] = reason
            case "prefix": v.prefixes.append((Array(phrase.utf8), reason))
            default: v.contains.append((Array(phrase.utf8), reason))
            }
        }
        // Longer phrases first, so `published on` wins over `published`.
        v.prefixes.sort { $0.0.count > $1.0.count }
        return v
    }

    /// What separates the words of a furniture line.
    static let separators = Set(" \t|·•–—/:,()[]".unicodeScalars)

    /// Whether `needle` occurs in `haystack` (both a few hundred bytes at most).
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, haystack[i..<i + needle.count].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
    static let shareActions: Set<String> = [
        "condividi", "share", "stampa", "print", "tweet", "facebook", "twitter", "x", "whatsapp",
        "linkedin", "telegram", "email", "e-mail", "mail", "pinterest", "reddit", "invia", "send",
        "copia", "copy", "messenger", "threads", "bluesky", "teilen", "partager", "compartir",
    ]
    static let shareWords: Set<String> = [
        "su", "on", "via", "this", "the", "article", "articolo", "l'articolo", "l’articolo",
        "questo", "link", "per", "by", "it", "page", "pagina", "story", "post", "commenta",
        "comment", "comments", "commenti", "salva", "save", "auf", "sur", "en", "artikel",
    ]
}
