import BenchSupport
import Foundation
import LibraryKit

// Library search benchmark, beside ripgrep, in one run.
// Build everything in release mode first, then run:
//   swift build -c release && .build/release/leggio-search-bench [ARTICLES ...]
// For each size (default 10,000, then 100,000 if asked), it generates seed-shaped articles,
// and prints: cold index build (a first `leggio search` with an empty cache), warm start (a
// second one, files checked for changes), and per query the median and 95th percentile of
// `leggio search`, `leggio search --cached`, `rg -l -i`, and the in-process query latency.

let binDir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().path
let leggio = binDir + "/leggio"
let sizes = CommandLine.arguments.dropFirst().compactMap { Int($0) }
guard FileManager.default.isExecutableFile(atPath: leggio) else {
    print("leggio-search-bench: build the leggio binary first (swift build -c release); looked for \(leggio)")
    exit(1)
}
let rg = ["/usr/bin/rg", "/usr/local/bin/rg"].first { FileManager.default.isExecutableFile(atPath: $0) }
if rg == nil { print("ripgrep not found: install it (apt-get install ripgrep) to compare") }

/// Runs a program to completion with output discarded; returns wall seconds. posix_spawn and
/// waitpid, so the figure is not rounded up by a run loop's polling.
func timeRun(_ path: String, _ args: [String], env: [String: String]) -> Double {
    let environment = ProcessInfo.processInfo.environment.merging(env) { $1 }.map { "\($0.key)=\($0.value)" }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let argv = ([path] + args).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv, envp) == 0 else { fatalError("cannot run \(path)") }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func percentile(_ xs: [Double], _ p: Double) -> Double {
    let s = xs.sorted()
    return s[min(s.count - 1, Int((Double(s.count - 1) * p).rounded()))]
}

func ms(_ s: Double) -> String { String(format: "%7.1f ms", s * 1000) }

let queries: [(label: String, leggio: String, rg: String)] = [
    ("rare word", "ornitorinco", "ornitorinco"),
    ("common word", "cooperazione", "cooperazione"),
    ("phrase", "\"ministero della Difesa\"", "ministero della Difesa"),
    ("prefix", "artiglier*", "artiglier"),
    ("fact filter", "person:\"Vladimir Putin\"", "Vladimir Putin"),
]

for count in sizes.isEmpty ? [10_000] : sizes {
    let folder = NSTemporaryDirectory() + "leggio-search-bench-\(count)"
    let cache = NSTemporaryDirectory() + "leggio-search-bench-cache-\(count)"
    try? FileManager.default.removeItem(atPath: folder)
    try? FileManager.default.removeItem(atPath: cache)
    let bytes = try BenchLibrary.generate(count: count, in: folder)
    let env = ["XDG_CACHE_HOME": cache]
    print("\n\(count) articles, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB in \(folder)")

    let cold = timeRun(leggio, ["search", "ornitorinco", folder], env: env)
    let warm = (0..<5).map { _ in timeRun(leggio, ["search", "ornitorinco", folder], env: env) }
    print("cold index build (first leggio search):  \(ms(cold))")
    print("warm start (leggio search, no changes):  \(ms(percentile(warm, 0.5))) median of 5")

    let index = try LibraryIndex(path: cache + "/leggio/index.sqlite")
    print("\nquery          leggio search (p50 / p95)   --cached (p50 / p95)     rg -l -i (p50 / p95)     in-process p50   hits")
    for q in queries {
        let runs = 11
        let full = (0..<runs).map { _ in timeRun(leggio, ["search", q.leggio, folder], env: env) }
        let cached = (0..<runs).map { _ in timeRun(leggio, ["search", "--cached", q.leggio, folder], env: env) }
        let grep = rg.map { rg in (0..<runs).map { _ in timeRun(rg, ["-l", "-i", q.rg, folder], env: [:]) } } ?? []
        let parsed = try SearchQuery.parse(q.leggio)
        var inProcess: [Double] = []
        var hits = 0
        for _ in 0..<50 {
            let start = DispatchTime.now().uptimeNanoseconds
            hits = try index.search(parsed, limit: 20, under: [folder]).count
            inProcess.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let rgText = grep.isEmpty ? "      n/a" : "\(ms(percentile(grep, 0.5))) / \(ms(percentile(grep, 0.95)))"
        print(q.label.padding(toLength: 14, withPad: " ", startingAt: 0),
              "\(ms(percentile(full, 0.5))) / \(ms(percentile(full, 0.95)))  ",
              "\(ms(percentile(cached, 0.5))) / \(ms(percentile(cached, 0.95)))  ",
              rgText, "  ", ms(percentile(inProcess, 0.5)), "  ", hits)
    }
}
