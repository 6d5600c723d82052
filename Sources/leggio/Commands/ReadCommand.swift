import ArgumentParser
import ArticleKit
import Foundation
import LibraryKit

/// `leggio [read] [PATH...]`: one article full-screen in the terminal reader (standard input
/// when it is `-`, or when no path is given and standard input is not a terminal), or folders
/// and files as a library (the current folder when no path is given; the sample library when
/// they hold no article). The default command. Prints plain text when standard output is not
/// a terminal: the article, or the library's list.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open an article in the terminal reader, or a folder as a library (the default command).",
        discussion: """
            With one file, the article opens at once (h shows the list, q quits). With no path and \
            standard input not a terminal (cat FILE | leggio), or with -, the article is read from \
            standard input and keys from the terminal; its position is not saved. With a folder, several \
            files or nothing (the current folder), the library list opens; Enter reads an article, q or h \
            goes back to the list, H and L step through the articles opened, S searches the whole library. \
            A folder with no articles opens the sample library. When standard output is not a terminal, \
            or TERM is unset or dumb, the article (or the list) is printed as plain text.
            """
    )

    @Argument(help: "Articles or folders (default: the current folder, or standard input when it is not a terminal; - reads standard input).")
    var paths: [String] = []

    @Flag(help: ArgumentHelp(ReadCommand.optionHelp[0].text))
    var plain = false

    @Option(help: ArgumentHelp(ReadCommand.optionHelp[1].text))
    var width: Int?

    @Option(help: ArgumentHelp(ReadCommand.optionHelp[2].text))
    var theme: String?

    @Flag(help: ArgumentHelp(ReadCommand.optionHelp[3].text))
    var hidden = false

    /// The reading options and what they do, in one place: `leggio read --help` shows them
    /// under each option, and `leggio --help` (whose default command this is) lists them too.
    static let optionHelp: [(name: String, text: String)] = [
        ("--plain", "Print the article as plain text even on a terminal."),
        ("--width <width>", "Width of plain-text output (default: COLUMNS, or 80)."),
        ("--theme <theme>", "Colour theme: a name from `leggio themes`, or a theme file."),
        ("--hidden", "Include hidden folders and files in a library."),
    ]

    func run() throws {
        let options = ReaderSession.Options(forcePlain: plain, width: width, theme: theme, hidden: hidden)
        // Standard input is the article when it is named (`-`), or when nothing is named and
        // it is not a terminal (`cat FILE | leggio`), as for less.
        if paths.contains(standardInputArgument) {
            guard paths.count == 1 else {
                printError("- (standard input) is read alone, not as part of a library")
                throw ExitCode(1)
            }
            // The reader takes its keys from the terminal; it cannot also be the article.
            guard isatty(STDIN_FILENO) == 0 else {
                printError("- (standard input) is the terminal: pipe an article in (cat FILE | leggio) or name a file")
                throw ExitCode(1)
            }
        }
        if paths == [standardInputArgument] || (paths.isEmpty && isatty(STDIN_FILENO) == 0) {
            let loading = ArticleLoading(path: nil)
            let status = try MainActor.assumeIsolated { try ReaderSession.run(loading, options: options) }
            if status != 0 { throw ExitCode(status) }
            return
        }
        var isFolder = false
        let exists = paths.count == 1 && FilePath.exists(paths[0], isFolder: &isFolder)
        if paths.count == 1, !exists || !isFolder {
            // One article (a missing file is reported as the reader always did). It is read
            // in the background while the reader gets the theme ready.
            let loading = ArticleLoading(path: paths[0])
            let status = try MainActor.assumeIsolated { try ReaderSession.run(loading, options: options) }
            if status != 0 { throw ExitCode(status) }
            return
        }
        for path in paths where !FilePath.exists(path) {
            printError(MissingPath.message(path))
            throw ExitCode(1)
        }
        // Folders that cannot be listed, and nothing else: said as `list` says it, not opened
        // as an empty library.
        let unlisted = (paths.isEmpty ? ["."] : paths).compactMap { LibraryScanner.listingProblem($0) }
        if !unlisted.isEmpty, unlisted.count == max(1, paths.count) {
            for problem in unlisted { printError(ListLine.visible(problem.message)) }
            throw ExitCode(1)
        }
        let found = LibraryLoader.roots(for: paths, includeHidden: hidden, samples: SampleLibrary.path)
        let named = paths.isEmpty ? FileManager.default.currentDirectoryPath : paths.joined(separator: ", ")
        let env = ProcessInfo.processInfo.environment
        let term = env["TERM"] ?? ""
        if plain || isatty(STDOUT_FILENO) == 0 || isatty(STDIN_FILENO) == 0 || term.isEmpty || term == "dumb" {
            if !plain, isatty(STDOUT_FILENO) != 0, isatty(STDIN_FILENO) != 0 {
                printError("TERM is \(term.isEmpty ? "not set" : "dumb"); printing the library's list as plain text")
            }
            if found.isSampleLibrary { printError("no articles in \(named): listing the sample library") }
            printList(found.roots)
            return
        }
        let notice = found.isSampleLibrary ? "Showing the sample library: no articles in \(named)" : nil
        let label = found.isSampleLibrary ? "sample library" : named
        let status = MainActor.assumeIsolated {
            ReaderSession.runLibrary(roots: found.roots, label: label, notice: notice, options: options)
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The library as `leggio list` prints it, for pipes and dumb terminals.
    func printList(_ roots: [String]) {
        var options = LibraryOptions()
        options.includeHidden = hidden
        let (entries, problems) = LibraryLoader.loadAll(roots, options: options)
        for problem in problems { printError(ListLine.visible(problem.message)) }
        var out = ""
        for entry in entries where entry.error == nil { out += ListLine.render(entry) + "\n" }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}
