/// Recognises the leftovers of scraped web pages — share buttons, "Leggi anche" links, cookie
/// notices, newsletter calls, advertisement labels — when a whole line is clearly one of them.
enum Boilerplate {
    /// Lines longer than this are prose, never boilerplate.
    static let maxBytes = 400

    static func reason(forLine text: String) -> DroppedBlock.Reason? {
        guard text.utf8.count <= maxBytes, mayBeBoilerplate(text.utf8) else { return nil }
        let lower = text.lowercased()
        let words = lower.split(whereSeparator: { " \t|·•–—/:,()[]".contains($0) }).map(String.init)
        guard !words.isEmpty else { return nil }

        if words.count <= 3, advertisement.contains(words.joined(separator: " ")) { return .advertisement }
        if words.count <= 25, relatedPrefixes.contains(where: { lower.hasPrefix($0) }) { return .relatedLink }
        if words.count <= 25, newsletterPrefixes.contains(where: { lower.hasPrefix($0) }) { return .newsletter }
        if words.count <= 80, lower.contains("cookie"),
           cookieContext.contains(where: { lower.contains($0) }) { return .cookieNotice }
        // A line made only of share words, with at least one network or share verb.
        if words.count <= 14, words.allSatisfy({ shareWords.contains($0) || shareActions.contains($0) }),
           words.contains(where: { shareActions.contains($0) }) { return .shareLinks }
        return nil
    }

    /// A cheap test on bytes before any string work: the line's first word is one that opens
    /// boilerplate, or the line mentions cookies.
    static func mayBeBoilerplate(_ utf8: String.UTF8View) -> Bool {
        var first: [UInt8] = []
        for b in utf8 {
            if b == 0x20 || b == 0x09 || b == UInt8(ascii: ":") || b == UInt8(ascii: "|") { break }
            first.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            if first.count > 24 { break }
        }
        if openingWords.contains(first) { return true }
        return utf8.count >= 6 && containsCookie(utf8)
    }

    static func containsCookie(_ utf8: String.UTF8View) -> Bool {
        let word = Array("cookie".utf8)
        var matched = 0
        for b in utf8 {
            let lower = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            matched = lower == word[matched] ? matched + 1 : (lower == word[0] ? 1 : 0)
            if matched == word.count { return true }
        }
        return false
    }

    /// First words (lowered) of every pattern below.
    static let openingWords: Set<[UInt8]> = {
        var words = Set<[UInt8]>()
        let phrases = relatedPrefixes + newsletterPrefixes + Array(advertisement) + Array(shareActions) + Array(shareWords)
        for phrase in phrases {
            let first = phrase.split(whereSeparator: { " :".contains($0) }).first.map(String.init) ?? phrase
            words.insert(Array(first.utf8))
        }
        return words
    }()

    static let relatedPrefixes = [
        "leggi anche", "leggi tutto", "leggi l'articolo", "leggi l’articolo", "vedi anche",
        "potrebbe interessarti", "ti potrebbe interessare", "articoli correlati", "correlati:",
        "read more", "read also", "read next", "see also", "related:", "related articles",
        "related stories", "you may also like", "more from", "continua a leggere",
    ]
    static let newsletterPrefixes = [
        "iscriviti alla newsletter", "iscriviti alla nostra newsletter", "abbonati",
        "subscribe to", "sign up for our newsletter", "sign up to our newsletter",
        "get our newsletter", "ricevi la newsletter",
    ]
    static let cookieContext = [
        "accett", "accept", "utilizza", "usa ", "uses", "use of", "policy", "consenso", "consent",
        "informativa", "preferenze", "preferences",
    ]
    static let advertisement: Set<String> = [
        "pubblicità", "advertisement", "advertising", "annuncio", "sponsored", "ads",
        "contenuto sponsorizzato", "sponsored content", "ad", "adv",
    ]
    static let shareActions: Set<String> = [
        "condividi", "share", "stampa", "print", "tweet", "facebook", "twitter", "x", "whatsapp",
        "linkedin", "telegram", "email", "e-mail", "mail", "pinterest", "reddit", "invia", "send",
        "copia", "copy", "messenger", "threads", "bluesky",
    ]
    static let shareWords: Set<String> = [
        "su", "on", "via", "this", "the", "article", "articolo", "l'articolo", "l’articolo",
        "questo", "link", "per", "by", "it", "page", "pagina", "story", "post", "commenta",
        "comment", "comments", "commenti", "salva", "save",
    ]
}
