import ArticleKit
import BenchSupport
import Foundation

// Parse throughput benchmark: generates seed-shaped articles in memory and parses them.
// Run in release mode: `swift run -c release leggio-bench [articles]`.

let count = CommandLine.arguments.count > 1 ? Int(CommandLine.arguments[1]) ?? 4000 : 4000
let articles = (0..<count).map { SeedShapedArticle.make(index: $0) }
let totalBytes = articles.reduce(0) { $0 + $1.count }

func measure(_ label: String, rounds: Int = 5, _ body: () -> Int) {
    var best = Double.infinity
    var check = 0
    for _ in 0..<rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        check = body()
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        best = min(best, seconds)
    }
    let mb = Double(totalBytes) / 1_048_576
    let line = String(format: "%-28@ %8.1f MB/s  %8.3f ms per 10 KB  (%d articles, %.1f MB, best of %d, check %d)",
                      label as NSString, mb / best, best * 1000 / (Double(totalBytes) / 10_240), count, mb, rounds, check)
    print(line)
}

print("leggio-bench: \(count) generated seed-shaped articles, \(totalBytes) bytes")
measure("decode (utf-8 check)") {
    articles.reduce(0) { n, bytes in n + ((try? TextDecoder.decode(bytes))?.text.lineCount ?? 0) }
}
measure("decode + parse") {
    articles.reduce(0) { n, bytes in n + ((try? ArticleLoader.parse(bytes: bytes))?.sections.count ?? 0) }
}
let parsed = articles.compactMap { try? ArticleLoader.parse(bytes: $0) }
measure("fact extraction") {
    parsed.reduce(0) { n, article in n + FactExtractor.extract(article).count }
}
ReaderKeystrokeBench.run()
