import ArgumentParser
import ArticleKit
import Foundation
import LibraryKit

/// `leggio list [PATH...] [--json] [--hidden]`: the library as lines or JSON, for scripts.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles in folders or files: path, format, title, date, language, words, facts.",
        discussion: """
            Folders are scanned recursively for .txt, .md, .markdown, .html and .htm files and files \
            without an extension; hidden folders are skipped unless --hidden is given. Without --json \
            each article is one line of tab-separated fields: path, format, title, date, language, \
            words, facts. Files that cannot be read are reported on standard error.
            """
    )

    @Argument(help: "Folders or files (default: the current folder).")
    var paths: [String] = []

    @Flag(help: "Print JSON instead of tab-separated lines.")
    var json = false

    @Flag(help: "Also scan hidden folders and files.")
    var hidden = false

    @Flag(help: "List the sample library that ships with Leggio.")
    var samples = false

    @Flag(name: .customLong("no-cache"), help: "Read every file again instead of using the metadata cache.")
    var noCache = false

    func run() throws {
        var roots = paths.isEmpty ? ["."] : paths
        if samples {
            guard let sample = SampleLibrary.path else {
                printError("the sample library is missing from this installation")
                throw ExitCode(1)
            }
            roots = paths.isEmpty ? [sample] : roots + [sample]
        }
        var options = LibraryOptions()
        options.includeHidden = hidden
        options.useCache = !noCache
        let (entries, problems) = LibraryLoader.loadAll(roots, options: options)
        for problem in problems { printError(ListLine.visible(problem.message)) }
        for entry in entries { if let error = entry.error { printError(ListLine.visible(error)) } }
        let listed = entries.filter { $0.error == nil }
        if json {
            try printJSON(listed.map(ListedArticle.init))
        } else {
            var out = ""
            for entry in listed { out += ListLine.render(entry) + "\n" }
            FileHandle.standardOutput.write(Data(out.utf8))
        }
        // A path the user named that does not exist is an error; unreadable files are not.
        if problems.contains(where: { problem in roots.contains(problem.path) }) { throw ExitCode(1) }
    }
}

/// One article in `leggio list --json` (keys sorted by the encoder).
struct ListedArticle: Encodable {
    var path: String
    var format: String
    var title: String
    var date: String?
    var dateSource: String
    var author: String?
    var language: String
    var words: Int
    var readingMinutes: Int
    var facts: Int?

    init(_ e: LibraryEntry) {
        path = e.path
        format = e.format.rawValue
        title = e.title
        date = e.date
        dateSource = e.dateSource.rawValue
        author = e.author
        language = e.language.rawValue
        words = e.words
        readingMinutes = e.readingMinutes
        facts = e.facts
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(path, forKey: .path)
        try c.encode(format, forKey: .format)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(dateSource, forKey: .dateSource)
        try c.encode(author, forKey: .author)
        try c.encode(language, forKey: .language)
        try c.encode(words, forKey: .words)
        try c.encode(readingMinutes, forKey: .readingMinutes)
        try c.encode(facts, forKey: .facts)
    }

    enum CodingKeys: String, CodingKey {
        case path, format, title, date, dateSource, author, language, words, readingMinutes, facts
    }
}

/// The tab-separated line of `leggio list`, with text from files made safe for a terminal.
enum ListLine {
    static func render(_ e: LibraryEntry) -> String {
        [e.path, e.format.rawValue, e.title, e.date.map { e.dateSource == .file ? "~" + $0 : $0 } ?? "", e.language.rawValue, String(e.words), e.facts.map(String.init) ?? ""]
            .map { visible($0).replacingOccurrences(of: "\t", with: " ") }
            .joined(separator: "\t")
    }

    /// Control characters shown as `^X` (C0, DEL) or `\u{FFFD}` (C1), bidi controls removed,
    /// so nothing from a document or a file name reaches the terminal raw.
    static func visible(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out.append(scalar)
            case 0x00..<0x20: out.append(contentsOf: "^\(Character(UnicodeScalar(scalar.value + 0x40)!))".unicodeScalars)
            case 0x7F: out.append(contentsOf: "^?".unicodeScalars)
            case 0x80..<0xA0: out.append("\u{FFFD}")
            case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: continue
            default:
                // A file name's byte that is not UTF-8 reads `\xFF` (`FilePath`).
                if FilePath.rawByte(scalar) != nil {
                    out.append(contentsOf: FilePath.display(String(scalar)).unicodeScalars)
                } else {
                    out.append(scalar)
                }
            }
        }
        return String(out)
    }
}
