import Foundation
import Testing
@testable import ArticleKit

@Suite("File paths byte for byte")
struct FilePathTests {
    func path(_ bytes: [UInt8]) -> String { bytes.withUnsafeBufferPointer { FilePath.string($0) } }

    @Test func bytesThatAreNotUTF8RoundTrip() {
        let bytes: [UInt8] = Array("/tmp/bad".utf8) + [0xFF, 0xC3] + Array(".txt/caf".utf8) + [0xC3, 0xA9] + [0x9B, 0xE2, 0x82]
        let p = path(bytes)
        #expect(FilePath.bytes(p) == bytes)
        #expect(FilePath.display(p) == "/tmp/bad\\xFF\\xC3.txt/café\\x9B\\xE2\\x82")
        #expect(FilePath.withCString(p) { strlen($0) } == bytes.count)
    }

    @Test func utf8PathsAreThemselves() {
        let p = path(Array("/tmp/città/ü.md".utf8))
        #expect(p == "/tmp/città/ü.md")
        #expect(FilePath.bytes(p) == Array(p.utf8))
        #expect(FilePath.display(p) == p)
    }
}
