import Foundation

/// Runs spaCy's small English model (`Scripts/spacy-peer/peer.py`) in the virtual environment
/// `Scripts/spacy-peer/setup.sh` makes, once for all documents, so its names can be scored
/// beside Leggio's. Nothing here is needed by `swift test`: without the venv the eval skips it.
struct SpacyPeer {
    var venv: String
    var script: String

    /// The venv setup.sh makes: `$LEGGIO_SPACY_VENV`, else `~/.cache/leggio/spacy-venv`.
    static var defaultVenv: String {
        if let dir = ProcessInfo.processInfo.environment["LEGGIO_SPACY_VENV"], !dir.isEmpty { return dir }
        return FileManager.default.homeDirectoryForCurrentUser.path + "/.cache/leggio/spacy-venv"
    }

    static let defaultScript = "Scripts/spacy-peer/peer.py"

    var python: String { venv + "/bin/python" }

    /// Whether both the venv's Python and the script are there.
    func check() throws(PeerError) {
        guard FileManager.default.isExecutableFile(atPath: python) else { throw .notInstalled(venv: venv) }
        guard FileManager.default.fileExists(atPath: script) else { throw .noScript(path: script) }
    }

    private struct Input: Encodable {
        var id: String
        var text: String
    }

    /// The peer's entities for each document (`id` to text), by id; one process for all.
    func run(_ documents: [(id: String, text: String)]) throws(PeerError) -> (output: PeerOutput, byId: [String: PeerDocument]) {
        try check()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("leggio-spacy-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input.json")
        let errors = folder.appendingPathComponent("stderr.txt")
        let process = Process()
        let stdout = Pipe()
        let data: Data
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try JSONEncoder().encode(documents.map { Input(id: $0.id, text: $0.text) }).write(to: input)
            try Data().write(to: errors)
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = [script]
            process.standardInput = try FileHandle(forReadingFrom: input)
            process.standardOutput = stdout
            process.standardError = try FileHandle(forWritingTo: errors)
            try process.run()
            // The peer reads all its input before it writes, so reading to the end cannot block it.
            data = stdout.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
        } catch {
            throw .failed(status: -1, message: "\(error)")
        }
        guard process.terminationStatus == 0 else {
            let message = (try? String(contentsOf: errors, encoding: .utf8)) ?? ""
            let last = message.split(separator: "\n").last.map(String.init) ?? "no message"
            throw .failed(status: process.terminationStatus, message: last)
        }
        let output = try PeerOutput.decode(data)
        return (output, try Self.byId(output, expecting: documents.map(\.id)))
    }

    /// The output's documents by id; every id asked for must be there.
    static func byId(_ output: PeerOutput, expecting ids: [String]) throws(PeerError) -> [String: PeerDocument] {
        var out: [String: PeerDocument] = [:]
        for document in output.documents { out[document.id] = document }
        if let missing = ids.first(where: { out[$0] == nil }) { throw .missingDocument(missing) }
        return out
    }
}
