import Foundation
import Testing

/// The script-facing commands run as a person or a script would run them: real processes,
/// exit codes, and two searches sharing one index at once.
@Suite("Command line")
struct CommandLineTests {
    /// A folder of articles and an empty cache for one test.
    struct Workspace {
        let root: String
        var library: String { root + "/library" }
        var environment: [String: String] {
            ProcessInfo.processInfo.environment.merging(
                ["XDG_CACHE_HOME": root + "/cache", "XDG_STATE_HOME": root + "/state", "NO_COLOR": "1"]) { $1 }
        }

        init(articles: Int) throws {
            root = NSTemporaryDirectory() + "leggio-cli-\(UUID().uuidString)"
            try FileManager.default.createDirectory(atPath: root + "/library", withIntermediateDirectories: true)
            for i in 0..<articles {
                let text = """
                    Notizia numero \(i) sulle comete

                    Gli astronomi hanno osservato una cometa luminosa, la numero \(i), vicino a Giove.

                    Le osservazioni

                    Il ministero della Cultura ha dichiarato che la cometa resterà visibile per circa \(i + 2) settimane.
                    """
                try text.write(toFile: library + "/a\(i).txt", atomically: true, encoding: .utf8)
            }
        }

        func run(_ arguments: [String]) throws -> (code: Int32, output: String) {
            let result = try Spawn.run([try Binary.leggio()] + arguments, environment: environment)
            return ((result.status >> 8) & 0xFF, result.output)
        }
    }

    @Test("leggio --help shows how to read a file, with the reading options of its default command")
    func topLevelHelpListsTheReadingOptions() throws {
        let ws = try Workspace(articles: 0)
        let (code, help) = try ws.run(["--help"])
        #expect(code == 0)
        for option in ["--plain", "--width <width>", "--theme <theme>", "--hidden"] {
            #expect(help.contains(option), "\(option) missing from:\n\(help)")
        }
        #expect(help.contains("Print the article as plain text even on a terminal."))
        #expect(help.contains("leggio [FILE | DIR ...]"))
        #expect(help.contains("SUBCOMMANDS:"))
    }

    @Test func twoSearchesShareOneIndexAtOnce() async throws {
        let ws = try Workspace(articles: 120)
        // Both start on an empty index: both index, one waits for the other's writes.
        async let first = Task.detached { try ws.run(["search", "cometa", ws.library, "--limit", "500"]) }.value
        async let second = Task.detached { try ws.run(["search", "giove", ws.library, "--limit", "500"]) }.value
        let (a, b) = try await (first, second)
        #expect(a.code == 0 && b.code == 0)
        #expect(a.output.split(separator: "\n").count == 120)
        #expect(b.output.split(separator: "\n").count == 120)
        #expect(a.output.contains("[cometa]"))
    }

    @Test func aCacheThatCannotBeWrittenStillAnswersFromTheFiles() throws {
        let ws = try Workspace(articles: 3)
        try Data("not a folder".utf8).write(to: URL(fileURLWithPath: ws.root + "/cache"))
        let (code, output) = try ws.run(["search", "\"numero 2\"", ws.library])
        #expect(code == 0)
        #expect(output.contains("a2.txt"))
    }

    @Test func aHalfTruncatedIndexIsRebuiltAndTheQueryAnswers() throws {
        let ws = try Workspace(articles: 150)
        #expect(try ws.run(["search", "cometa", ws.library]).code == 0)
        let index = ws.root + "/cache/leggio/index.sqlite"
        // The last connection to close folded the WAL into the file: cut the file to half.
        let size = try #require(try FileManager.default.attributesOfItem(atPath: index)[.size] as? Int)
        #expect(truncate(index, off_t(size / 2)) == 0)
        for _ in 0..<2 {
            let (code, output) = try ws.run(["search", "\"numero 142\"", ws.library])
            #expect(code == 0)
            #expect(output.contains("a142.txt"))
        }
    }

    @Test func jsonEscapesTerminalControlsAndBidiMarks() throws {
        let ws = try Workspace(articles: 0)
        let odd = "\u{85}\u{90}\u{9B}31m\u{9C}\u{7F}\u{2028}\u{2029}\u{202A}\u{202E}\u{2066}\u{2069}"
        let file = ws.library + "/odd.txt"
        try "Titolo \(odd) fine\n\nUn paragrafo con \(odd) dentro, scritto per la prova.\n".write(toFile: file, atomically: true, encoding: .utf8)
        for command in ["dump", "facts", "list", "search"] {
            let arguments = command == "search" ? ["search", "paragrafo", ws.library, "--json"] : [command, file, "--json"]
            let (code, output) = try ws.run(arguments)
            #expect(code == 0, "\(command)")
            let raw = output.unicodeScalars.filter { s in
                s.value == 0x7F || (0x80...0x9F).contains(s.value) || (0x2028...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value)
            }
            #expect(raw.isEmpty, "\(command) printed \(raw.map { String($0.value, radix: 16) })")
            if command == "dump" {
                #expect(output.contains("\\u0085\\u0090\\u009B31m\\u009C\\u007F\\u2028\\u2029\\u202A\\u202E\\u2066\\u2069"))
                // The escapes are JSON: the text read back is the text written.
                let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
                #expect((object["title"] as? String)?.contains(odd) == true)
            }
        }
    }

    @Test func searchJSONCarriesSpansOfTheMatchedWords() throws {
        let ws = try Workspace(articles: 3)
        let (code, output) = try ws.run(["search", "\"numero 2\"", ws.library, "--json"])
        #expect(code == 0)
        let hits = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [[String: Any]])
        #expect(hits.count == 1)
        let hit = try #require(hits.first)
        #expect((hit["path"] as? String)?.hasSuffix("/a2.txt") == true)
        let spans = try #require(hit["spans"] as? [[String: Int]])
        let text = try String(contentsOfFile: ws.library + "/a2.txt", encoding: .utf8)
        let bytes = Array(text.utf8)
        for span in spans {
            let cut = String(decoding: bytes[span["start"]!..<span["end"]!], as: UTF8.self)
            #expect(cut.lowercased() == "numero 2")
        }
        #expect(spans.count == 2)
    }

    @Test("search prints paths as typed, text and JSON alike; JSON adds absolutePath")
    func searchPathsAsTyped() throws {
        let ws = try Workspace(articles: 2)
        let bin = try Binary.leggio()
        func run(_ args: String) throws -> String {
            try Spawn.run(["/bin/sh", "-c", "cd '\(ws.root)' && '\(bin)' search \(args)"], environment: ws.environment).output
        }
        #expect(try run("'numero 1' library").hasPrefix("library/a1.txt:"))
        #expect(try run("'numero 1' ./library/").hasPrefix("./library/a1.txt:"))
        #expect(try run("'numero 1' library/a1.txt").hasPrefix("library/a1.txt:"))
        let json = try run("'numero 1' library --json")
        let hit = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])?.first)
        #expect(hit["path"] as? String == "library/a1.txt")
        let absolute = try #require(hit["absolutePath"] as? String)
        #expect(absolute.hasPrefix("/") && absolute.hasSuffix("/library/a1.txt"))
        let inside = try Spawn.run(["/bin/sh", "-c", "cd '\(ws.library)' && '\(bin)' search 'numero 1'"], environment: ws.environment).output
        #expect(inside.hasPrefix("a1.txt:"))
    }

    @Test("A hit in the lede is labelled as the lede, not with the first section's heading")
    func searchHitInLede() throws {
        let ws = try Workspace(articles: 1)
        let lede = try ws.run(["search", "astronomi", ws.library])
        #expect(lede.output.contains(": §1 (lede): "), "\(lede.output)")
        #expect(!lede.output.contains("Le osservazioni"))
        let body = try ws.run(["search", "ministero", ws.library])
        #expect(body.output.contains(": §1 Le osservazioni: "), "\(body.output)")
        let json = try ws.run(["search", "astronomi", ws.library, "--json"])
        let hit = try #require((try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])?.first)
        #expect(hit["opening"] as? String == "lede")
        #expect(hit["heading"] as? String == "Le osservazioni")
        // Words in the title and the lede: the line is the lede's, where the snippet's words
        // are (it was the title's line 1, beside the lede's words).
        let both = try ws.run(["search", "numero", ws.library])
        #expect(both.output.contains("a0.txt:3: §1 (lede): Gli astronomi"), "\(both.output)")
    }

    @Test("A hit in an untitled article is labelled `§1:`, with no empty name before the colon")
    func searchHitUntitled() throws {
        let ws = try Workspace(articles: 0)
        let text = "la cometa passa vicino alla terra questa notte e molti la guarderanno dal balcone, "
            + "dicono gli astronomi che la seguono da mesi con attenzione.\n"
        try text.write(toFile: ws.library + "/untitled.txt", atomically: true, encoding: .utf8)
        let hit = try ws.run(["search", "cometa", ws.library])
        #expect(hit.output.hasPrefix(ws.library + "/untitled.txt:1: §1: la [cometa] passa"), "\(hit.output)")
    }

    @Test func searchExitCodes() throws {
        let ws = try Workspace(articles: 2)
        #expect(try ws.run(["search", "cometa", ws.library]).code == 0)
        #expect(try ws.run(["search", "ornitorinco", ws.library]).code == 1)
        #expect(try ws.run(["search", "--", "-cometa", ws.library]).code == 2)
        #expect(try ws.run(["search", "colour:red", ws.library]).code == 2)
        // A fact filter alone finds the articles whose facts name it.
        let facts = try ws.run(["search", "org:ministero", ws.library])
        #expect(facts.code == 0)
        #expect(facts.output.split(separator: "\n").count == 2)
    }

    @Test("search skips a path it cannot read, searches the others, and exits 1 as list does")
    func searchSkipsABadPath() throws {
        let ws = try Workspace(articles: 2)
        let loop = ws.root + "/loop.txt"
        try FileManager.default.createSymbolicLink(atPath: loop, withDestinationPath: loop)
        let mixed = try ws.run(["search", "cometa", loop, ws.library])
        #expect(mixed.code == 1)
        #expect(mixed.output.contains("a0.txt"), "\(mixed.output)")
        #expect(try ws.run(["search", "cometa", loop]).code == 1)
        #expect(try ws.run(["search", "cometa", ws.root + "/missing.txt"]).code == 1)
        // The reason is said in words on standard error.
        let said = try Spawn.run(["/bin/sh", "-c", "'\(try Binary.leggio())' search cometa '\(loop)' 2>&1 >/dev/null"], environment: ws.environment)
        #expect(said.output.contains("loop.txt: is a symbolic link that loops"), "\(said.output)")
    }

    @Test("leggio on a folder it cannot list says why and exits 1, instead of listing the sample library")
    func anUnlistableFolderIsNotTheSampleLibrary() throws {
        let ws = try Workspace(articles: 1)
        let locked = ws.root + "/locked"
        try FileManager.default.createDirectory(atPath: locked + "/inside", withIntermediateDirectories: true)
        try "Un titolo\n\nUn paragrafo.\n".write(toFile: locked + "/inside/a.txt", atomically: true, encoding: .utf8)
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }
        // Root may list every folder: run as nobody then, who may not.
        let asUser = getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let command = asUser.map { "'\($0)'" }.joined(separator: " ") + " '\(try Binary.leggio())' '\(locked)' 2>&1; echo \"exit $?\""
        let said = try Spawn.run(["/bin/sh", "-c", command], environment: ws.environment)
        #expect(said.output.contains("locked: cannot list this folder: Permission denied"), "\(said.output)")
        #expect(said.output.hasSuffix("exit 1\n"), "\(said.output)")
        #expect(!said.output.contains("sample library") && !said.output.contains("A Torino riapre"), "\(said.output)")
    }

    @Test func dumpErrorsAreOneLineAndNonZero() throws {
        let ws = try Workspace(articles: 1)
        try Data([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01]).write(to: URL(fileURLWithPath: ws.root + "/binary.txt"))
        for path in [ws.root + "/missing.txt", ws.library, ws.root + "/binary.txt"] {
            #expect(try ws.run(["dump", path]).code == 1)
        }
        let json = try ws.run(["dump", ws.library + "/a0.txt", "--json"])
        #expect(json.code == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Notizia numero 0 sulle comete")
        // The first paragraph reads as a summary, so it is the lede: one section remains.
        #expect(object["lede"] as? String == "Gli astronomi hanno osservato una cometa luminosa, la numero 0, vicino a Giove.")
        #expect((object["sections"] as? [[String: Any]])?.map { $0["heading"] as? String } == ["Le osservazioni"])
    }
}
