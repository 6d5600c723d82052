import ArticleKit
import Foundation

/// One document parsed, its facts extracted, both scored, with the time each took.
struct DocumentResult {
    var document: CorpusDocument
    var structure: StructureScore?
    var facts: FactScore?
    var bytes: Int
    var parseSeconds: Double
    var factSeconds: Double
    /// The words the fact extractor read (`BodyText`), for the spaCy peer.
    var bodyText: String?
    /// The spaCy peer's names scored, when it ran on this document.
    var peerFacts: FactScore?
    /// Why the document could not be read, when it could not.
    var failure: String?
    /// The parse, kept for `--file NAME --outline`.
    var article: Article?
    /// The facts extracted, kept for `--file NAME --claims`.
    var extracted: Facts?

    init(_ document: CorpusDocument) {
        self.document = document
        let data = FileManager.default.contents(atPath: document.path).map([UInt8].init) ?? []
        bytes = data.count
        let start = DispatchTime.now().uptimeNanoseconds
        do {
            let article = try ArticleLoader.parse(bytes: data, path: document.path)
            let parsed = DispatchTime.now().uptimeNanoseconds
            let facts = FactExtractor.extract(article)
            let done = DispatchTime.now().uptimeNanoseconds
            parseSeconds = Double(parsed - start) / 1e9
            factSeconds = Double(done - parsed) / 1e9
            structure = StructureScore(article: article, key: document.key)
            self.facts = FactScore(facts: facts, key: document.key.facts)
            bodyText = BodyText.of(article)
            self.article = article
            extracted = facts
        } catch {
            parseSeconds = 0
            factSeconds = 0
            failure = error.description
        }
    }
}
