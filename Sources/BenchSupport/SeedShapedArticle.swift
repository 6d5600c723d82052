import Foundation

/// Generates articles in the seed's shape (title, lede, repeated-title caption, paragraphs,
/// heading lines) with varied words and figures, deterministic for a given index.
public enum SeedShapedArticle {
    static let places = ["Corea del Nord", "Russia", "Ucraina", "Torino", "Milano", "Bruxelles", "Pechino", "Kiev"]
    static let people = ["Kim Jong-un", "Vladimir Putin", "Giorgia Meloni", "Ursula von der Leyen", "Mario Draghi"]
    static let orgs = ["il ministero della Difesa", "la Commissione europea", "l'Agenzia delle Entrate", "la Banca d'Italia"]
    static let verbs = ["ha ammesso che", "ha dichiarato che", "ha riferito che", "ha avvertito che"]
    static let nouns = ["soldati", "feriti", "pezzi di artiglieria", "milioni di euro", "studenti", "posti di lavoro"]
    static let filler = """
        La situazione resta complessa e gli osservatori internazionali seguono con attenzione \
        gli sviluppi, mentre le trattative proseguono tra incontri ufficiali e contatti riservati \
        che potrebbero cambiare l’equilibrio della regione nei prossimi mesi.
        """

    public static func make(index i: Int) -> [UInt8] {
        func pick<T>(_ list: [T], _ salt: Int) -> T { list[(i &* 31 &+ salt &* 17) % list.count] }
        let title = "\(pick(places, 1)) e \(pick(places, 2)): nuove tensioni dopo l’annuncio numero \(i)"
        var text = title + "\n\n"
        // A rare word, in about one article in a thousand, for search benchmarks.
        let rare = i % 997 == 0 ? " Un ornitorinco è stato avvistato vicino al confine." : ""
        text += "Secondo \(pick(orgs, 3)), \(pick(people, 4)) ha rafforzato la cooperazione con \(pick(places, 5)), suscitando preoccupazioni.\(rare)\n"
        text += title + " " + title + "\n\n"
        for section in 0..<4 {
            if section > 0 { text += "Il punto \(section) sulla crisi in \(pick(places, section))\n\n" }
            for p in 0..<2 {
                let n = (i * 7 + section * 13 + p * 5) % 9000 + 100
                text += "\(pick(orgs, section + p).capitalizedFirst) \(pick(verbs, p)) circa \(n).000 \(pick(nouns, section * 3 + p)) "
                text += "sono stati coinvolti, con oltre \(n % 700) casi registrati a \(pick(places, p + 7)). "
                text += filler + " " + filler + "\n\n"
            }
        }
        return Array(text.utf8)
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// Writes a folder of generated seed-shaped articles for the library and search benchmarks.
public enum BenchLibrary {
    /// Creates `folder` with `count` articles (`a00000.txt`…) spread over subfolders of 1,000,
    /// unless it already holds that many. Returns the total bytes written.
    @discardableResult
    public static func generate(count: Int, in folder: String) throws -> Int {
        var total = 0
        for i in 0..<count {
            let dir = folder + "/part\(i / 1000)"
            if i % 1000 == 0 { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            let bytes = SeedShapedArticle.make(index: i)
            total += bytes.count
            let path = dir + "/a\(String(i + 100_000).dropFirst()).txt"
            guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path])
            }
        }
        return total
    }
}
