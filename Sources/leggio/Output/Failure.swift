import ArgumentParser
import ArticleKit
import Foundation

/// Prints one line to standard error, prefixed with the program's name.
func printError(_ message: String) {
    FileHandle.standardError.write(Data(TerminalText.bytes("leggio: " + message + "\n", fd: 2)))
}

/// Loads an article, or prints the reason on one line and exits with status 1.
func loadOrExit(_ path: String) throws -> Article {
    do {
        return try ArticleLoader.load(path: path)
    } catch {
        printError(error.description)
        throw ExitCode(1)
    }
}
