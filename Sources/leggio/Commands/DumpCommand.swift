import ArgumentParser
import ArticleKit

/// `leggio dump FILE [--json]`: the parsed structure of an article, as an outline or JSON.
struct DumpCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the parsed structure of an article: sections, blocks, spans and what was dropped."
    )

    @Argument(help: "The article file (- reads standard input).")
    var file: String

    @Flag(help: "Print JSON instead of a readable outline.")
    var json = false

    func run() throws {
        let article = try loadOrExit(file)
        if json {
            try printJSON(ArticleJSON(article))
        } else {
            TerminalText.print(Outline.render(article))
        }
    }
}
