import ArgumentParser
import ArticleKit

/// `leggio facts FILE [--json]`: the facts an article states, grouped, each traced to its span.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print the facts an article states: figures, dates, people, places, organisations and cited sources."
    )

    @Argument(help: "The article file (- reads standard input).")
    var file: String

    @Flag(help: "Print JSON instead of readable groups.")
    var json = false

    func run() throws {
        let article = try loadOrExit(file)
        let facts = FactExtractor.extract(article)
        if json {
            try printJSON(FactsJSON(facts))
        } else {
            TerminalText.print(FactsOutline.render(facts, path: article.path))
        }
    }
}
