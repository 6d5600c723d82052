import ArgumentParser
import ArticleKit

/// The `leggio` command: a terminal reader for articles, and its script-friendly subcommands.
@main
struct Leggio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leggio",
        abstract: "A terminal reader for articles: sections, facts and the source behind them.",
        usage: """
            leggio [<paths> ...] [--plain] [--width <width>] [--theme <theme>] [--hidden]
            leggio <subcommand>
            """,
        discussion: Self.discussion,
        version: "0.1.0",
        subcommands: [ReadCommand.self, DumpCommand.self, FactsCommand.self, SearchCommand.self, ListCommand.self, ThemesCommand.self],
        defaultSubcommand: ReadCommand.self
    )

    /// How to read with the default command (`read`), its options included: without this the
    /// top-level help lists only the subcommands.
    static let discussion: String = {
        let names = ReadCommand.optionHelp.map(\.name)
        let width = (names.map(\.count).max() ?? 0) + 2
        let options = ReadCommand.optionHelp.map { o in
            "  " + o.name + String(repeating: " ", count: width - o.name.count) + o.text
        }
        return """
            leggio [FILE | DIR ...] opens the reader: a file opens that article, a folder (default: \
            the current one) opens its library of .txt, .md and .html articles; with no path and \
            standard input not a terminal (cat FILE | leggio), or with -, the article is read from \
            standard input. The subcommands below print the same things for scripts.

            Reading options (as for leggio read; see leggio help read):
            """ + "\n" + options.joined(separator: "\n")
    }()

    /// Parses the arguments byte for byte (`FilePath.arguments`), so that a file name that
    /// is not UTF-8 names its file.
    static func main() {
        main(Array(FilePath.arguments().dropFirst()))
    }
}
