// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Leggio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "leggio", targets: ["leggio"]),
        .library(name: "ArticleKit", targets: ["ArticleKit"]),
        .library(name: "LibraryKit", targets: ["LibraryKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The shared model library: decoding, parsing, fact extraction. Pure values.
        .target(
            name: "ArticleKit",
            dependencies: ["CCmarkGFM", "CLibXML2"],
            resources: [.copy("Resources")]
        ),
        // libcmark-gfm (GitHub's CommonMark, with tables, strikethrough, autolinks, task lists)
        // and libxml2 (its HTML parser) as system libraries.
        .systemLibrary(name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // Folders of articles: scanning, metadata cache, reading positions and bookmarks.
        .target(
            name: "LibraryKit",
            dependencies: ["ArticleKit", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // The executable: command-line parsing and the run loop.
        .executableTarget(
            name: "leggio",
            dependencies: [
                "ArticleKit",
                "LibraryKit",
                "ReaderUI",
                "AppRuntime",
                "CursesTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Everything the reader shows, without a terminal or the file system: cells, width,
        // wrapping, panes, update; themes are parsed from text the app reads.
        .target(name: "ReaderUI", dependencies: ["ArticleKit", "LibraryKit", .product(name: "TOMLKit", package: "TOMLKit")]),
        // The run loop and the background work it hands slow effects to, driving any `Backend`
        // (the curses terminal, or a scripted one in tests); finding and reading theme files.
        .target(name: "AppRuntime", dependencies: ["ArticleKit", "LibraryKit", "ReaderUI"]),
        // ncursesw as a system library, reached through small shims (shim.h).
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncursesw5-dev"])]),
        // The only code that calls ncurses: set-up, teardown, drawing a Screen, reading events.
        .target(name: "CursesTerminal", dependencies: ["ReaderUI", "CNcursesw"]),
        // Generated seed-shaped articles, shared by the benchmarks.
        .target(name: "BenchSupport", dependencies: ["ArticleKit"]),
        // Throughput benchmark; run with `swift run -c release leggio-bench`.
        .executableTarget(
            name: "leggio-bench",
            dependencies: ["ArticleKit", "ReaderUI", "BenchSupport"],
            path: "Sources/LeggioBench"
        ),
        // Library benchmark; run with `swift run -c release leggio-library-bench`.
        .executableTarget(
            name: "leggio-library-bench",
            dependencies: ["ArticleKit", "LibraryKit"],
            path: "Sources/LibraryBench"
        ),
        // Library search benchmark beside ripgrep; `swift build -c release` then run it.
        .executableTarget(
            name: "leggio-search-bench",
            dependencies: ["LibraryKit", "BenchSupport"],
            path: "Sources/SearchBench"
        ),
        // Scores parser and facts on the real-article corpus; `swift run -c release leggio-eval`.
        .executableTarget(
            name: "leggio-eval",
            dependencies: ["ArticleKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Sources/LeggioEval"
        ),
        // libFuzzer over the parsers and the fact extractor; Scripts/fuzz/run.sh builds it with
        // -sanitize=fuzzer,address (an ordinary build links it without libFuzzer, and it says so).
        .target(name: "CFuzzDriver", path: "Sources/CFuzzDriver"),
        .executableTarget(
            name: "leggio-fuzz",
            dependencies: ["ArticleKit", "CFuzzDriver"],
            path: "Sources/LeggioFuzz"
        ),
        .testTarget(
            name: "ArticleKitTests",
            dependencies: ["ArticleKit"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "LibraryKitTests", dependencies: ["LibraryKit", "ArticleKit"]),
        .testTarget(name: "ReaderUITests", dependencies: ["ReaderUI", "ArticleKit", "LibraryKit"], exclude: ["Golden"]),
        .testTarget(name: "AppRuntimeTests", dependencies: ["AppRuntime", "ReaderUI", "ArticleKit", "LibraryKit"]),
        .testTarget(name: "EndToEndTests", dependencies: ["leggio"]),
        // The eval's own logic (the spaCy peer's JSON, names, scoring); needs no venv.
        .testTarget(name: "LeggioEvalTests", dependencies: ["leggio-eval"]),
    ],
    swiftLanguageModes: [.v6]
)
