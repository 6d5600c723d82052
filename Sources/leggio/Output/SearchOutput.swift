import ArticleKit
import Foundation
import LibraryKit
import ReaderUI

/// Lines printed by `leggio search`: `path:line: §N heading: snippet` (the line of the first
/// matched word the snippet shows), the matched words in bold
/// colour on a terminal and in [brackets] otherwise.
enum SearchOutput {
    static func print(_ hits: [SearchHit], paths: TypedPaths, colour: Bool) {
        var out = ""
        for hit in hits {
            // An untitled article's first section has no name to give: `§1: snippet`.
            let place = hit.placeName ?? hit.title
            let label = place.isEmpty ? "§\(hit.section + 1)" : "§\(hit.section + 1) \(place)"
            let path = paths.shown(hit.path)
            // Document text and file names pass through the sanitizer before any terminal.
            let line = hit.line ?? hit.sectionSpan.firstLine
            out += Sanitizer.clean("\(path):\(line): \(label): ")
            for run in hit.snippetRuns {
                let text = Sanitizer.clean(run.text.replacingOccurrences(of: "\n", with: " "))
                if run.matched {
                    out += colour ? "\u{1B}[1;31m" + text + "\u{1B}[0m" : "[" + text + "]"
                } else {
                    out += text
                }
            }
            out += "\n"
        }
        Swift.print(out, terminator: "")
    }
}

/// One hit in `leggio search --json`: `path` as the text output gives it (under the path
/// typed), `absolutePath` the file's canonical path; `opening` is "title" or "lede" when the
/// first matched words are there (section 0 holds them, under its heading).
struct SearchHitJSON: Encodable {
    var path: String
    var absolutePath: String
    var title: String
    var section: Int
    var heading: String?
    var opening: String?
    var snippet: String
    var score: Double
    var sectionSpan: ArticleJSON.Span
    var spans: [ArticleJSON.Span]

    init(_ hit: SearchHit, paths: TypedPaths) {
        path = paths.shown(hit.path)
        absolutePath = hit.path
        title = hit.title
        section = hit.section
        heading = hit.heading
        opening = hit.opening?.rawValue
        snippet = hit.snippetRuns.map { $0.matched ? "[" + $0.text + "]" : $0.text }.joined()
        score = (hit.score * 1000).rounded() / 1000
        sectionSpan = ArticleJSON.Span(hit.sectionSpan)
        spans = hit.matches.map(ArticleJSON.Span.init)
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(absolutePath, forKey: .absolutePath)
        try c.encode(title, forKey: .title)
        try c.encode(section, forKey: .section)
        try c.encode(heading, forKey: .heading)
        try c.encodeIfPresent(opening, forKey: .opening)
        try c.encode(snippet, forKey: .snippet)
        try c.encode(score, forKey: .score)
        try c.encode(sectionSpan, forKey: .sectionSpan)
        try c.encode(spans, forKey: .spans)
    }
    enum CodingKeys: String, CodingKey { case path, absolutePath, title, section, heading, opening, snippet, score, sectionSpan, spans }
}
