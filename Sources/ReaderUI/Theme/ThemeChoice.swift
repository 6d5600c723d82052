/// Which theme the reader starts with, and what to tell the user about it. `NO_COLOR` forces
/// `mono`; otherwise `--theme`, then the config file, then `default`. A theme that cannot be
/// used gives way to the default, with a notice that says why — never a crash.
public struct ThemeChoice: Sendable {
    public var theme: Theme
    /// Problems to show (in the status line and on standard error), one line each.
    public var notices: [String]
    /// Themes `T` cycles through, starting from this one.
    public var cycle: ThemeCycle

    public static func resolve(requested: String?, environment: [String: String], catalog: ThemeCatalog) -> ThemeChoice {
        if !(environment["NO_COLOR"] ?? "").isEmpty {
            let mono = (try? catalog.load("mono").theme) ?? .standard(color: false)
            var theme = mono.attributesOnly
            theme.name = "mono"
            return ThemeChoice(theme: theme, notices: [], cycle: ThemeCycle(names: ["mono"], current: "mono"))
        }
        var notices: [String] = []
        var name = requested
        if name == nil {
            do {
                name = try ThemeConfig.themeName(configFolder: ThemeCatalog.configFolder(environment: environment))
            } catch {
                notices.append(error.description)
            }
        }
        let names = catalog.names()
        let wanted = name ?? "default"
        do {
            let theme = try catalog.load(wanted).theme
            let current = names.contains(wanted) ? wanted : theme.name
            return ThemeChoice(theme: theme, notices: notices,
                               cycle: ThemeCycle(names: names.contains(current) ? names : names + [current], current: current))
        } catch {
            notices.append(error.description + "; using the default theme")
            let fallback = wanted == "default" ? Theme.standard(color: true) : fallbackDefault(catalog)
            return ThemeChoice(theme: fallback, notices: notices, cycle: ThemeCycle(names: names, current: "default"))
        }
    }

    /// The default theme from its file, or built in when that file cannot be used.
    public static func fallbackDefault(_ catalog: ThemeCatalog) -> Theme {
        (try? catalog.load("default").theme) ?? .standard(color: true)
    }
}
