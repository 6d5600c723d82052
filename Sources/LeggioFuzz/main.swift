import ArticleKit
import CFuzzDriver
import Foundation

// leggio-fuzz TARGET [libFuzzer options and corpus folders]: feeds libFuzzer's inputs (up to
// 1 MB, so that size-driven defects are reachable) to one parser, or to a parser and the fact
// extractor. TARGET is text, markdown, html or facts (facts: the format sniffed, as
// `leggio facts` reads a file without a known extension). Build and run it with
// Scripts/fuzz/run.sh, which passes -sanitize=fuzzer,address.

/// The target chosen on the command line; read by the C callback, which can capture nothing.
nonisolated(unsafe) var target: (format: DocumentFormat?, facts: Bool) = (nil, false)

let targets: [String: (DocumentFormat?, Bool)] = ["text": (.text, false), "markdown": (.markdown, false), "html": (.html, false), "facts": (nil, true)]
let arguments = CommandLine.arguments
guard arguments.count >= 2, let chosen = targets[arguments[1]] else {
    FileHandle.standardError.write(Data("usage: leggio-fuzz text|markdown|html|facts [libFuzzer options] [corpus...]\n".utf8))
    exit(2)
}
target = chosen

// libFuzzer sees the program name and everything after the target's name.
var passed = [arguments[0]] + arguments.dropFirst(2) + ["-max_len=1048576"]
var argc = Int32(passed.count)
var cStrings = passed.map { strdup($0) } + [nil]
let status = cStrings.withUnsafeMutableBufferPointer { buffer -> Int32 in
    var argv = buffer.baseAddress
    return leggio_fuzz_run(&argc, &argv) { data, size in
        guard let data, size <= 1_048_576 else { return 0 }
        let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))
        guard let article = try? ArticleLoader.parse(bytes: bytes, format: target.format) else { return 0 }
        if target.facts { _ = FactExtractor.extract(article) }
        return 0
    }
}
if status == -1 {
    FileHandle.standardError.write(Data("leggio-fuzz: built without libFuzzer; build it with Scripts/fuzz/run.sh (-sanitize=fuzzer,address)\n".utf8))
    exit(2)
}
exit(status)
