// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Leggio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "leggio", targets: ["leggio"]),
        .library(name: "ArticleKit", targets: ["ArticleKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The shared model library: decoding, parsing, fact extraction. Pure values.
        .target(
            name: "ArticleKit",
            dependencies: ["CCmark", "CLibXML2"],
            resources: [.copy("Resources")]
        ),
        // libcmark (CommonMark) and libxml2 (its HTML parser) as system libraries.
        .systemLibrary(name: "CCmark", providers: [.apt(["libcmark-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // The executable: command-line parsing and the run loop.
        .executableTarget(
            name: "leggio",
            dependencies: [
                "ArticleKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Throughput benchmark; run with `swift run -c release leggio-bench`.
        .executableTarget(
            name: "leggio-bench",
            dependencies: ["ArticleKit"],
            path: "Sources/LeggioBench"
        ),
        .testTarget(
            name: "ArticleKitTests",
            dependencies: ["ArticleKit"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
