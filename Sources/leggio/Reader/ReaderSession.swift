import ArticleKit
import CursesTerminal
import Foundation
import ReaderUI

/// The reader's run loop: opens the terminal (or falls back to plain text), then feeds events
/// to `Reader.update`, performs the effects it asks for, and draws each new state.
@MainActor
enum ReaderSession {
    struct Options {
        var forcePlain = false
        var width: Int?
    }

    static func run(article: Article, options: Options) -> Int32 {
        let document = ReaderDocument(article: article)
        let env = ProcessInfo.processInfo.environment
        let term = env["TERM"] ?? ""
        if options.forcePlain || isatty(STDOUT_FILENO) == 0 || isatty(STDIN_FILENO) == 0 {
            printPlain(document, options: options, env: env)
            return 0
        }
        if term.isEmpty || term == "dumb" {
            printError("TERM is \(term.isEmpty ? "not set" : "dumb"); printing the article as plain text")
            printPlain(document, options: options, env: env)
            return 0
        }
        let noColor = !(env["NO_COLOR"] ?? "").isEmpty
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(color: !noColor)
        } catch {
            printError("\(error.description); printing the article as plain text")
            printPlain(document, options: options, env: env)
            return 0
        }
        defer { terminal.shutdown() }

        var (state, effects) = Reader.start(document: document, size: terminal.size)
        terminal.draw(Reader.render(state))
        var pending = effects
        while true {
            var full = false
            for effect in pending {
                switch effect {
                case .quit:
                    return 0
                case .fullRedraw:
                    full = true
                case .loadFacts:
                    (state, effects) = Reader.update(state, .factsLoaded(FactSource.facts(for: article)))
                    terminal.draw(Reader.render(state))
                }
            }
            pending = []
            if full { terminal.draw(Reader.render(state), full: true) }
            guard let event = terminal.nextEvent() else { continue }
            (state, effects) = Reader.update(state, event)
            terminal.draw(Reader.render(state))
            pending = effects
        }
    }

    static func printPlain(_ document: ReaderDocument, options: Options, env: [String: String]) {
        let width = options.width ?? env["COLUMNS"].flatMap(Int.init) ?? 80
        FileHandle.standardOutput.write(Data(PlainText.render(document, width: width).utf8))
    }
}
