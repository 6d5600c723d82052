#if canImport(Glibc)
import Glibc
#endif

/// Writes a folder of seed-shaped plain-text articles (title, lede, a repeated-title caption,
/// headed sections of long paragraphs with figures, places and people), deterministic for a
/// given count, spread over subfolders of 500 like a real archive.
enum GeneratedLibrary {
    static let places = ["Torino", "Milano", "Bruxelles", "Kiev", "Napoli", "Genova", "Bologna", "Pechino"]
    static let people = ["Giorgia Meloni", "Mario Draghi", "Ursula von der Leyen", "Sergio Mattarella", "Elly Schlein"]
    static let orgs = ["il ministero dell'Economia", "la Commissione europea", "l'Istat", "la Banca d'Italia", "il Comune"]
    static let verbs = ["ha annunciato che", "ha confermato che", "ha spiegato che", "ha ricordato che"]
    static let nouns = ["studenti", "posti di lavoro", "milioni di euro", "abitanti", "cantieri", "biglietti"]
    static let months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "novembre"]
    static let filler = """
        Il quadro resta in movimento e gli osservatori seguono con attenzione ogni passaggio, mentre \
        le parti proseguono il confronto tra riunioni tecniche e incontri pubblici che potrebbero \
        cambiare in modo sensibile le scelte dei prossimi mesi per famiglie e imprese.
        """

    static func article(_ i: Int) -> String {
        func pick<T>(_ list: [T], _ salt: Int) -> T { list[(i &* 31 &+ salt &* 17) % list.count] }
        let title = "\(pick(places, 1)), \(pick(nouns, 2)) in aumento: il piano numero \(i) divide la città"
        var text = title + "\n\n"
        text += "Secondo \(pick(orgs, 3)), \(pick(people, 4)) ha presentato il \(i % 28 + 1) \(pick(months, 5)) 2024 un piano per \(pick(places, 6)).\n"
        text += title + " " + title + "\n\n"
        for section in 0..<4 {
            if section > 0 { text += "Il nodo \(section) del piano per \(pick(places, section))\n\n" }
            for p in 0..<2 {
                let n = (i * 7 + section * 13 + p * 5) % 9000 + 100
                let org = pick(orgs, section + p)
                text += org.prefix(1).uppercased() + org.dropFirst()
                text += " \(pick(verbs, p)) circa \(n).000 \(pick(nouns, section * 3 + p)) sono coinvolti, "
                text += "con oltre \(n % 700) casi segnalati a \(pick(places, p + 7)). " + filler
                text += " Le prossime verifiche sono attese entro la fine dell'anno, con un nuovo rapporto pubblico.\n\n"
            }
        }
        return text
    }

    /// Writes `count` articles under `folder`; returns the bytes written.
    static func write(count: Int, to folder: String) -> Int {
        var total = 0
        mkdir(folder, 0o755)
        for i in 0..<count {
            let sub = folder + "/part-" + String(i / 500)
            if i % 500 == 0 { mkdir(sub, 0o755) }
            let bytes = Array(article(i).utf8)
            let path = sub + "/article-\(i).txt"
            guard let f = fopen(path, "wb") else { continue }
            fwrite(bytes, 1, bytes.count, f)
            fclose(f)
            total += bytes.count
        }
        return total
    }
}
