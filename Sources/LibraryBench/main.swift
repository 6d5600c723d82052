#if canImport(Glibc)
import Glibc
#endif
import Dispatch
import Foundation
import LibraryKit

// Library benchmark: generates a folder of seed-shaped articles, opens it cold (no cache)
// and again with the cache, and prints the times the issue sets targets for.
// Run in release mode: `swift run -c release leggio-library-bench [ARTICLES] [FOLDER]`.

let arguments = CommandLine.arguments
let count = arguments.count > 1 ? Int(arguments[1]) ?? 10_000 : 10_000
let base = arguments.count > 2 ? arguments[2] : NSTemporaryDirectory() + "leggio-library-bench-\(getpid())"
let folder = base + "/articles"
let cacheFolder = base + "/cache"
mkdir(base, 0o755)

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }
func ms(_ ns: UInt64) -> String { String(format: "%.1f ms", Double(ns) / 1e6) }

var load = [0.0, 0.0, 0.0]
getloadavg(&load, 3)
print(String(format: "load average before the run: %.2f, %d processors", load[0], LibraryOptions.processorCount))
let writeStart = now()
let bytes = GeneratedLibrary.write(count: count, to: folder)
print(String(format: "generated %d articles, %.1f MB, in %@ (%@)", count, Double(bytes) / 1_048_576, ms(now() - writeStart), folder))

let options: LibraryOptions = {
    var o = LibraryOptions()
    o.cacheFolder = cacheFolder
    return o
}()

/// Opens the library once and returns (time to the first list, built into the view's model and
/// sorted by title; time to all files read; entries listed; the loader's summary).
func open(_ folder: String, _ options: LibraryOptions) -> (first: UInt64, verified: UInt64, allRead: UInt64, all: UInt64, listed: Int, summary: LibraryLoadSummary?) {
    struct Times {
        var first: UInt64 = 0
        var verified: UInt64 = 0
        var allRead: UInt64 = 0
        var listed = 0
        var summary: LibraryLoadSummary?
    }
    let times = Locked(Times())
    let start = now()
    LibraryLoader.load([folder], options: options) { update in
        times.withLock { (box: inout Times) in
            switch update {
            case .cached(let entries), .listed(let entries, _):
                // What the library view needs to draw its first screen: the list model, sorted.
                var list = LibraryList()
                list.apply(update)
                _ = list.visible(sort: .title)
                if box.first == 0 { box.first = now() - start }
                if case .listed = update {
                    box.verified = now() - start
                    box.listed = entries.count
                }
            case .read(_, let done, let total):
                if done == total { box.allRead = now() - start }
            case .counted:
                break
            case .finished(let summary):
                box.summary = summary
            }
        }
    }
    let box = times.current
    return (box.first, box.verified, box.allRead, now() - start, box.listed, box.summary)
}

let cold = open(folder, options)
print("first opening (no cache): list of \(cold.listed) shown after \(ms(cold.first)); all \(cold.summary?.read ?? 0) files read (titles, dates, languages, words) after \(ms(cold.allRead)) (target < 2 s); facts counted for all after \(ms(cold.all))")
// The machine is shared: take the best and the worst of three cached openings.
let warms = (0..<3).map { _ in open(folder, options) }
let warm = warms.min { $0.first < $1.first }!
let worst = warms.max { $0.first < $1.first }!
print("second opening (cache): full list of \(warm.listed) shown after \(ms(warm.first)) (worst of 3: \(ms(worst.first))) (target < 100 ms); checked against the folder after \(ms(warm.verified)); \(warm.summary?.fromCache ?? 0) from cache, done after \(ms(warm.all))")

// Where the time goes: the scan alone, and a cold opening without fact extraction.
var scanTimes: [UInt64] = []
var scanned = 0
for _ in 0..<3 {
    let scanStart = now()
    scanned = LibraryScanner.scan([folder]).files.count
    scanTimes.append(now() - scanStart)
}
// The view's model alone: the pending list of a first opening, built and sorted by title.
let scannedFiles = LibraryScanner.scan([folder]).files
let pendingStart = now()
let pendingEntries = scannedFiles.map(LibraryEntry.init(pending:))
print("pending entries for \(pendingEntries.count) files: \(ms(now() - pendingStart))")
var modelTimes: [UInt64] = []
for _ in 0..<3 {
    let modelStart = now()
    var list = LibraryList()
    list.apply(.listed(entries: pendingEntries, problems: []))
    _ = list.visible(sort: .title)
    modelTimes.append(now() - modelStart)
}
print("list model for \(pendingEntries.count) entries, built and sorted by title: best \(ms(modelTimes.min()!))")
let cacheStart = now()
let cachedEntries = MetadataCache.load(from: MetadataCache.path(forRoots: [folder], in: cacheFolder)).entries.count
let cacheTime = now() - cacheStart
print("scan alone (readdir + fstatat of \(scanned) files): best \(ms(scanTimes.min()!)); cache file load (\(cachedEntries) entries): \(ms(cacheTime))")
let noFacts: LibraryOptions = {
    var o = options
    o.countFacts = false
    o.cacheFolder = base + "/cache-nofacts"
    return o
}()
let bare = open(folder, noFacts)
print("first opening without fact extraction: all read after \(ms(bare.allRead)), done after \(ms(bare.all))")

// The peak of this process's own memory: VmHWM belongs to the address space, which exec
// replaces. ru_maxrss survives exec, so under `swift run` it reported SwiftPM's peak (~114 MB)
// instead of the bench's (~52 MB).
let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
let hwm = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
    .flatMap { Double($0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "") }
if let hwm {
    print(String(format: "peak memory (VmHWM): %.1f MB", hwm / 1024))
} else {
    print("peak memory: unknown (no VmHWM in /proc/self/status)")
}
if arguments.count <= 2 {
    _ = try? FileManager.default.removeItem(atPath: base)
}
