import ArticleKit

/// The library's memory between openings: for each file read, its size and modification
/// time and the entry made from it. An entry is reused only while the file's size and
/// modification time are unchanged; files gone from the folder are not carried over.
///
/// Stored as one tab-separated line per file under `StateDirectory.cache`, behind a header
/// with a format version, so reading 10,000 entries takes milliseconds. The cache can always
/// be rebuilt: a missing, damaged or older-format file just means every file is read again.
public struct MetadataCache: Sendable {
    /// Bumped whenever the line format or what an entry means changes. 2: `dateSource` is
    /// `stated` or `file`, and entries hold what the parser reads from listings, `<time>`,
    /// JSON-LD, `lang`, TOML front matter and dates in it/en/de/fr/es. 3: a date from the text
    /// is never after the day the file was saved.
    public static let formatVersion = 3
    static let header = "leggio-library-cache\t\(formatVersion)"

    /// Entries by canonical path.
    public private(set) var entries: [String: LibraryEntry] = [:]

    public init() {}

    /// The cached entry for a file, if its size and modification time still match.
    public func entry(for file: ScannedFile) -> LibraryEntry? {
        guard var cached = entries[file.key], cached.size == file.size, cached.modified == file.modified else { return nil }
        cached.path = file.path
        return cached
    }

    /// Remembers a read entry (failed and pending ones are not kept: they are retried).
    public mutating func store(_ entry: LibraryEntry) {
        guard entry.status == .ready else { return }
        entries[entry.key] = entry
    }

    /// Keeps only entries for these keys.
    public mutating func retain(keys: Set<String>) {
        entries = entries.filter { keys.contains($0.key) }
    }

    // MARK: Files

    /// The cache file for a set of library roots.
    public static func path(forRoots roots: [String], in folder: String = StateDirectory.cache) -> String {
        let hash = FNV1a.hash(roots.map(LibraryScanner.canonicalPath).sorted().joined(separator: "\n").utf8)
        let hex = String(hash, radix: 16)
        return folder + "/library/" + String(repeating: "0", count: 16 - hex.count) + hex + ".tsv"
    }

    /// Loads a cache file; a missing, unreadable or damaged one gives an empty cache.
    public static func load(from path: String) -> MetadataCache {
        var cache = MetadataCache()
        AtomicFile.removeStale(for: path)
        guard let bytes = try? AtomicFile.read(path) else { return cache }
        bytes.withUnsafeBufferPointer { b in
            var lineStart = 0
            var first = true
            var i = 0
            while i <= b.count {
                if i == b.count || b[i] == 0x0A {
                    if i > lineStart {
                        let line = UnsafeBufferPointer(rebasing: b[lineStart..<i])
                        if first {
                            guard String(decoding: line, as: UTF8.self) == header else { return }
                            first = false
                        } else if let entry = decode(line) {
                            cache.entries[entry.key] = entry
                        }
                    }
                    lineStart = i + 1
                }
                i += 1
            }
        }
        return cache
    }

    /// Writes the cache atomically.
    public func save(to path: String) throws(LibraryError) {
        var out: [UInt8] = Array(Self.header.utf8)
        out.append(0x0A)
        out.reserveCapacity(entries.count * 160)
        for key in entries.keys.sorted() {
            encode(entries[key]!, into: &out)
            out.append(0x0A)
        }
        try AtomicFile.write(out, to: path)
    }

    // MARK: Line format

    // key, path, format, title, date, dateSource, author, language, words, facts, size, modified
    private static let fieldCount = 12

    private func encode(_ e: LibraryEntry, into out: inout [UInt8]) {
        let fields: [String] = [
            e.key, e.path, e.format.rawValue, e.title, e.date ?? "", e.dateSource.rawValue, e.author ?? "",
            e.language.rawValue, String(e.words), e.facts.map(String.init) ?? "", String(e.size), String(e.modified),
        ]
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(0x09) }
            for byte in field.utf8 {
                switch byte {
                case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
                case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
                case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
                case 0x5C: out.append(0x5C); out.append(0x5C)
                default: out.append(byte)
                }
            }
        }
    }

    private static func decode(_ line: UnsafeBufferPointer<UInt8>) -> LibraryEntry? {
        // Field boundaries first; most fields have no escapes and become strings directly.
        var bounds: [Range<Int>] = []
        bounds.reserveCapacity(fieldCount)
        var fieldStart = 0
        var escaped = false
        for i in 0..<line.count where line[i] == 0x09 || line[i] == 0x5C {
            if line[i] == 0x5C { escaped = true; continue }
            bounds.append(fieldStart..<i)
            fieldStart = i + 1
        }
        bounds.append(fieldStart..<line.count)
        guard bounds.count == fieldCount else { return nil }
        func text(_ k: Int) -> String {
            let slice = UnsafeBufferPointer(rebasing: line[bounds[k]])
            guard escaped, slice.contains(0x5C) else { return String(decoding: slice, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(slice.count)
            var i = 0
            while i < slice.count {
                if slice[i] == 0x5C, i + 1 < slice.count {
                    i += 1
                    switch slice[i] {
                    case UInt8(ascii: "t"): out.append(0x09)
                    case UInt8(ascii: "n"): out.append(0x0A)
                    case UInt8(ascii: "r"): out.append(0x0D)
                    default: out.append(slice[i])
                    }
                } else {
                    out.append(slice[i])
                }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        func number(_ k: Int) -> Int64? {
            let r = bounds[k]
            guard !r.isEmpty else { return nil }
            var v: Int64 = 0
            var negative = false
            for i in r {
                let c = line[i]
                if c == UInt8(ascii: "-"), i == r.lowerBound { negative = true; continue }
                guard c >= 0x30, c <= 0x39 else { return nil }
                v = v &* 10 &+ Int64(c - 0x30)
            }
            return negative ? -v : v
        }
        guard let format = DocumentFormat(rawValue: text(2)),
              let dateSource = LibraryEntry.DateSource(rawValue: text(5)),
              let language = Language(rawValue: text(7)),
              let words = number(8), let size = number(10), let modified = number(11) else { return nil }
        let date = bounds[4].isEmpty ? nil : text(4)
        let author = bounds[6].isEmpty ? nil : text(6)
        let facts = number(9).map { Int($0) }
        return LibraryEntry(
            path: text(1), key: text(0), format: format, status: .ready, title: text(3),
            date: date, dateSource: dateSource, author: author, language: language, words: Int(words),
            facts: facts, size: Int(size), modified: modified)
    }
}
