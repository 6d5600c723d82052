import ReaderUI

/// Which theme the reader starts with, and what to tell the user about it. `NO_COLOR` forces
/// `mono`; otherwise `--theme`, then the config file, then `default`. A theme that cannot be
/// used gives way to the default, with a notice that says why — never a crash.
public struct ThemeChoice: Sendable {
    public var theme: Theme
    /// Problems to print on standard error (after the reader closes), one line each.
    public var notices: [String]
    /// The last problem, short enough for the status line ("broken.toml:3: title.fg: unknown
    /// colour "chartreuse" · default theme").
    public var statusNotice: String?
    /// Themes `T` cycles through, starting from this one.
    public var cycle: ThemeCycle

    public static func resolve(requested: String?, environment: [String: String], catalog: ThemeCatalog) -> ThemeChoice {
        if !(environment["NO_COLOR"] ?? "").isEmpty {
            let mono = (try? catalog.load("mono").theme) ?? .standard(color: false)
            var theme = mono.attributesOnly
            theme.name = "mono"
            return ThemeChoice(theme: theme, notices: [], statusNotice: nil, cycle: ThemeCycle(names: ["mono"], current: "mono"))
        }
        var notices: [String] = []
        var statusNotice: String?
        var name = requested
        if name == nil {
            do {
                name = try ThemeConfig.themeName(configFolder: ThemeCatalog.configFolder(environment: environment))
            } catch {
                notices.append(error.description)
                statusNotice = error.summary
            }
        }
        // The folders are listed once, for the names and for the theme.
        let entries = catalog.entries()
        let names = ThemeCatalog.names(of: entries)
        let wanted = name ?? "default"
        do {
            let theme = try catalog.load(wanted, entries: entries).theme
            let current = names.contains(wanted) ? wanted : theme.name
            return ThemeChoice(theme: theme, notices: notices, statusNotice: statusNotice,
                               cycle: ThemeCycle(names: names.contains(current) ? names : names + [current], current: current))
        } catch {
            notices.append(error.description + "; using the default theme")
            let fallback = wanted == "default" ? Theme.standard(color: true) : fallbackDefault(catalog)
            return ThemeChoice(theme: fallback, notices: notices, statusNotice: error.summary + " · default theme", cycle: ThemeCycle(names: names, current: "default"))
        }
    }

    /// The default theme from its file, or built in when that file cannot be used.
    public static func fallbackDefault(_ catalog: ThemeCatalog) -> Theme {
        (try? catalog.load("default").theme) ?? .standard(color: true)
    }
}
