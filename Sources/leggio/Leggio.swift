import ArgumentParser
import ArticleKit

/// The `leggio` command: a terminal reader for articles, and its script-friendly subcommands.
@main
struct Leggio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leggio",
        abstract: "A terminal reader for articles: sections, facts and the source behind them.",
        discussion: """
            leggio [FILE | DIR ...] opens the reader: a file opens that article, a folder (default: \
            the current one) opens its library of .txt, .md and .html articles. The subcommands \
            below print the same things for scripts.
            """,
        version: "0.1.0",
        subcommands: [ReadCommand.self, DumpCommand.self, FactsCommand.self, SearchCommand.self, ListCommand.self, ThemesCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// Parses the arguments byte for byte (`FilePath.arguments`), so that a file name that
    /// is not UTF-8 names its file.
    static func main() {
        main(Array(FilePath.arguments().dropFirst()))
    }
}
