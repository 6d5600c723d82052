import Testing
@testable import ArticleKit

@Suite("Decoding bytes to text")
struct TextDecoderTests {
    @Test func plainUTF8() throws {
        let d = try TextDecoder.decode(Array("perché città".utf8))
        #expect(d.encoding == .utf8)
        #expect(d.text.text == "perché città")
    }

    @Test func utf8WithBOMDropsTheMark() throws {
        let d = try TextDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Titolo".utf8))
        #expect(d.encoding == .utf8BOM)
        #expect(d.text.text == "Titolo")
    }

    @Test func utf16LittleAndBigEndian() throws {
        let text = "Città — 東京 😀"
        let units = Array(text.utf16)
        let le: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + units.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let dl = try TextDecoder.decode(le)
        let db = try TextDecoder.decode(be)
        #expect(dl.encoding == .utf16LE)
        #expect(db.encoding == .utf16BE)
        #expect(dl.text.text == text)
        #expect(db.text.text == text)
    }

    @Test func windows1252WhenNoValidUTF8() throws {
        // "perché “così”" in Windows-1252: é = E9, “ = 93, ” = 94
        let bytes: [UInt8] = Array("perch".utf8) + [0xE9, 0x20, 0x93] + Array("cos".utf8) + [0xEC, 0x94]
        let d = try TextDecoder.decode(bytes)
        #expect(d.encoding == .windows1252)
        #expect(d.text.text == "perché “così”")
    }

    @Test func mixedValidAndInvalidUTF8BecomesReplacementCharacters() throws {
        let bytes: [UInt8] = Array("città ".utf8) + [0xE9] + Array(" fine".utf8)
        let d = try TextDecoder.decode(bytes)
        #expect(d.encoding == .utf8Lossy)
        #expect(d.text.text == "città \u{FFFD} fine")
    }

    @Test func undefinedWindows1252ByteFallsBackToReplacement() throws {
        let d = try TextDecoder.decode(Array("abc".utf8) + [0x81] + Array("def".utf8))
        #expect(d.encoding == .utf8Lossy)
        #expect(d.text.text == "abc\u{FFFD}def")
    }

    @Test func binaryIsRefused() {
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02]) }
        let controls = [UInt8](repeating: 0x01, count: 50) + Array("some text".utf8)
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode(controls) }
        #expect(throws: TextDecoder.Failure.binary) { try TextDecoder.decode([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00]) }
    }

    @Test func emptyIsEmptyText() throws {
        let d = try TextDecoder.decode([])
        #expect(d.text.lineCount == 0)
        #expect(d.text.text.isEmpty)
    }
}

@Suite("Reading files")
struct FileReaderTests {
    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = "/tmp/leggio-test-\(UInt64.random(in: 0...UInt64.max)).txt"
        try writeFile(path, bytes)
        return path
    }

    @Test func missingFileAndFolder() {
        #expect(throws: ArticleError.notFound(path: "/nonexistent/x.txt")) { try ArticleLoader.load(path: "/nonexistent/x.txt") }
        #expect(throws: ArticleError.isDirectory(path: "/tmp")) { try ArticleLoader.load(path: "/tmp") }
    }

    @Test func binaryFileNamesTheFile() throws {
        let path = try temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00])
        #expect(throws: ArticleError.binary(path: path)) { try ArticleLoader.load(path: path) }
        #expect(ArticleError.binary(path: path).description.contains(path))
    }

    @Test func tooLargeIsRefused() throws {
        let path = try temporaryFile(Array(repeating: 0x41, count: 2048))
        #expect(throws: ArticleError.tooLarge(path: path, bytes: 2048, limit: 1024)) { try FileReader.read(path, limit: 1024) }
    }

    @Test func unreadableFileIsPermissionDenied() throws {
        let path = try temporaryFile(Array("Titolo".utf8))
        chmodFile(path, 0o000)
        // root reads anything; the check is meaningful only for ordinary users.
        if !isRoot() {
            #expect(throws: ArticleError.permissionDenied(path: path)) { try ArticleLoader.load(path: path) }
        } else {
            #expect(try ArticleLoader.load(path: path).title?.text == "Titolo")
        }
    }

    @Test("Binary past one control byte in ten; tab, line breaks, form feed and ESC are text")
    func controlShare() {
        let text = [UInt8](repeating: 0x61, count: 90)
        #expect(!TextDecoder.isBinary(text + [UInt8](repeating: 0x01, count: 10)))
        #expect(TextDecoder.isBinary(text + [UInt8](repeating: 0x7F, count: 11)))
        #expect(TextDecoder.isBinary(text + [UInt8](repeating: 0x1F, count: 11)))
        #expect(!TextDecoder.isBinary([UInt8](repeating: 0x61, count: 10) + [0x09, 0x0A, 0x0D, 0x0C, 0x1B] .flatMap { [UInt8](repeating: $0, count: 20) }))
    }
}
