import ArticleKit
import Dispatch
import Foundation

/// Preparing a batch of files for the index off the writer: read, hashed, parsed and facts
/// extracted on threads of their own.
extension LibraryIndex {
    enum Prepared: Sendable {
        case document(IndexedDocument)
        /// Same content, new size or time.
        case touched(ScannedFile)
        case failed(String, String)
    }

    /// Starts preparing a batch on `queue`; `wait()` gives the result.
    static func startPreparing(_ files: [ScannedFile], knownHashes: [String: Int64], on queue: DispatchQueue) -> Future<[Prepared]> {
        let pending = Future<[Prepared]>()
        queue.async {
            pending.fulfill(prepare(files, knownHashes: knownHashes))
        }
        return pending
    }

    /// Reads, parses and extracts facts for a batch on all cores, on threads of its own that
    /// give way to the writer (see `givingWayToTheWriter`) and end with the batch.
    static func prepare(_ files: [ScannedFile], knownHashes: [String: Int64]) -> [Prepared] {
        let results = Locked([Prepared?](repeating: nil, count: files.count))
        let next = Locked(0)
        let done = DispatchGroup()
        for _ in 0..<max(1, ProcessInfo.processInfo.activeProcessorCount) {
            done.enter()
            Thread {
                givingWayToTheWriter()
                while let i = next.withLock({ n -> Int? in
                    guard n < files.count else { return nil }
                    n += 1
                    return n - 1
                }) {
                    let file = files[i]
                    let item: Prepared
                    do {
                        let bytes = try FileReader.read(file.key)
                        let hash = IndexedDocument.contentHash(bytes)
                        if knownHashes[file.key] == hash {
                            item = .touched(file)
                        } else {
                            item = .document(try IndexedDocument(file: file, bytes: bytes, hash: hash))
                        }
                    } catch {
                        item = .failed(file.key, "\(error)")
                    }
                    results.withLock { $0[i] = item }
                }
                done.leave()
            }.start()
        }
        done.wait()
        return results.current.compactMap { $0 }
    }

    /// Lowers the calling thread's priority (its nice value, per thread on Linux): the thread
    /// that writes the index is a build's critical path (it waited for a core while two
    /// workers ran), and giving it way took a cold build of 10,000 articles from about 2.0 to
    /// 1.9 s. Only `prepare`'s own threads call it: a raised nice value cannot be taken back.
    static func givingWayToTheWriter() {
        #if os(Linux)
        setpriority(__priority_which_t(PRIO_PROCESS.rawValue), 0, 5)
        #endif
    }
}
