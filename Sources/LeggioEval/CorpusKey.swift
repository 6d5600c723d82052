import Foundation

/// One document's hand-made answer key (`Tests/Corpus/keys/NAME.json`; the format is in the
/// corpus README). Names are groups of the forms the text uses for the same thing.
struct CorpusKey: Decodable {
    var origin: String
    var language: String
    var shapes: [String]
    var title: String?
    var lede: String?
    var headings: [String]
    var paragraphs: Int
    var boilerplate: [String]
    var date: String?
    var facts: FactKey

    struct FactKey: Decodable {
        var people: [NameGroup] = []
        var places: [NameGroup] = []
        var organisations: [NameGroup] = []
        var sources: [NameGroup] = []
        var figures: [String] = []
        var dates: [String] = []

        enum CodingKeys: String, CodingKey { case people, places, organisations, sources, figures, dates }

        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            people = try c.decodeIfPresent([NameGroup].self, forKey: .people) ?? []
            places = try c.decodeIfPresent([NameGroup].self, forKey: .places) ?? []
            organisations = try c.decodeIfPresent([NameGroup].self, forKey: .organisations) ?? []
            sources = try c.decodeIfPresent([NameGroup].self, forKey: .sources) ?? []
            figures = try c.decodeIfPresent([String].self, forKey: .figures) ?? []
            dates = try c.decodeIfPresent([String].self, forKey: .dates) ?? []
        }
    }

    /// A name as one string, or the list of its forms (fullest first).
    struct NameGroup: Decodable {
        var forms: [String]

        init(forms: [String]) { self.forms = forms }

        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let one = try? c.decode(String.self) { forms = [one] } else { forms = try c.decode([String].self) }
        }
    }
}

/// A document of the corpus with its key and its split.
struct CorpusDocument {
    var name: String
    var path: String
    var key: CorpusKey
    var split: CorpusSplit

    /// Every document under `root/docs` that has a key; a key that does not parse is an error.
    static func all(in root: String) throws -> [CorpusDocument] {
        let docs = try FileManager.default.contentsOfDirectory(atPath: root + "/docs").sorted()
        return try docs.compactMap { name in
            let stem = (name as NSString).deletingPathExtension
            let keyPath = root + "/keys/" + stem + ".json"
            guard let data = FileManager.default.contents(atPath: keyPath) else { return nil }
            do {
                let key = try JSONDecoder().decode(CorpusKey.self, from: data)
                return CorpusDocument(name: name, path: root + "/docs/" + name, key: key, split: CorpusSplit(fileName: name))
            } catch {
                throw EvalError.badKey(path: keyPath, reason: "\(error)")
            }
        }
    }
}

/// What stops an evaluation, in words.
enum EvalError: Error, CustomStringConvertible {
    case badKey(path: String, reason: String)
    case noCorpus(path: String)
    case unknownDocument(String)

    var description: String {
        switch self {
        case .badKey(let path, let reason): "the key \(path) does not read: \(reason)"
        case .noCorpus(let path): "no corpus at \(path) (expected docs/ and keys/ there; pass --corpus DIR)"
        case .unknownDocument(let name): "no document named \(name) in the corpus"
        }
    }
}
