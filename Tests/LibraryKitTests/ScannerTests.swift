import Foundation
import Testing
import ArticleKit
@testable import LibraryKit

@Suite("Scanning folders")
struct ScannerTests {
    @Test func findsArticleFormatsRecursivelyAndSkipsOthers() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", seedShaped)
        try folder.write("notes/b.md", "# B\n")
        try folder.write("notes/deeper/c.markdown", "# C\n")
        try folder.write("web/d.html", "<p>d</p>")
        try folder.write("web/e.HTM", "<p>e</p>")
        try folder.write("README", "plain text without extension")
        try folder.write("photo.jpg", "not an article")
        try folder.write("data.json", "{}")
        let result = LibraryScanner.scan([folder.path])
        let names = result.files.map { String($0.path.dropFirst(folder.path.count + 1)) }
        #expect(names == ["README", "a.txt", "notes/b.md", "notes/deeper/c.markdown", "web/d.html", "web/e.HTM"])
        #expect(result.files.map(\.format) == [nil, .text, .markdown, .markdown, .html, .html])
        #expect(result.problems.isEmpty)
    }

    @Test("A file whose name is not UTF-8 is found, at a count limit too")
    func nameThatIsNotUTF8() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", seedShaped)
        let raw: [CChar] = Array((folder.path + "/bad").utf8CString.dropLast()) + [CChar(bitPattern: 0xFF)] + Array(".txt".utf8CString)
        let fd = open(raw, O_CREAT | O_WRONLY, 0o644)
        #expect(fd >= 0)
        _ = write(fd, "Titolo\n\nTesto.\n", 15)
        close(fd)
        let result = LibraryScanner.scan([folder.path])
        #expect(result.files.count == 2)
        // The name keeps its byte (as FilePath's private-use scalar), so the file reads again.
        let bad = try #require(result.files.first { FilePath.display($0.path).hasSuffix("/bad\\xFF.txt") })
        #expect(try FileReader.read(bad.path).count == 15)
        #expect(try FileReader.read(bad.key).count == 15)
        #expect(LibraryScanner.scan([folder.path], limit: 1).files.count == 1)
        #expect(LibraryScanner.containsArticles([folder.path]))
    }

    @Test func hiddenFoldersAndFilesAreSkippedUnlessAsked() throws {
        let folder = try TemporaryFolder()
        try folder.write("seen.txt", "x")
        try folder.write(".git/objects.txt", "x")
        try folder.write(".draft.md", "x")
        #expect(LibraryScanner.scan([folder.path]).files.count == 1)
        #expect(LibraryScanner.scan([folder.path], includeHidden: true).files.count == 3)
    }

    @Test func symbolicLinksAreFollowedWithoutLooping() throws {
        let folder = try TemporaryFolder()
        try folder.write("real/one.txt", "x")
        // A link back to the parent, a link to itself, and a second way into `real`.
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/real/loop", withDestinationPath: folder.path)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/real/self", withDestinationPath: folder.path + "/real")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/alias", withDestinationPath: folder.path + "/real")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/outside", withDestinationPath: folder.path + "/../" + "missing-target")
        let result = LibraryScanner.scan([folder.path])
        #expect(result.files.count == 1)
        #expect(result.problems.map(\.message) == ["\(folder.path)/outside: broken symbolic link"])
    }

    @Test func linkedFolderIsEntered() throws {
        let folder = try TemporaryFolder()
        let other = try TemporaryFolder()
        try other.write("elsewhere.md", "# Elsewhere\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/linked", withDestinationPath: other.path)
        let files = LibraryScanner.scan([folder.path]).files
        #expect(files.map(\.path) == [folder.path + "/linked/elsewhere.md"])
        #expect(files.first?.key == LibraryScanner.canonicalPath(other.path) + "/elsewhere.md")
    }

    @Test(.disabled(if: getuid() == 0, "root may list every folder"))
    func unreadableFolderIsReportedNotFatal() throws {
        let folder = try TemporaryFolder()
        try folder.write("ok.txt", "x")
        try folder.write("locked/secret.txt", "x")
        chmod(folder.path + "/locked", 0o000)
        let result = LibraryScanner.scan([folder.path])
        #expect(result.files.count == 1)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.message.contains("permission denied") == true
            || result.problems.first?.message.contains("Permission denied") == true)
    }

    @Test func missingRootIsAProblem() {
        let result = LibraryScanner.scan(["/no/such/folder/leggio"])
        #expect(result.files.isEmpty)
        #expect(result.problems.map(\.message) == ["/no/such/folder/leggio: no such file or folder"])
    }
}
