import AppRuntime
import ArticleKit
import Foundation
import LibraryKit
import ReaderUI
import Testing

/// A session of the real run loop and background work on a scripted backend, with its
/// reading positions, metadata cache and search index in a temporary folder of its own.
@MainActor
final class LoopSession {
    let folder: String
    /// The sample articles, copied so their keys (canonical paths) belong to this session.
    let library: String
    private(set) var effects: [AppCmd] = []
    private(set) var status: Int32?

    init() throws {
        folder = NSTemporaryDirectory() + "leggio-loop-tests-" + UUID().uuidString
        library = folder + "/library"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        let samples = try #require(SampleLibrary.path)
        for name in SampleLibrary.fileNames {
            try FileManager.default.copyItem(atPath: samples + "/" + name, toPath: library + "/" + name)
        }
    }

    deinit {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// The store as a new session would open it (read from disk now).
    func store() -> ReadingStateStore {
        ReadingStateStore(folder: folder + "/state")
    }

    func work() -> AppWork {
        var options = LibraryOptions()
        options.cacheFolder = folder + "/cache"
        return AppWork(store: store(), options: options, indexPath: folder + "/index/library-index.sqlite")
    }

    /// The catalog of the shipped themes in this checkout.
    static let catalog = ThemeCatalog(userFolder: nil, shippedFolders: [
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Themes").path,
    ])

    /// `leggio DIR` on the copied samples, played by `backend`; returns the exit status.
    @discardableResult
    func runLibrary(_ backend: ScriptedBackend, idleSave: Int = AppLoop.idleSave) -> Int32 {
        let work = work()
        let (state, start) = AppStartup.library(roots: [library], label: library, size: backend.size, samplePath: nil,
                                                themes: ThemeCycle(), sampleNotice: nil, notice: nil,
                                                lastRead: work.store.lastRead)
        return run(state, start, backend, work, idleSave)
    }

    /// `leggio FILE` on one copied sample, played by `backend`; returns the exit status.
    @discardableResult
    func runArticle(_ name: String, _ backend: ScriptedBackend, idleSave: Int = AppLoop.idleSave) throws -> Int32 {
        let work = work()
        let article = try ArticleLoader.load(path: library + "/" + name)
        work.hold(article)
        let (state, start) = AppStartup.reading(path: library + "/" + name, size: backend.size, themes: ThemeCycle(), notice: nil)
        return run(state, start, backend, work, idleSave)
    }

    private func run(_ state: AppState, _ start: [AppCmd], _ backend: ScriptedBackend, _ work: AppWork, _ idleSave: Int) -> Int32 {
        let code = AppLoop.run(state, start, terminal: backend, catalog: Self.catalog, work: work, idleSave: idleSave) { effect in
            self.effects.append(effect)
        }
        status = code
        return code
    }

    /// The canonical path of a copied sample: its key in the reading state.
    func key(_ name: String) -> String {
        LibraryScanner.canonicalPath(library + "/" + name)
    }

    /// Positions saved by the effects seen, oldest first: (key, line).
    var savedPositions: [(key: String, line: Int)] {
        effects.compactMap { effect in
            if case .savePosition(let key, _, let line) = effect { return (key, line) }
            return nil
        }
    }
}
