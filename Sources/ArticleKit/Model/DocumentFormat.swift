/// The format an article was parsed from.
public enum DocumentFormat: String, Sendable, Codable, CaseIterable {
    /// Plain text in the scraped-article shape (title line, lede, paragraphs, heading lines).
    case text
    case markdown
    case html
}
