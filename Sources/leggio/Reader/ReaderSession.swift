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
        /// `--theme`: a theme name or a theme file.
        var theme: String?
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
        let catalog = ThemeCatalog.standard(environment: env)
        let choice = ThemeChoice.resolve(requested: options.theme, environment: env, catalog: catalog)
        var notice = choice.notices.last
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(theme: choice.theme)
        } catch {
            printError("\(error.description); printing the article as plain text")
            printPlain(document, options: options, env: env)
            return 0
        }
        // Runs after the shutdown below: theme problems stay readable in the shell.
        defer { for n in choice.notices { printError(n) } }
        defer { terminal.shutdown() }

        var (state, effects) = Reader.start(document: document, size: terminal.size)
        state.themes = choice.cycle
        state.message = notice
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
                case .applyTheme(let name):
                    do {
                        terminal.apply(try catalog.load(name).theme)
                    } catch {
                        terminal.apply(ThemeChoice.fallbackDefault(catalog))
                        state.message = error.description + "; using the default theme"
                    }
                    full = true
                case .loadFacts:
                    (state, effects) = Reader.update(state, .factsLoaded(FactSource.facts(for: article)))
                    state.message = state.message ?? notice
                    notice = nil
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
