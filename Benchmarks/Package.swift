// swift-tools-version: 6.1
import PackageDescription

// Performance benchmarks for notelint, kept in their own package so that the library's
// build and tests never depend on package-benchmark.
//
//   swift package --package-path Benchmarks benchmark          (from the repository root)
//   swift package benchmark                                     (from inside Benchmarks/)
let package = Package(
    name: "NoteLintBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "notelint", path: ".."),
        .package(url: "https://github.com/ordo-one/package-benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "NoteLintBenchmarks",
            dependencies: [
                .product(name: "NoteLintKit", package: "notelint"),
                .product(name: "Benchmark", package: "package-benchmark"),
            ],
            path: "Benchmarks/NoteLint",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "package-benchmark")]
        ),
    ]
)
