import Foundation
import ReaderUI

/// Where themes are found: the user's folder (`$XDG_CONFIG_HOME/leggio/themes`, by default
/// `~/.config/leggio/themes`) beside the shipped `Themes/` folder, wherever the binary runs
/// from: an installed copy (`<prefix>/bin/leggio` with `<prefix>/share/leggio/themes`) or a
/// checkout (`swift run`, found by walking up from the executable, or from this source file).
/// A user theme with a shipped theme's name replaces it.
public struct ThemeCatalog: Sendable {
    /// A theme file and where it came from.
    public struct Entry: Hashable, Sendable {
        public var name: String
        public var path: String
        public var isUser: Bool
    }

    public var userFolder: String?
    public var shippedFolders: [String]

    public init(userFolder: String?, shippedFolders: [String]) {
        self.userFolder = userFolder
        self.shippedFolders = shippedFolders
    }

    /// `$XDG_CONFIG_HOME/leggio`, or `~/.config/leggio`.
    public static func configFolder(environment: [String: String]) -> String? {
        if let x = environment["XDG_CONFIG_HOME"], x.hasPrefix("/") { return x + "/leggio" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/leggio" }
        return nil
    }

    /// The catalog for this process: the user's folder and the shipped folders that exist.
    public static func standard(environment: [String: String], executablePath: String? = nil) -> ThemeCatalog {
        ThemeCatalog(
            userFolder: configFolder(environment: environment).map { $0 + "/themes" },
            shippedFolders: shippedFolders(executablePath: executablePath ?? currentExecutable())
        )
    }

    /// The shipped themes' folders, most specific first: beside an installed binary, then the
    /// checkout that holds the binary, then the checkout this file was compiled from.
    public static func shippedFolders(executablePath: String?, sourceFile: String = #filePath) -> [String] {
        // Plain path strings (no URLs): this runs at every start.
        var candidates: [String] = []
        if let exe = executablePath {
            let bin = parent(resolvingSymlinks(exe))
            candidates.append(standardized(bin + "/../share/leggio/themes"))
            candidates.append(standardized(bin + "/../share/leggio/Themes"))
            var dir = bin
            for _ in 0..<6 {
                candidates.append(joined(dir, "Themes"))
                let up = parent(dir)
                if up == dir { break }
                dir = up
            }
        }
        // Sources/AppRuntime/Themes/ThemeCatalog.swift → the package root.
        var root = absolute(sourceFile)
        for _ in 0..<4 { root = parent(root) }
        candidates.append(joined(root, "Themes"))
        var seen = Set<String>()
        return candidates.filter { path in
            guard !seen.contains(path), FileManager.default.fileExists(atPath: path + "/default.toml") else { return false }
            seen.insert(path)
            return true
        }
    }

    /// An absolute path (relative ones are taken from the current folder), without `//`, `.`
    /// or a trailing `/`.
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return "/" + full.split(separator: "/").filter { $0 != "." }.joined(separator: "/")
    }

    /// `absolute`, with `..` taking off the component before it.
    static func standardized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in absolute(path).split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The path with its symbolic links resolved; standardized as it is when it does not exist.
    static func resolvingSymlinks(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return standardized(path) }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The folder holding `path` (an absolute path); `/` for `/`.
    static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    static func joined(_ folder: String, _ name: String) -> String {
        folder == "/" ? "/" + name : folder + "/" + name
    }

    static func currentExecutable() -> String? {
        if let link = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return link }
        return Bundle.main.executablePath
    }

    /// Every theme by name: `default` first, then the rest in alphabetical order. The first
    /// shipped folder that has a name wins; the user's folder overrides them all.
    public func entries() -> [Entry] {
        var byName: [String: Entry] = [:]
        for folder in shippedFolders.reversed() {
            for (name, path) in Self.themeFiles(in: folder) { byName[name] = Entry(name: name, path: path, isUser: false) }
        }
        if let user = userFolder {
            for (name, path) in Self.themeFiles(in: user) { byName[name] = Entry(name: name, path: path, isUser: true) }
        }
        return byName.values.sorted { a, b in
            a.name == "default" ? b.name != "default" : b.name == "default" ? false : a.name < b.name
        }
    }

    /// Theme names in cycling order; `default` is always there (it is built in).
    public func names() -> [String] { Self.names(of: entries()) }

    static func names(of entries: [Entry]) -> [String] {
        let names = entries.map(\.name)
        return names.contains("default") ? names : ["default"] + names
    }

    static func themeFiles(in folder: String) -> [(String, String)] {
        // readdir(3) directly: this runs at every start, and FileManager costs more than the
        // handful of files it lists.
        guard let dir = opendir(folder) else { return [] }
        defer { closedir(dir) }
        var files: [(String, String)] = []
        while let entry = readdir(dir) {
            let file = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard file.hasSuffix(".toml"), !file.hasPrefix(".") else { continue }
            files.append((String(file.dropLast(5)), folder + "/" + file))
        }
        return files
    }

    /// A theme by name, or by path when the argument names a file (`./mine.toml`). `default`
    /// without a file is the built-in default.
    public func load(_ nameOrPath: String) throws(ThemeError) -> ThemeFile {
        try load(nameOrPath, entries: nil)
    }

    /// `load(_:)` with the entries already listed (nil: list them when needed).
    func load(_ nameOrPath: String, entries listed: [Entry]?) throws(ThemeError) -> ThemeFile {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") { return try Self.load(path: nameOrPath) }
        if let entry = (listed ?? entries()).first(where: { $0.name == nameOrPath }) { return try Self.load(path: entry.path) }
        if nameOrPath == "default" { return ThemeFile(theme: .standard(color: true), missingRoles: []) }
        throw .notFound(name: nameOrPath, searched: (userFolder.map { [$0] } ?? []) + shippedFolders)
    }

    /// Reads and parses one theme file; its name is the file's, unless it says otherwise.
    public static func load(path: String) throws(ThemeError) -> ThemeFile {
        let text = try ThemeFileText.read(path)
        var name = String(path.split(separator: "/").last ?? "")
        if name.hasSuffix(".toml") { name.removeLast(5) }
        return try ThemeParser.parse(text, file: path, name: name)
    }
}
