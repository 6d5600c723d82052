import ArgumentParser
import ArticleKit
import Foundation

/// Prints one line to standard error, prefixed with the program's name.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(TerminalText.bytes("leggio: " + message + "\n", fd: 2)))
}

/// The path that names standard input on the command line, as for less and cat.
let standardInputArgument = "-"

/// Loads an article (`-`: from standard input), or prints the reason on one line and exits
/// with status 1.
func loadOrExit(_ path: String) throws -> Article {
    do {
        if path == standardInputArgument { return try ArticleLoader.loadStandardInput() }
        return try ArticleLoader.load(path: path)
    } catch {
        printError(error.description)
        throw ExitCode(1)
    }
}
