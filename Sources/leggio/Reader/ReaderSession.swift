import AppRuntime
import ArticleKit
import CursesTerminal
import Foundation
import LibraryKit
import ReaderUI

/// Starts the reader: opens the terminal (or falls back to plain text) on one article or on a
/// library, then hands over to `AppLoop`, which drives `App.update` and draws each state. The article
/// `leggio FILE` read while the terminal was set up is held by `AppWork`, so the start's
/// `.openArticle` is answered at once.
@MainActor
enum ReaderSession {
    struct Options {
        var forcePlain = false
        var width: Int?
        /// `--theme`: a theme name or a theme file.
        var theme: String?
        /// `--hidden`: hidden folders and files are part of the library.
        var hidden = false
    }

    /// One article, being read by `loading`: a file that cannot be read is reported on
    /// standard error (status 1) before the terminal is touched. An article read from
    /// standard input is shown with keys read from /dev/tty.
    static func run(_ loading: ArticleLoading, options: Options) throws -> Int32 {
        let env = ProcessInfo.processInfo.environment
        let term = env["TERM"] ?? ""
        let fromInput = loading.path == nil
        if options.forcePlain || isatty(STDOUT_FILENO) == 0 || (!fromInput && isatty(STDIN_FILENO) == 0) {
            printPlain(ReaderDocument(article: try loading.article()), options: options, env: env)
            return 0
        }
        if term.isEmpty || term == "dumb" {
            let article = try loading.article()
            printError("TERM is \(term.isEmpty ? "not set" : "dumb"); printing the article as plain text")
            printPlain(ReaderDocument(article: article), options: options, env: env)
            return 0
        }
        // The theme is read while the article is being parsed, and the reading positions
        // after it; the theme is only used (and its problems only reported) once the article
        // has been read.
        loading.openStore()
        let catalog = ThemeCatalog.standard(environment: env)
        let choice = ThemeChoice.resolve(requested: options.theme, environment: env, catalog: catalog)
        // A file that takes a while to read (a 200 MB one takes seconds) opens the terminal
        // meanwhile, saying what is being read; q leaves at once.
        var early: CursesTerminal?
        if !loading.isRead(waiting: ReadingScreen.patience),
           let terminal = try? CursesTerminal(theme: choice.theme, keysFromTTY: fromInput) {
            early = terminal
            guard ReadingScreen.wait(for: loading, on: terminal) else {
                terminal.shutdown()
                return 0
            }
            // An unreadable file is said on the shell's screen, as when the terminal was not opened.
            if loading.failed { terminal.shutdown() }
        }
        let article = try loading.article()
        return run(article: article, fromInput: fromInput, options: options, catalog: catalog, choice: choice, env: env,
                   store: loading.store, terminal: early)
    }

    static func run(article: Article, fromInput: Bool, options: Options, catalog: ThemeCatalog, choice: ThemeChoice,
                    env: [String: String], store: () -> ReadingStateStore, terminal early: CursesTerminal? = nil) -> Int32 {
        let notice = choice.statusNotice
        let terminal: CursesTerminal
        if let early {
            terminal = early
        } else {
            do {
                terminal = try CursesTerminal(theme: choice.theme, keysFromTTY: fromInput)
            } catch {
                printError("\(error.description); printing the article as plain text")
                printPlain(ReaderDocument(article: article), options: options, env: env)
                // The store was opened meanwhile: say if it had to move a damaged file aside.
                for n in store().notices { printError(n) }
                return 0
            }
        }
        // Runs after the shutdown below: theme problems stay readable in the shell.
        defer { for n in choice.notices { printError(n) } }
        defer { terminal.shutdown() }

        // The article opens at once; h shows its folder's list with it selected, q quits.
        // Standard input opens alone, with nothing saved for it.
        let work = AppWork(store: store(), options: libraryOptions(options))
        work.hold(article)
        let (state, commands) = fromInput
            ? AppStartup.standardInput(size: terminal.size, themes: choice.cycle, notice: notice ?? work.store.notices.last)
            : AppStartup.reading(path: article.path ?? AppWork.standardInputPath, size: terminal.size, themes: choice.cycle,
                                 notice: notice ?? work.store.notices.last)
        return AppLoop.run(state, commands, terminal: terminal, catalog: catalog, work: work)
    }

    /// The library view on `roots` (folders or files), with the reader behind Enter.
    static func runLibrary(roots: [String], label: String, notice: String?, options: Options) -> Int32 {
        let env = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog.standard(environment: env)
        let choice = ThemeChoice.resolve(requested: options.theme, environment: env, catalog: catalog)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal(theme: choice.theme)
        } catch {
            printError(error.description)
            return 1
        }
        defer { for n in choice.notices { printError(n) } }
        defer { terminal.shutdown() }
        let work = AppWork(store: ReadingStateStore(), options: libraryOptions(options))
        let (state, commands) = AppStartup.library(roots: roots, label: label, size: terminal.size, samplePath: SampleLibrary.path,
                                                  themes: choice.cycle, sampleNotice: notice,
                                                  notice: choice.statusNotice ?? work.store.notices.last,
                                                  lastRead: work.store.lastRead)
        return AppLoop.run(state, commands, terminal: terminal, catalog: catalog, work: work)
    }

    static func libraryOptions(_ options: Options) -> LibraryOptions {
        var library = LibraryOptions()
        library.includeHidden = options.hidden
        return library
    }

    static func printPlain(_ document: ReaderDocument, options: Options, env: [String: String]) {
        let width = options.width ?? env["COLUMNS"].flatMap(Int.init) ?? 80
        FileHandle.standardOutput.write(Data(PlainText.render(document, width: width).utf8))
    }
}
