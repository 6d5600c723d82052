import AppRuntime
import Foundation
import ReaderUI
import Testing

@Suite("Choosing a theme")
struct ThemeChoiceTests {
    /// A config folder with a user theme folder, and the shipped themes.
    struct Setup {
        let config: String
        var env: [String: String] { ["XDG_CONFIG_HOME": (config as NSString).deletingLastPathComponent, "HOME": "/nonexistent"] }
        var catalog: ThemeCatalog { ThemeCatalog(userFolder: config + "/themes", shippedFolders: [ThemeFolders.themesFolder]) }

        init() throws {
            config = try ThemeFolders.temporaryFolder() + "/leggio"
        }

        func choose(_ requested: String? = nil, extra: [String: String] = [:]) -> ThemeChoice {
            ThemeChoice.resolve(requested: requested, environment: env.merging(extra) { $1 }, catalog: catalog)
        }

        func cleanUp() { ThemeFolders.remove((config as NSString).deletingLastPathComponent) }
    }

    @Test("Nothing asked: the default theme, no notice")
    func plainDefault() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        let c = s.choose()
        #expect(c.theme == (try ThemeFolders.load("default").theme))
        #expect(c.notices.isEmpty)
        #expect(c.cycle.current == "default")
        #expect(c.cycle.names.count >= 7)
    }

    @Test("--theme wins over the config file, which wins over the default")
    func precedence() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        try ThemeFolders.write("# settings\ntheme = \"light\"\nother = 3\n", to: s.config + "/config.toml")
        #expect(s.choose().theme.name == "light")
        #expect(s.choose().cycle.current == "light")
        #expect(s.choose("solarized-dark").theme.name == "solarized-dark")
    }

    @Test("XDG_CONFIG_HOME, else ~/.config")
    func configFolder() {
        #expect(ThemeCatalog.configFolder(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/leggio")
        #expect(ThemeCatalog.configFolder(environment: ["XDG_CONFIG_HOME": "", "HOME": "/h"]) == "/h/.config/leggio")
        #expect(ThemeCatalog.configFolder(environment: [:]) == nil)
    }

    @Test("A user theme sits beside the shipped ones and replaces one of the same name")
    func userThemes() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        try ThemeFolders.write("description = \"mine\"\n[styles]\ntext = { fg = \"green\", bg = \"black\" }\n", to: s.config + "/themes/paper.toml")
        try ThemeFolders.write("description = \"my dark\"\n[styles]\ntext = { fg = \"white\", bg = \"black\" }\n", to: s.config + "/themes/dark.toml")
        let entries = s.catalog.entries()
        #expect(entries.first { $0.name == "paper" }?.isUser == true)
        #expect(entries.first { $0.name == "dark" }?.isUser == true)
        #expect(entries.first { $0.name == "light" }?.isUser == false)
        #expect(s.choose("paper").theme.appearance(.text) == Appearance(.green, on: .black))
        #expect(s.choose("dark").theme.summary == "my dark")
        #expect(s.choose("paper").cycle.names.contains("paper"))
    }

    @Test("A bad theme falls back to the default with a notice naming file and line")
    func badTheme() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        try ThemeFolders.write("[styles]\ntext = {}\ntitle = { fg = \"chartreuse\" }\n", to: s.config + "/themes/broken.toml")
        let c = s.choose("broken")
        #expect(c.theme == (try ThemeFolders.load("default").theme))
        #expect(c.notices.count == 1)
        #expect(c.notices[0].contains("broken.toml:3: title.fg: unknown colour \"chartreuse\""))
        #expect(c.notices[0].hasSuffix("using the default theme"))
        #expect(c.statusNotice == "broken.toml:3: title.fg: unknown colour \"chartreuse\" · default theme")
        let missing = s.choose("no-such-theme")
        #expect(missing.theme.name == "default")
        #expect(missing.notices.first?.contains("no theme named \"no-such-theme\"") == true)
        #expect(missing.statusNotice == "no theme named \"no-such-theme\" · default theme")
    }

    @Test("A bad config file is reported, and the default is used")
    func badConfig() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        try ThemeFolders.write("\ntheme = 3\n", to: s.config + "/config.toml")
        let c = s.choose()
        #expect(c.theme.name == "default")
        #expect(c.notices == [ThemeError.wrongType(file: s.config + "/config.toml", line: 2, key: "theme",
                                                   expected: "a theme name such as \"dark\"", found: "a integer").description])
    }

    @Test("With no theme files anywhere, the built-in default still works")
    func noFiles() {
        let empty = ThemeCatalog(userFolder: "/nonexistent/leggio/themes", shippedFolders: [])
        #expect(empty.names() == ["default"])
        let c = ThemeChoice.resolve(requested: nil, environment: ["HOME": "/nonexistent"], catalog: empty)
        #expect(c.theme == .standard(color: true))
        #expect(c.notices.isEmpty)
        let mono = ThemeChoice.resolve(requested: nil, environment: ["NO_COLOR": "1"], catalog: empty)
        #expect(!mono.theme.hasColor)
    }

    @Test("Shipped themes are found beside an installed binary and in a checkout")
    func shippedFolders() throws {
        let prefix = try ThemeFolders.temporaryFolder()
        defer { ThemeFolders.remove(prefix) }
        try ThemeFolders.write("[styles]\ntext = {}\n", to: prefix + "/share/leggio/themes/default.toml")
        let installed = ThemeCatalog.shippedFolders(executablePath: prefix + "/bin/leggio", sourceFile: "/nonexistent/a/b/c/d.swift")
        #expect(installed.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path }
                == [URL(fileURLWithPath: prefix + "/share/leggio/themes").resolvingSymlinksInPath().path])
        let checkout = ThemeCatalog.shippedFolders(executablePath: ThemeFolders.packageRoot.path + "/.build/debug/leggio",
                                                   sourceFile: "/nonexistent/a/b/c/d.swift")
        #expect(checkout == [ThemeFolders.themesFolder])
        let fromSource = ThemeCatalog.shippedFolders(executablePath: nil,
                                                     sourceFile: ThemeFolders.packageRoot.path + "/Sources/AppRuntime/Themes/ThemeCatalog.swift")
        #expect(fromSource == [ThemeFolders.themesFolder])
    }

    @Test("--theme may name a file")
    func themePath() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        let c = s.choose(ThemeFolders.themesFolder + "/high-contrast.toml")
        #expect(c.theme.name == "high-contrast")
        #expect(c.notices.isEmpty)
    }

    @Test("NO_COLOR forces mono, whatever was asked, and nothing it draws carries colour")
    func noColor() throws {
        let s = try Setup()
        defer { s.cleanUp() }
        for requested in [nil, "solarized-dark", "high-contrast"] {
            let c = s.choose(requested, extra: ["NO_COLOR": "1"])
            #expect(c.theme.name == "mono")
            #expect(!c.theme.hasColor)
            #expect(c.cycle.names == ["mono"])
            for depth in ColorDepth.allCases {
                #expect(c.theme.resolved(at: depth).allSatisfy { $0.foreground == nil && $0.background == nil })
                let styles = TerminalStyles(theme: c.theme, colors: depth.rawValue, maxPairs: 256)
                #expect(styles.pairs.isEmpty)
                #expect(styles.roles.allSatisfy { $0.pair == 0 })
            }
            let screen = ThemePreview.render(Reader.render(try ThemeFolders.searched(Size(width: 60, height: 20))), theme: c.theme, depth: .full256)
            let codes = Self.sgrCodes(screen)
            #expect(!codes.isEmpty)
            #expect(codes.allSatisfy { [0, 1, 2, 3, 4, 7].contains($0) }, "colour codes in \(Set(codes).sorted())")
            #expect(screen.contains("\u{1B}[0;7m"))  // reverse for the status line
        }
        // An empty NO_COLOR does not count (no-color.org).
        #expect(s.choose("dark", extra: ["NO_COLOR": ""]).theme.name == "dark")
    }

    /// Every parameter of every SGR sequence (`ESC [ … m`) in a text.
    static func sgrCodes(_ text: String) -> [Int] {
        var codes: [Int] = []
        for part in text.components(separatedBy: "\u{1B}[").dropFirst() {
            guard let end = part.firstIndex(of: "m") else { continue }
            codes += part[..<end].split(separator: ";").compactMap { Int($0) }
        }
        return codes
    }

    @Test("Themes/ holds every shipped theme and nothing that fails to load")
    func shippedCatalog() throws {
        let names = ThemeFolders.shipped.names()
        #expect(names.first == "default")
        #expect(Set(["default", "dark", "light", "solarized-dark", "solarized-light", "high-contrast", "mono"]).isSubset(of: Set(names)))
        for name in names { _ = try ThemeFolders.shipped.load(name) }
    }

    @Test("Errors from the file system: missing file, folder, unknown name")
    func fileSystem() throws {
        #expect(throws: ThemeError.unreadable(file: "/nonexistent/x.toml", reason: "no such file")) {
            try ThemeCatalog.load(path: "/nonexistent/x.toml")
        }
        #expect(throws: ThemeError.unreadable(file: ThemeFolders.themesFolder, reason: "it is a folder")) {
            try ThemeCatalog.load(path: ThemeFolders.themesFolder)
        }
        // A FIFO named as a theme is refused at once, not read (which would block).
        let fifo = NSTemporaryDirectory() + "leggio-theme-\(UUID().uuidString).toml"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(throws: ThemeError.unreadable(file: fifo, reason: "it is a named pipe (FIFO), not a file")) {
            try ThemeCatalog.load(path: fifo)
        }
        try? FileManager.default.removeItem(atPath: fifo)
        #expect(throws: ThemeError.notFound(name: "nope", searched: [ThemeFolders.themesFolder])) {
            try ThemeFolders.shipped.load("nope")
        }
    }
}
