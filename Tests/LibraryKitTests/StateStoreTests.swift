import Foundation
import Testing
@testable import LibraryKit

@Suite("Reading positions and bookmarks")
struct StateStoreTests {
    @Test func positionsAndBookmarksSurviveReopening() throws {
        let folder = try TemporaryFolder()
        let store = ReadingStateStore(folder: folder.path + "/leggio")
        #expect(store.notices.isEmpty)
        try store.setPosition(ReadingPosition(offset: 1200, line: 14, savedAt: 1), for: "/a.txt")
        try store.addBookmark(Bookmark(offset: 300, line: 5, label: "I numeri", createdAt: 2), for: "/a.txt")
        try store.addBookmark(Bookmark(offset: 90, line: 2, label: "Intro", createdAt: 3), for: "/b.md")

        let reopened = ReadingStateStore(folder: folder.path + "/leggio")
        #expect(reopened.position(for: "/a.txt") == ReadingPosition(offset: 1200, line: 14, savedAt: 1))
        #expect(reopened.bookmarks(for: "/a.txt").map(\.label) == ["I numeri"])
        #expect(reopened.allBookmarks().map(\.key) == ["/a.txt", "/b.md"])
        try reopened.removeBookmark(at: 300, for: "/a.txt")
        #expect(ReadingStateStore(folder: folder.path + "/leggio").bookmarks(for: "/a.txt").isEmpty)
        #expect(reopened.notices.isEmpty)
    }

    @Test func twoStoresOnTheSameFileDoNotUndoEachOther() throws {
        let folder = try TemporaryFolder()
        let first = ReadingStateStore(folder: folder.path)
        let second = ReadingStateStore(folder: folder.path)
        try first.setPosition(ReadingPosition(offset: 10, line: 1, savedAt: 0), for: "/a")
        try second.setPosition(ReadingPosition(offset: 20, line: 2, savedAt: 0), for: "/b")
        let reopened = ReadingStateStore(folder: folder.path)
        #expect(reopened.position(for: "/a")?.offset == 10)
        #expect(reopened.position(for: "/b")?.offset == 20)
    }

    @Test func fileCarriesASchemaVersionAndLeavesNoTemporaryFiles() throws {
        let folder = try TemporaryFolder()
        let store = ReadingStateStore(folder: folder.path)
        try store.setPosition(ReadingPosition(offset: 5, line: 1, savedAt: 0), for: "/x")
        let text = try String(contentsOfFile: store.path, encoding: .utf8)
        #expect(text.contains("\"schema\" : 1"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [ReadingStateStore.fileName])
    }

    @Test func damagedFileIsMovedAsideWithANotice() throws {
        let folder = try TemporaryFolder()
        try folder.write(ReadingStateStore.fileName, "{\"schema\": 1, \"articles\": {\"/a\": tru")
        let store = ReadingStateStore(folder: folder.path)
        #expect(store.notices.count == 1)
        #expect(store.notices.first?.contains("moved aside") == true)
        #expect(store.position(for: "/a") == nil)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains { $0.hasPrefix(ReadingStateStore.fileName + ".damaged-") })
        // The store works after the damage.
        try store.setPosition(ReadingPosition(offset: 1, line: 1, savedAt: 0), for: "/a")
        #expect(ReadingStateStore(folder: folder.path).position(for: "/a")?.offset == 1)
    }

    @Test func staleTemporaryFilesOfADeadWriterAreRemovedOnTheNextStart() throws {
        let folder = try TemporaryFolder()
        // A PID no process has: from the top of the range down.
        let dead = try #require((1..<4_000_000).reversed().lazy.map { Int32($0) }.first { kill($0, 0) != 0 && errno == ESRCH })
        _ = try folder.write(ReadingStateStore.fileName + ".tmp-\(dead)-1234", "")
        _ = try folder.write(ReadingStateStore.fileName + ".tmp-\(dead)-99", "{\"schema\": 1, \"artic")
        // A writer that still runs (this process) keeps its file.
        _ = try folder.write(ReadingStateStore.fileName + ".tmp-\(getpid())-7", "{")
        _ = ReadingStateStore(folder: folder.path)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == [ReadingStateStore.fileName + ".tmp-\(getpid())-7"])
    }

    @Test func wrongShapeIsDamageToo() throws {
        let folder = try TemporaryFolder()
        try folder.write(ReadingStateStore.fileName, "[1, 2, 3]")
        let store = ReadingStateStore(folder: folder.path)
        #expect(store.notices.first?.contains("moved aside") == true)
    }

    @Test func newerSchemaIsLeftUntouched() throws {
        let folder = try TemporaryFolder()
        let newer = "{\"schema\": 99, \"articles\": {}, \"future\": true}"
        try folder.write(ReadingStateStore.fileName, newer)
        let store = ReadingStateStore(folder: folder.path)
        #expect(store.notices.first?.contains("newer Leggio") == true)
        try store.setPosition(ReadingPosition(offset: 1, line: 1, savedAt: 0), for: "/a")
        #expect(try String(contentsOfFile: store.path, encoding: .utf8) == newer)
        #expect(store.position(for: "/a")?.offset == 1)  // kept in memory for this session
    }

    @Test func defaultFolderFollowsXDG() {
        #expect(StateDirectory.state.hasSuffix("/leggio"))
        if let xdg = ProcessInfo.processInfo.environment["XDG_STATE_HOME"], xdg.hasPrefix("/") {
            #expect(StateDirectory.state == xdg + "/leggio")
        } else {
            #expect(StateDirectory.state == NSHomeDirectory() + "/.local/state/leggio")
        }
    }
}
