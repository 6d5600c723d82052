import ArgumentParser
import Foundation

/// Scores the parser and the fact extractor on the real-article corpus (`Tests/Corpus`):
/// structure and facts against hand-made keys, by split, language and shape, and the speed.
struct LeggioEval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leggio-eval",
        abstract: "Score the parser and the facts on the real-article corpus (dev and test splits).")

    @Option(help: "The corpus folder (holding docs/ and keys/).")
    var corpus = "Tests/Corpus"

    @Option(help: "Show one document's output against its key (a file name in docs/).")
    var file: String?

    @Flag(help: "With --file: also print the parse in source order, one line a block (kept by kind, dropped by reason).")
    var outline = false

    @Flag(help: "With --file: also print each cited source found, with its claims.")
    var claims = false

    @Flag(help: "Also print the rows by shape.")
    var shapes = false

    @Flag(inversion: .prefixedNo, help: "Score spaCy's en_core_web_sm on the English documents beside Leggio (by default when its venv exists; --spacy fails without it).")
    var spacy: Bool?

    @Option(help: "The spaCy peer's virtual environment (made by Scripts/spacy-peer/setup.sh; default $LEGGIO_SPACY_VENV or ~/.cache/leggio/spacy-venv).")
    var spacyVenv: String?

    mutating func run() throws {
        guard FileManager.default.fileExists(atPath: corpus + "/docs") else { throw EvalError.noCorpus(path: corpus) }
        let documents = try CorpusDocument.all(in: corpus)
        if let file {
            guard let document = documents.first(where: { $0.name == file }) else { throw EvalError.unknownDocument(file) }
            var results = [DocumentResult(document)]
            let model = try runPeer(&results)
            DocumentDiff.print(results[0], peer: model)
            if claims, let facts = results[0].extracted {
                print("sources found (name: claims):")
                DocumentDiff.claims(facts).forEach { print($0) }
            }
            if outline, let article = results[0].article {
                print("outline (line, kind, text):")
                DocumentOutline.lines(article).forEach { print($0) }
            }
            return
        }
        var results = documents.map(DocumentResult.init)
        let model = try runPeer(&results)
        let splits = CorpusSplit.allCases
        print("leggio-eval: \(results.count) documents in \(corpus) (" + splits.map { s in "\(s.rawValue) \(results.filter { $0.document.split == s }.count)" }.joined(separator: ", ") + ")\n")

        var rows = [EvalReport.structureHeader]
        func addRows(_ label: String, _ pick: (DocumentResult) -> Bool) {
            for split in splits {
                var tally = StructureTally()
                for r in results where r.document.split == split && pick(r) { tally.add(r) }
                if tally.documents > 0 { rows.append(EvalReport.structureRow(label, split.rawValue, tally)) }
            }
        }
        addRows("all") { _ in true }
        for language in Set(results.map(\.document.key.language)).sorted() {
            addRows(language) { $0.document.key.language == language }
        }
        if shapes {
            for shape in Set(results.flatMap(\.document.key.shapes)).sorted() {
                addRows(shape) { $0.document.key.shapes.contains(shape) }
            }
        }
        print("Structure")
        EvalReport.table(rows)

        print("\nFacts: precision / recall / F1 (matched/found/keyed)")
        var groups: [(String, String, [FactCategory: FactCount])] = []
        for language in ["all", "it", "en", "de+fr+es"] {
            for split in splits {
                var sum: [FactCategory: FactCount] = [:]
                for r in results where r.document.split == split {
                    let l = r.document.key.language
                    guard language == "all" || l == language || (language == "de+fr+es" && ["de", "fr", "es"].contains(l)) else { continue }
                    for (c, n) in r.facts?.counts ?? [:] { sum[c, default: FactCount()].add(n) }
                }
                groups.append((language, split.rawValue, sum))
            }
        }
        EvalReport.facts(Array(groups.prefix(2)))
        print("")
        EvalReport.facts(Array(groups.dropFirst(2)))
        if let model { PeerReport.print(results, model: model) }

        let bytes = results.reduce(0) { $0 + $1.bytes }
        let parse = results.reduce(0) { $0 + $1.parseSeconds }
        let facts = results.reduce(0) { $0 + $1.factSeconds }
        let perDocument = results.map(\.parseSeconds).sorted()
        let median = perDocument.isEmpty ? 0 : perDocument[perDocument.count / 2]
        print(String(format: "\nSpeed: %.2f MB; parse %.1f ms in all (median %.2f ms a document), %.0f MB/s; facts %.1f ms, %.0f MB/s",
                     Double(bytes) / 1e6, parse * 1e3, median * 1e3, Double(bytes) / 1e6 / max(parse, 1e-9),
                     facts * 1e3, Double(bytes) / 1e6 / max(facts, 1e-9)))
        for r in results where r.failure != nil { print("failed: \(r.document.name): \(r.failure!)") }
    }

    /// Runs the spaCy peer on the English documents that parsed and scores its names into
    /// `results`; returns the model's name, or nil when skipped (a line says why, unless
    /// `--no-spacy`). With `--spacy`, a peer that cannot run is an error.
    func runPeer(_ results: inout [DocumentResult]) throws -> String? {
        guard spacy != false else { return nil }
        let english = results.indices.filter { results[$0].document.key.language == "en" && results[$0].bodyText != nil }
        guard !english.isEmpty else { return nil }
        let peer = SpacyPeer(venv: spacyVenv ?? SpacyPeer.defaultVenv, script: SpacyPeer.defaultScript)
        do {
            let (output, byId) = try peer.run(english.map { (id: results[$0].document.name, text: results[$0].bodyText ?? "") })
            for i in english {
                if let found = byId[results[i].document.name] {
                    results[i].peerFacts = FactScore(peer: found, key: results[i].document.key.facts)
                }
            }
            return "\(output.model), spacy \(output.spacy)"
        } catch {
            if spacy == true { throw error }
            print("spaCy skipped: \(error)\n")
            return nil
        }
    }
}

LeggioEval.main()
