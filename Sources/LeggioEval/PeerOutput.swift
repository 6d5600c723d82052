import Foundation

/// What the spaCy peer (`Scripts/spacy-peer/peer.py`) prints: the model it ran and, per
/// document, the entity texts it found in each category (each distinct text once).
struct PeerOutput: Decodable, Equatable {
    var model: String
    var spacy: String
    var documents: [PeerDocument]

    /// Reads the peer's JSON; anything else is `PeerError.badOutput` saying what was wrong.
    static func decode(_ data: Data) throws(PeerError) -> PeerOutput {
        do {
            return try JSONDecoder().decode(PeerOutput.self, from: data)
        } catch let error as DecodingError {
            throw .badOutput(Self.describe(error))
        } catch {
            throw .badOutput("\(error)")
        }
    }

    /// The place and reason of a decoding error, in a line.
    static func describe(_ error: DecodingError) -> String {
        func path(_ c: DecodingError.Context) -> String {
            let p = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return p.isEmpty ? "" : " at \(p)"
        }
        switch error {
        case .keyNotFound(let key, let c): return "no \"\(key.stringValue)\"\(path(c))"
        case .typeMismatch(_, let c), .valueNotFound(_, let c): return c.debugDescription + path(c)
        case .dataCorrupted(let c): return "not JSON\(path(c))"
        @unknown default: return "\(error)"
        }
    }
}

/// One document's entities as the peer found them.
struct PeerDocument: Decodable, Equatable {
    var id: String
    var people: [String]
    var places: [String]
    var organisations: [String]

    init(id: String, people: [String] = [], places: [String] = [], organisations: [String] = []) {
        self.id = id
        self.people = people
        self.places = places
        self.organisations = organisations
    }
}

/// Why the spaCy peer could not be run or read, in words.
enum PeerError: Error, Equatable, CustomStringConvertible {
    case notInstalled(venv: String)
    case noScript(path: String)
    case failed(status: Int32, message: String)
    case badOutput(String)
    case missingDocument(String)

    var description: String {
        switch self {
        case .notInstalled(let venv): "no spaCy venv at \(venv) (make it with bash Scripts/spacy-peer/setup.sh)"
        case .noScript(let path): "no spaCy peer script at \(path) (run leggio-eval from the repository's root)"
        case .failed(let status, let message): "the spaCy peer exited with \(status): \(message)"
        case .badOutput(let reason): "the spaCy peer's output does not read: \(reason)"
        case .missingDocument(let id): "the spaCy peer returned nothing for \(id)"
        }
    }
}
