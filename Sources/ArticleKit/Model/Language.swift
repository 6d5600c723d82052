/// The language an article is written in, as far as a stop-word count can tell.
public enum Language: String, Sendable, Codable, CaseIterable {
    case italian = "it"
    case english = "en"
    case french = "fr"
    case german = "de"
    case spanish = "es"
    case unknown = "unknown"
}
