import Foundation

/// A folder under the system's temporary directory, removed when the test is done.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "leggio-library-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // Restore permissions first so a test that removed them can still be cleaned up.
        if let items = FileManager.default.enumerator(atPath: path) {
            for case let item as String in items { chmod(path + "/" + item, 0o755) }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    /// Writes a file (creating folders) and returns its path.
    @discardableResult
    func write(_ relative: String, _ text: String) throws -> String {
        let full = path + "/" + relative
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
        return full
    }

    func mkdir(_ relative: String) throws {
        try FileManager.default.createDirectory(atPath: path + "/" + relative, withIntermediateDirectories: true)
    }
}

let seedShaped = """
    La nuova biblioteca civica apre a Torino con dodicimila volumi

    La nuova biblioteca civica di Torino apre lunedì 3 marzo 2025 con dodicimila volumi, una sala studio e orari estesi fino alle 22.
    La nuova biblioteca civica apre a Torino con dodicimila volumi

    Il Comune di Torino ha investito 2 milioni di euro nei lavori, conclusi con tre mesi di anticipo secondo l'assessora Rossi.

    Gli orari

    La biblioteca resterà aperta sette giorni su sette durante la sessione d'esami, come chiesto dagli studenti.

    """
