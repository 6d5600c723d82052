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
        let words = lower.split(whereSeparator: { " \t|·•–—/:,()[]".contains($0) }).map(String.init)
        guard !words.isEmpty else { return nil }
        let v = vocabulary

        var whole = words.joined(separator: " ")
        if whole.hasSuffix(":") { whole.removeLast() }
        if let reason = v.whole[whole] { return reason }
        let collapsed = lower.split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        if words.count <= 25 {
            for (phrase, reason) in v.prefixes where collapsed.hasPrefix(phrase) {
                let rest = collapsed.dropFirst(phrase.count)
                guard rest.isEmpty || phrase.last == ":" || rest.first == " " || rest.first == ":" else { continue }
                if reason == .byline, !isByline(rest: rest, words: words.count, original: text) { continue }
                return reason
            }
        }
        if words.count <= 60 {
            for (phrase, reason) in v.contains where collapsed.contains(phrase) { return reason }
        }
        if words.count <= 80, collapsed.contains("cookie"),
           cookieContext.contains(where: { collapsed.contains($0) }) { return .cookieNotice }
        // A line made only of share words, with at least one network or share verb.
        if words.count <= 14, words.allSatisfy({ shareWords.contains($0) || shareActions.contains($0) }),
           words.contains(where: { shareActions.contains($0) }) { return .shareLinks }
        return nil
    }

    /// A byline or date line is short and not a sentence: `By Jane Doe`, `Aggiornato il 3
    /// marzo`; `by the end of the year, …` is prose. After a one-word opener (`by`, `di`,
    /// `von`) a capitalised name must follow.
    static func isByline(rest: Substring, words: Int, original: String) -> Bool {
        guard words <= 12, !original.hasSuffix(".") || original.hasSuffix(" Jr.") else { return false }
        let opener = original.split(separator: " ").first.map(String.init) ?? ""
        guard ["by", "di", "von", "par", "por"].contains(opener.lowercased()) else { return true }
        let next = original.split(separator: " ").dropFirst().first
        return words <= 6 && (next?.first?.isUppercase ?? false)
    }

    /// The phrases of `furniture.txt`, by how they match.
    struct Vocabulary {
        var whole: [String: DroppedBlock.Reason] = [:]
        var prefixes: [(String, DroppedBlock.Reason)] = []
        var contains: [(String, DroppedBlock.Reason)] = []
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
        for raw in text.split(separator: "\n", omittingEmptySubsequences: true) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                let parts = line.dropFirst().dropLast().split(separator: " ")
                reason = parts.first.flatMap { DroppedBlock.Reason(rawValue: String($0)) }
                how = parts.count > 1 ? String(parts[1]) : ""
                precondition(reason != nil, "furniture.txt: unknown reason in \(line)")
                continue
            }
            guard let reason else { continue }
            let phrase = line.lowercased()
            switch how {
            case "whole": v.whole[phrase] = reason
            case "prefix": v.prefixes.append((phrase, reason))
            default: v.contains.append((phrase, reason))
            }
        }
        // Longer phrases first, so `published on` wins over `published`.
        v.prefixes.sort { $0.0.count > $1.0.count }
        return v
    }

    static let cookieContext = [
        "accett", "accept", "utilizza", "usa ", "uses", "use of", "policy", "consenso", "consent",
        "informativa", "preferenze", "preferences",
    ]
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
