/// Recognises the leftovers of scraped web pages — share buttons, "Leggi anche" links, cookie
/// notices, newsletter calls, advertisement labels — when a whole line is clearly one of them.
enum Boilerplate {
    /// Lines longer than this are prose, never boilerplate.
    static let maxBytes = 400

    static func reason(forLine text: String) -> DroppedBlock.Reason? {
        guard text.utf8.count <= maxBytes else { return nil }
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
