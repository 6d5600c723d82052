import Foundation

/// A crafted input for the bad-input suite: made at test time in its own folder (nothing
/// large is committed), returning the path the commands are given.
struct HostileCase: Sendable {
    var name: String
    var make: @Sendable (_ folder: String) throws -> String
    /// Rewrites the file while the commands run (a file changing while read).
    var changing = false

    init(_ name: String, changing: Bool = false, _ make: @escaping @Sendable (_ folder: String) throws -> String) {
        self.name = name
        self.changing = changing
        self.make = make
    }
}

/// Deterministic bytes (a 64-bit LCG), so a failure can be made again.
struct Noise {
    var state: UInt64
    mutating func next() -> UInt8 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return UInt8(truncatingIfNeeded: state >> 33)
    }
    mutating func bytes(_ n: Int) -> [UInt8] { (0..<n).map { _ in next() } }
}

/// Sizes are those the debug build (which `swift test` runs) gets through well inside the
/// limits; the full-size repros of issue 13 (16,000 claims, 160,000 headline mentions,
/// 32,000 headings, a 200 MB line) are timed on the release build, see the README.
/// Unclosed tags nest as deep as there are of them: `html-unclosed-tags` (5,000 paragraphs
/// inside unclosed inline tags) and `html-unclosed-inline` (30,000 `<b>`) were quadratic in
/// the HTML walk and the article finder (5,000 paragraphs took 17 s in a debug build, 100,000
/// `<b>` 170 s in a release build; now 0.2 s).
enum HostileCases {
    static func write(_ folder: String, _ name: String, _ bytes: [UInt8]) throws -> String {
        let path = folder + "/" + name
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func text(_ folder: String, _ name: String, _ text: String) throws -> String {
        try write(folder, name, Array(text.utf8))
    }

    static func repeated(_ unit: String, _ count: Int) -> String { String(repeating: unit, count: count) }

    static let prose = "Titolo della prova\n\nUna parola nel testo, scritta a Torino il 3 marzo 2026 da Mario Rossi, che ha detto che piove.\n"

    /// A file whose name is given as raw bytes (not UTF-8, or with controls).
    static func rawName(_ folder: String, _ name: [UInt8], _ text: String) throws -> String {
        let path = Array(folder.utf8) + [UInt8(ascii: "/")] + name
        let fd = path.map { CChar(bitPattern: $0) }.withUnsafeBufferPointer { p -> Int32 in
            var z = Array(p)
            z.append(0)
            return open(z, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        }
        guard fd >= 0 else { throw POSIXError(.EIO) }
        _ = Array(text.utf8).withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        // The path as leggio reads it back from argv: bytes that are not UTF-8 as its
        // private-use scalars (U+10FF00 + byte), passed through strdup as their UTF-8.
        var s = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var it = path.makeIterator()
        var offset = 0
        loop: while true {
            switch parser.parseScalar(from: &it) {
            case .valid(let e): s.append(Unicode.UTF8.decode(e)); offset += e.count
            case .error(let n): for k in offset..<offset + n { s.append(Unicode.Scalar(0x10FF00 + UInt32(path[k]))!) }; offset += n
            case .emptyInput: break loop
            }
        }
        return String(s)
    }

    static let all: [HostileCase] = [
        // Encodings
        HostileCase("utf8-article") { try text($0, "a.txt", prose) },
        HostileCase("utf8-bom") { try write($0, "a.txt", [0xEF, 0xBB, 0xBF] + Array(prose.utf8)) },
        HostileCase("utf16le-bom") { try write($0, "a.txt", [0xFF, 0xFE] + prose.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) },
        HostileCase("utf16be-bom") { try write($0, "a.txt", [0xFE, 0xFF] + prose.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }) },
        HostileCase("utf16-odd-length") { try write($0, "a.txt", [0xFF, 0xFE, 0x41, 0x00, 0x42]) },
        HostileCase("windows-1252") { try write($0, "a.txt", Array("Citt".utf8) + [0xE0, 0x20, 0x93] + Array("parola".utf8) + [0x94, 0x0A]) },
        HostileCase("invalid-utf8-soup") { f in
            var n = Noise(state: 1)
            return try write(f, "a.txt", (0..<50_000).map { i in i % 3 == 0 ? 0x80 | n.next() : UInt8(ascii: "a") + n.next() % 26 })
        },
        HostileCase("mixed-line-endings") { try text($0, "a.txt", repeated("Riga uno\r\nRiga due\rRiga tre parola\n", 2_000)) },
        HostileCase("nul-bytes") { try write($0, "a.txt", Array(prose.utf8) + [0, 0, 0, 0] + Array(prose.utf8)) },
        HostileCase("control-bytes") { f in
            var n = Noise(state: 2)
            return try write(f, "a.txt", (0..<65_536).map { _ in n.next() % 32 })
        },
        HostileCase("random-binary") { f in
            var n = Noise(state: 3)
            return try write(f, "a.bin", n.bytes(262_144))
        },
        HostileCase("elf-header") { f in
            var n = Noise(state: 4)
            return try write(f, "program", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0] + n.bytes(65_536))
        },
        HostileCase("empty") { try write($0, "a.txt", []) },
        HostileCase("only-whitespace") { try text($0, "a.txt", repeated(" \t\n\n", 50_000)) },
        // Sizes and shapes
        HostileCase("one-200KB-line") { try text($0, "a.txt", repeated("parola lunga ", 16_000)) },
        HostileCase("one-300KB-word") { try text($0, "a.txt", repeated("x", 300_000)) },
        HostileCase("20k-short-lines") { try text($0, "a.txt", repeated("a b\n", 20_000)) },
        HostileCase("1GB-sparse") { f in
            let path = f + "/big.txt"
            FileManager.default.createFile(atPath: path, contents: nil)
            guard truncate(path, 1 << 30) == 0 else { throw POSIXError(.EIO) }
            return path
        },
        // Fact extraction at scale (issue 13's quadratic cases)
        HostileCase("claims-4000") { try text($0, "q.txt", "Titolo\n\n" + repeated("secondo Mario Rossi e ", 4_000)) },
        HostileCase("headline-mentions-10000") { try text($0, "h.txt", repeated("in Seul e ", 10_000) + "\n\nA Seul piove.\n") },
        HostileCase("numbers-20000") { try text($0, "n.txt", "Titolo\n\n" + (0..<20_000).map { "\($0 * 37 % 9973),5 " }.joined()) },
        HostileCase("dates-flood") { try text($0, "d.txt", "Titolo\n\n" + repeated("il 3 marzo 2026 e ", 5_000)) },
        HostileCase("distinct-names-2000") { f in
            let names = (0..<2_000).map { i in "Karo\(String(UnicodeScalar(UInt8(65 + i % 26)))) Velin\(String(UnicodeScalar(UInt8(97 + (i / 26) % 26))))\(String(UnicodeScalar(UInt8(97 + i / 676))))" }
            return try text(f, "names.txt", "Titolo\n\n" + names.map { "Il presidente \($0) ha detto che piove." }.joined(separator: " "))
        },
        // Each surname alone was compared with every person named before it (quadratic in the
        // grouping: 30,000 took 10 s in a release build).
        HostileCase("distinct-people-20000") { f in
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            func name(_ i: Int) -> String {
                let digits: [Int] = [i % 26, (i / 26) % 26, (i / 676) % 26, i / 17_576]
                return "K" + String(digits.map { letters[$0] })
            }
            let names = (0..<20_000).map(name)
            return try text(f, "people.txt", "Titolo\n\n" + names.map { "il presidente \($0) Velio e \($0) parola." }.joined(separator: " "))
        },
        HostileCase("said-flood") { try text($0, "s.txt", "Titolo\n\n" + repeated("Rossi ha detto che piove. ", 4_000)) },
        // Markdown
        HostileCase("md-2000-headings") { try text($0, "a.md", (0..<2_000).map { "# h\n\nparola \($0)\n" }.joined(separator: "\n")) },
        HostileCase("md-deep-lists") { try text($0, "a.md", (0..<500).map { String(repeating: "  ", count: $0) + "- parola\n" }.joined()) },
        HostileCase("md-deep-quotes") { try text($0, "a.md", repeated(">", 10_000) + " parola\n") },
        HostileCase("md-big-table") { try text($0, "a.md", "| a | b | c |\n|---|---|---|\n" + repeated("| parola | 2 | 3 |\n", 3_000)) },
        HostileCase("md-wide-table") { try text($0, "a.md", "|" + repeated(" a |", 2_000) + "\n|" + repeated("---|", 2_000) + "\n|" + repeated(" parola |", 2_000) + "\n") },
        HostileCase("md-unclosed-fence") { try text($0, "a.md", "# T\n\n```\n" + repeated("parola codice\n", 10_000)) },
        HostileCase("md-front-matter") { try text($0, "a.md", "---\ntitle: " + repeated("x", 100_000) + "\ndate: 99999-99-99\n" + repeated("k: [", 5_000) + "\n---\nparola\n") },
        HostileCase("md-emphasis-pathology") { try text($0, "a.md", repeated("*a **a ", 10_000) + "\n" + repeated("[a](", 10_000) + "\n") },
        // HTML
        HostileCase("html-nested-divs") { try text($0, "a.html", "<html><body>" + repeated("<div>", 20_000) + "parola" + repeated("</div>", 20_000) + "</body></html>") },
        HostileCase("html-entity-bomb") { f in
            var dtd = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            for i in 1...9 { dtd += "<!ENTITY lol\(i) \"" + repeated(i == 1 ? "&lol;" : "&lol\(i - 1);", 10) + "\">" }
            return try text(f, "a.html", dtd + "]><html><body><p>&lol9; parola</p></body></html>")
        },
        HostileCase("html-xxe") { try text($0, "a.html", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><html><body><p>&xxe; parola</p></body></html>") },
        HostileCase("html-huge-attribute") { try text($0, "a.html", "<html><body><p title=\"" + repeated("a", 2_000_000) + "\">parola</p></body></html>") },
        HostileCase("html-unclosed-tags") { try text($0, "a.html", repeated("<p><b><i><span>parola ", 5_000)) },
        HostileCase("html-unclosed-inline") { try text($0, "a.html", "<html><body><p>parola " + repeated("<b>x", 30_000) + "</body></html>") },
        HostileCase("html-declared-1252") { try write($0, "a.html", Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Citt".utf8) + [0xE0, 0x20, 0x93] + Array("parola</p></body></html>".utf8)) },
        HostileCase("html-big-script") { try text($0, "a.html", "<html><body><script>" + repeated("var a = '<p>';", 30_000) + "</script><p>parola</p></body></html>") },
        HostileCase("html-nested-tables") { try text($0, "a.html", "<html><body>" + repeated("<table><tr><td>", 2_000) + "parola" + repeated("</td></tr></table>", 2_000) + "</body></html>") },
        HostileCase("html-1500-headings") { try text($0, "a.html", "<html><body>" + (0..<1_500).map { "<h2>Capitolo \($0)</h2><p>parola</p>" }.joined() + "</body></html>") },
        // Text that must not reach a terminal raw
        HostileCase("escape-remnants") { try text($0, "a.txt", "Titolo\n\n" + repeated("[31mRosso[0m e ]0;Finestra Principale\u{07} parola 12 [2J[K ", 5_000)) },
        HostileCase("escapes-in-text") { try text($0, "a.txt", "Titolo \u{1B}[31mrosso\u{1B}[0m\u{07}\n\nUna parola \u{1B}]52;c;ZXZpbA==\u{07} e \u{1B}[2J\u{1B}[H fine, \u{9B}31m e \u{7F}.\n") },
        HostileCase("bidi-in-text") { try text($0, "a.txt", "Titolo \u{202E}otseT\u{202C}\n\nUna parola \u{2066}isolata\u{2069} e \u{200F}marcata\u{2028}fine\u{2029}.\n") },
        HostileCase("c1-controls") { try text($0, "a.txt", "Titolo\u{85}\u{90}\u{9C}\n\nUna parola\u{9B}2J nel testo.\n") },
        HostileCase("combining-flood") { try text($0, "a.txt", "Titolo\n\nparola a" + repeated("\u{301}", 50_000) + " fine.\n") },
        HostileCase("emoji-zwj-flood") { try text($0, "a.txt", "Titolo\n\nparola " + repeated("👩‍👩‍👧‍👦", 5_000) + "\n") },
        // Names
        HostileCase("escape-in-name") { try rawName($0, Array("a\u{1B}[31m.txt".utf8), prose) },
        HostileCase("bidi-in-name") { try rawName($0, Array("a\u{202E}txt.exe.txt".utf8), prose) },
        HostileCase("non-utf8-name") { try rawName($0, Array("bad".utf8) + [0xFF, 0x9B] + Array(".txt".utf8), prose) },
        HostileCase("newline-in-name") { try rawName($0, Array("a\nb.txt".utf8), prose) },
        // Special files and links
        HostileCase("fifo") { f in
            let path = f + "/pipe.txt"
            guard mkfifo(path, 0o600) == 0 else { throw POSIXError(.EIO) }
            return path
        },
        HostileCase("socket") { f in
            let path = f + "/sock.txt"
            let fd = socket(AF_UNIX, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_un()
            address.sun_family = sa_family_t(AF_UNIX)
            withUnsafeMutableBytes(of: &address.sun_path) { raw in
                for (i, b) in path.utf8.prefix(raw.count - 1).enumerated() { raw[i] = b }
            }
            let bound = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) } }
            guard bound == 0 else { throw POSIXError(.EIO) }
            return path
        },
        HostileCase("dev-zero-link") { f in
            guard symlink("/dev/zero", f + "/zero.txt") == 0 else { throw POSIXError(.EIO) }
            return f + "/zero.txt"
        },
        HostileCase("dev-null-link") { f in
            guard symlink("/dev/null", f + "/null.txt") == 0 else { throw POSIXError(.EIO) }
            return f + "/null.txt"
        },
        HostileCase("self-loop-link") { f in
            guard symlink(f + "/loop.txt", f + "/loop.txt") == 0 else { throw POSIXError(.EIO) }
            return f + "/loop.txt"
        },
        HostileCase("two-link-loop") { f in
            guard symlink(f + "/b.txt", f + "/a.txt") == 0, symlink(f + "/a.txt", f + "/b.txt") == 0 else { throw POSIXError(.EIO) }
            return f + "/a.txt"
        },
        HostileCase("dangling-link") { f in
            guard symlink(f + "/nowhere.txt", f + "/dangling.txt") == 0 else { throw POSIXError(.EIO) }
            return f + "/dangling.txt"
        },
        HostileCase("unreadable-file") { f in
            let path = try text(f, "secret.txt", prose)
            chmod(path, 0)
            return path
        },
        HostileCase("folder-named-txt") { f in
            try FileManager.default.createDirectory(atPath: f + "/dir.txt", withIntermediateDirectories: true)
            return f + "/dir.txt"
        },
        HostileCase("folder-with-link-loops") { f in
            let root = f + "/lib"
            try FileManager.default.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
            _ = try text(root, "sub/a.txt", prose)
            guard symlink(root, root + "/sub/up") == 0, symlink(root + "/self", root + "/self") == 0 else { throw POSIXError(.EIO) }
            guard mkfifo(root + "/pipe.txt", 0o600) == 0 else { throw POSIXError(.EIO) }
            return root
        },
        HostileCase("folder-200-deep") { f in
            let deep = f + "/lib" + repeated("/d", 200)
            try FileManager.default.createDirectory(atPath: deep, withIntermediateDirectories: true)
            _ = try text(deep, "a.txt", prose)
            return f + "/lib"
        },
        HostileCase("folder-500-files") { f in
            let root = f + "/lib"
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            for i in 0..<500 { _ = try text(root, "a\(i).txt", "Titolo \(i)\n\nUna parola \(i).\n") }
            return root
        },
        HostileCase("changing-while-read", changing: true) { try text($0, "a.txt", repeated(prose, 5_000)) },
    ]
}
