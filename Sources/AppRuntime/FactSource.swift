import ArticleKit

/// The one place the reader gets an article's facts (the run loop performs `AppCmd.loadFacts`
/// through it after the first screen is drawn, so extraction never delays the first frame).
enum FactSource {
    static func facts(for flat: FlatArticle) -> Facts {
        FactExtractor.extract(flat)
    }
}
