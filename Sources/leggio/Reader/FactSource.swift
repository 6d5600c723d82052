import ArticleKit

/// The one place the reader gets an article's facts (the run loop performs `Effect.loadFacts`
/// through it after the first screen is drawn).
enum FactSource {
    static func facts(for article: Article) -> Facts {
        Facts()
    }
}
