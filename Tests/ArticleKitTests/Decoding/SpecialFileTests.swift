import Foundation
import Testing
@testable import ArticleKit

@Suite("Only regular files are read")
struct SpecialFileTests {
    /// A fresh folder for one test.
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "leggio-reader-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func aFIFOIsRefusedAtOnceWithoutBlocking() throws {
        let path = try folder() + "/pipe.txt"
        #expect(mkfifo(path, 0o600) == 0)
        let start = Date()
        #expect(throws: ArticleError.notRegular(path: path, kind: "a named pipe (FIFO)")) { try FileReader.read(path) }
        #expect(Date().timeIntervalSince(start) < 1)
        #expect(ArticleError.notRegular(path: path, kind: "a named pipe (FIFO)").description
                == "\(path): is a named pipe (FIFO), not an article file; not opened")
    }

    @Test func aDeviceBehindALinkIsRefusedWithoutBeingRead() throws {
        let path = try folder() + "/zero.txt"
        #expect(symlink("/dev/zero", path) == 0)
        let start = Date()
        #expect(throws: ArticleError.notRegular(path: path, kind: "a character device")) { try FileReader.read(path) }
        #expect(Date().timeIntervalSince(start) < 1)
    }

    @Test func aSelfLoopingLinkIsSaidToLoop() throws {
        let path = try folder() + "/loop.txt"
        #expect(symlink(path, path) == 0)
        #expect(throws: ArticleError.linkLoop(path: path)) { try FileReader.read(path) }
        #expect(FileReader.problem(at: path) == .linkLoop(path: path))
    }

    @Test func aRegularFileIsRead() throws {
        let path = try folder() + "/a.txt"
        try Data("Titolo\n\nTesto.\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(try FileReader.read(path).count == 15)
        #expect(FileReader.problem(at: path) == nil)
    }
}
