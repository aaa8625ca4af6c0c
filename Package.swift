// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "notelint",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NoteLintKit", targets: ["NoteLintKit"]),
        .executable(name: "notelint", targets: ["notelint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        // The only code that includes ICU headers: a narrow C facade over the system ICU.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc")]
        ),
        // Turns the YAML catalogue in Rules/ into Swift source at build time.
        .executableTarget(name: "EmbedRules", path: "Sources/EmbedRules"),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedRules"]
        ),
        .target(
            name: "NoteLintKit",
            dependencies: [
                "CICU",
                .product(name: "Yams", package: "Yams"),
                // Opens .docx files (zip archives) for DocxReader.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            plugins: ["EmbedRulesPlugin"]
        ),
        .executableTarget(
            name: "notelint",
            dependencies: ["NoteLintKit", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // ZIPFoundation here too: DocxReaderTests build their .docx files at run time.
        .testTarget(
            name: "NoteLintKitTests",
            dependencies: ["NoteLintKit", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "NoteLintCLITests", dependencies: ["NoteLintKit"]),
    ]
)
