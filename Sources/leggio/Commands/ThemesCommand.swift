import AppRuntime
import ArgumentParser
import Foundation
import ReaderUI

/// `leggio themes`: the themes the reader can use, each with a one-line preview (on a
/// terminal); `--check FILE` validates a theme file; `--roles` lists the role names a theme
/// file styles.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List colour themes with a preview, or check a theme file.",
        discussion: """
            Themes are TOML files: the shipped ones, and yours in $XDG_CONFIG_HOME/leggio/themes \
            (~/.config/leggio/themes), which replace shipped themes of the same name. Choose one \
            with `leggio FILE --theme NAME`, or `theme = "NAME"` in $XDG_CONFIG_HOME/leggio/config.toml; \
            press T in the reader to cycle through them. NO_COLOR forces `mono`.
            """
    )

    @Option(name: .long, help: ArgumentHelp("Check a theme file and report what is wrong with it.", valueName: "file"))
    var check: String?

    @Flag(help: "List the roles a theme file can style.")
    var roles = false

    func run() throws {
        if let file = check {
            try runCheck(file)
        } else if roles {
            for role in Role.allCases { print(RoleName.of(role)) }
        } else {
            list()
        }
    }

    func runCheck(_ file: String) throws {
        do {
            let result = try ThemeCatalog.load(path: file)
            if !result.missingRoles.isEmpty {
                let names = result.missingRoles.map(RoleName.of).joined(separator: ", ")
                print("\(Sanitizer.clean(file)): warning: \(result.missingRoles.count) role(s) not styled, shown as in the default theme: \(names)")
            }
            print("\(Sanitizer.clean(file)): ok: theme \"\(Sanitizer.clean(result.theme.name))\", \(Role.allCases.count - result.missingRoles.count)/\(Role.allCases.count) roles styled")
        } catch {
            printError(error.description)
            throw ExitCode(1)
        }
    }

    func list() {
        let env = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog.standard(environment: env)
        let preview = isatty(STDOUT_FILENO) != 0 && (env["NO_COLOR"] ?? "").isEmpty
        let depth = Self.depth(env)
        var problems = 0
        var entries = catalog.entries().map { Optional($0) }
        if !entries.contains(where: { $0?.name == "default" }) { entries.insert(nil, at: 0) }
        let width = max(12, entries.map { DisplayWidth.of(Sanitizer.clean($0?.name ?? "default")) }.max() ?? 0) + 2
        for entry in entries {
            let name = Sanitizer.clean(entry?.name ?? "default")
            let padded = name + String(repeating: " ", count: max(1, width - DisplayWidth.of(name)))
            var theme = Theme.standard(color: true)
            do throws(ThemeError) {
                if let entry { theme = try ThemeCatalog.load(path: entry.path).theme }
            } catch {
                problems += 1
                print(padded + " cannot be used: " + error.summary)
                continue
            }
            let summary = Sanitizer.clean(theme.summary) + (entry?.isUser == true ? " (yours)" : "")
            if preview {
                // The description only where it fits beside the preview.
                let room = Self.columns() - width - ThemePreview.width - 2
                let note = summary.count <= room ? summary : room > 8 ? String(summary.prefix(room - 1)) + "…" : ""
                print(padded + ThemePreview.line(theme, depth: depth) + (note.isEmpty ? "" : "  " + note))
            } else {
                print(padded + summary + "  " + Sanitizer.clean(entry?.path ?? "(built in)"))
            }
        }
        print("")
        print("Your themes: \(catalog.userFolder ?? "(no $HOME)")")
        print("Shipped themes: \(catalog.shippedFolders.first ?? "(not found; the built-in default is used)")")
        if problems > 0 { print("\(problems) theme(s) cannot be used; `leggio themes --check FILE` says why.") }
    }

    /// The terminal's width (80 when it cannot be asked).
    static func columns() -> Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// The colours to preview in, guessed from the environment (no terminal is opened).
    static func depth(_ env: [String: String]) -> ColorDepth {
        let term = env["TERM"] ?? ""
        if term.contains("256color") || term.contains("direct") || env["COLORTERM"] != nil { return .full256 }
        if term.contains("16color") { return .sixteen }
        return .eight
    }
}
