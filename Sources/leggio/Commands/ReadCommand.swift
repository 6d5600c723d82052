import ArgumentParser
import ArticleKit

/// `leggio [read] FILE`: the article full-screen in the terminal reader (the default command).
/// Prints the article as plain text when standard output is not a terminal.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open an article in the terminal reader (the default command).",
        discussion: "When standard output is not a terminal, or TERM is unset or dumb, the article is printed as plain text."
    )

    @Argument(help: "The article file.")
    var file: String

    @Flag(help: "Print the article as plain text even on a terminal.")
    var plain = false

    @Option(help: "Width of plain-text output (default: COLUMNS, or 80).")
    var width: Int?

    @Option(help: "Colour theme: a name from `leggio themes`, or a theme file.")
    var theme: String?

    func run() throws {
        let article = try loadOrExit(file)
        let options = ReaderSession.Options(forcePlain: plain, width: width, theme: theme)
        let status = MainActor.assumeIsolated { ReaderSession.run(article: article, options: options) }
        if status != 0 { throw ExitCode(status) }
    }
}
