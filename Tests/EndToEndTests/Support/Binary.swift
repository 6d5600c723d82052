import Foundation

/// Finds the `leggio` binary the tests drive: $LEGGIO_BIN, else the one SwiftPM built next to
/// this test bundle (the test target depends on `leggio`, so it is built first), else it
/// builds one into its own scratch folder.
enum Binary {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let sample = packageRoot.appendingPathComponent("Sources/ArticleKit/Resources/Samples/biblioteca-torino.txt").path

    static func leggio() throws -> String {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["LEGGIO_BIN"], fm.isExecutableFile(atPath: env) { return env }
        var candidates: [URL] = []
        for arg in [CommandLine.arguments.first, Bundle.main.executablePath].compactMap({ $0 }) {
            var dir = URL(fileURLWithPath: arg).deletingLastPathComponent()
            for _ in 0..<4 {
                candidates.append(dir.appendingPathComponent("leggio"))
                dir = dir.deletingLastPathComponent()
            }
        }
        if let found = candidates.first(where: { fm.isExecutableFile(atPath: $0.path) }) { return found.path }
        // Build it ourselves, in a scratch folder of our own so we do not wait on a lock.
        let scratch = packageRoot.appendingPathComponent(".build-e2e")
        let result = try Spawn.run(["swift", "build", "--product", "leggio", "--scratch-path", scratch.path,
                                    "--package-path", packageRoot.path], environment: ProcessInfo.processInfo.environment)
        let built = scratch.appendingPathComponent("debug/leggio").path
        guard result.status == 0, fm.isExecutableFile(atPath: built) else {
            throw NotFound(searched: candidates.map(\.path))
        }
        return built
    }

    struct NotFound: Error, CustomStringConvertible {
        var searched: [String]
        var description: String { "no leggio binary found (looked in \(searched.joined(separator: ", "))) and building one failed" }
    }
}
