import Benchmark
import Foundation
import NoteLintKit

// Throughput benchmarks for notelint. Every benchmark processes one fixed input per
// iteration, so `throughput` (operations per second) times the input size is the data rate;
// the custom metric `MB/s x100` reports that rate directly (MB = 10^6 bytes, times 100 to keep
// two decimals in an integer metric).
//
// Inputs are built deterministically from built-in synthetic case notes plus the seed
// reports when readable (see CorpusText.swift). Sizes and iteration limits can be changed
// with environment variables, e.g. NOTELINT_BENCH_BIG_MB=10 for a quicker "large" run.

/// Input sizes in bytes.
private let smallSize = 1_000_000
private let bigSize = (Int(ProcessInfo.processInfo.environment["NOTELINT_BENCH_BIG_MB"] ?? "") ?? 50) * 1_000_000

/// Inputs and catalogues, made once per process the first time a benchmark needs them (in its
/// setup, so building them is never measured). The benchmarks run one after another on one
/// thread; nothing here is shared between threads.
private enum Inputs {
    nonisolated(unsafe) static var smallText: [UInt8] = []
    nonisolated(unsafe) static var smallSentences: [Sentence] = []
    nonisolated(unsafe) static var bigText: [UInt8] = []
    nonisolated(unsafe) static var catalogues: [String: Catalogue] = [:]

    static func small() -> [UInt8] {
        if smallText.isEmpty { smallText = CorpusText.bytes(byteCount: smallSize) }
        return smallText
    }

    static func sentences() throws -> [Sentence] {
        if smallSentences.isEmpty {
            let segmenter = try Segmenter()
            smallSentences = small().withUnsafeBufferPointer { segmenter.sentences(in: $0) }
        }
        return smallSentences
    }

    static func catalogue(_ name: String) throws -> Catalogue {
        if let catalogue = catalogues[name] { return catalogue }
        let catalogue: Catalogue
        switch name {
        case "full": catalogue = try Catalogue.bundled()
        case "10 rules": catalogue = try Catalogue(SyntheticCatalogue.prefix(10))
        case "10x": catalogue = try Catalogue(SyntheticCatalogue.multiplied(copies: 9))
        default: fatalError("unknown catalogue \(name)")
        }
        catalogues[name] = catalogue
        if name == "10x" {
            // The copies must not match real text, or the scaling benchmark would measure more findings.
            let full = try self.catalogue("full").rawMatchCount(in: sentences())
            let tenfold = catalogue.rawMatchCount(in: try sentences())
            if full != tenfold { FileHandle.standardError.write(Data("warning: 10x catalogue finds \(tenfold) raw matches in 1 MB, the real one \(full)\n".utf8)) }
        }
        return catalogue
    }
}

/// The data-rate metric: MB (10^6 bytes) per second, times 100.
private let megabytesPerSecond = BenchmarkMetric.custom("MB/s x100", polarity: .prefersLarger, useScalingFactor: false)

/// Runs `body` once, timing it, and records the data rate for `byteCount` bytes.
private func measuringRate<T>(_ benchmark: Benchmark, bytes byteCount: Int, _ body: () throws -> T) rethrows {
    let start = ContinuousClock.now
    let result = try body()
    let elapsed = ContinuousClock.now - start
    blackHole(result)
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    if seconds > 0 { benchmark.measurement(megabytesPerSecond, Int((Double(byteCount) / 1e6 / seconds * 100).rounded())) }
}

/// Registers a throwing benchmark whose inputs are made by `setup`, before measuring starts.
private func benchmark(_ name: String, configuration: Benchmark.Configuration = Benchmark.defaultConfiguration,
                       setup: Benchmark.BenchmarkSetupHook? = nil, teardown: Benchmark.BenchmarkTeardownHook? = nil,
                       _ body: @escaping Benchmark.BenchmarkThrowingClosure) {
    Benchmark(name, configuration: configuration, closure: body, setup: setup, teardown: teardown)
}

let benchmarks: @Sendable () -> Void = {
    let iterationScale = Int(ProcessInfo.processInfo.environment["NOTELINT_BENCH_ITERATIONS"] ?? "") ?? 20
    let seconds = Int64(ProcessInfo.processInfo.environment["NOTELINT_BENCH_SECONDS"] ?? "") ?? 5

    let rateMetrics: [BenchmarkMetric] = [.wallClock, .throughput, .cpuTotal, .peakMemoryResident, .mallocCountTotal, megabytesPerSecond]
    Benchmark.defaultConfiguration = .init(
        metrics: rateMetrics,
        warmupIterations: 1,
        maxDuration: .seconds(seconds),
        maxIterations: iterationScale
    )

    // ICU sentence and word segmentation plus token folding: the floor under everything else.
    benchmark("Segmentation (1 MB)", setup: { _ = Inputs.small() }) { benchmark in
        let segmenter = try Segmenter()
        let text = Inputs.small()
        benchmark.startMeasurement()
        text.withUnsafeBufferPointer { bytes in
            measuringRate(benchmark, bytes: bytes.count) { segmenter.sentences(in: bytes).count }
        }
        benchmark.stopMeasurement()
    }

    // The automaton alone (token ids + matching) over already segmented sentences.
    benchmark("Matching only (1 MB, pre-segmented)", setup: { _ = try Inputs.sentences(); _ = try Inputs.catalogue("full") }) { benchmark in
        let sentences = try Inputs.sentences()
        let catalogue = try Inputs.catalogue("full")
        let byteCount = Inputs.small().count
        benchmark.startMeasurement()
        measuringRate(benchmark, bytes: byteCount) { catalogue.rawMatchCount(in: sentences) }
        benchmark.stopMeasurement()
    }

    // What a user gets: segmentation, matching, context analysis and findings.
    benchmark("Lint end to end (1 MB)", setup: { _ = Inputs.small(); _ = try Inputs.catalogue("full") }) { benchmark in
        let linter = try Linter(catalogue: Inputs.catalogue("full"))
        let text = Inputs.small()
        benchmark.startMeasurement()
        text.withUnsafeBufferPointer { bytes in
            measuringRate(benchmark, bytes: bytes.count) { linter.lint(utf8: bytes).count }
        }
        benchmark.stopMeasurement()
    }

    // One large document: shows anything worse than linear in the document size.
    benchmark(
        "Lint end to end (\(bigSize / 1_000_000) MB)",
        configuration: .init(metrics: rateMetrics, warmupIterations: 0, maxDuration: .seconds(seconds * 4), maxIterations: 3),
        setup: { Inputs.bigText = CorpusText.bytes(byteCount: bigSize); _ = try Inputs.catalogue("full") },
        teardown: { Inputs.bigText = [] }
    ) { benchmark in
        let linter = try Linter(catalogue: Inputs.catalogue("full"))
        benchmark.startMeasurement()
        Inputs.bigText.withUnsafeBufferPointer { bytes in
            measuringRate(benchmark, bytes: bytes.count) { linter.lint(utf8: bytes).count }
        }
        benchmark.stopMeasurement()
    }

    // Rule-count scaling: the same 1 MB with 10 rules, the whole catalogue, and ten times the
    // catalogue (nine copies with nonsense words, which grow the automaton but match nothing).
    for (label, name) in [("10 rules", "10 rules"), ("full catalogue", "full"), ("10x catalogue", "10x")] {
        benchmark("Rule scaling: \(label) (lint 1 MB)", setup: { _ = Inputs.small(); _ = try Inputs.catalogue(name) }) { benchmark in
            let linter = try Linter(catalogue: Inputs.catalogue(name))
            let text = Inputs.small()
            benchmark.startMeasurement()
            text.withUnsafeBufferPointer { bytes in
                measuringRate(benchmark, bytes: bytes.count) { linter.lint(utf8: bytes).count }
            }
            benchmark.stopMeasurement()
        }
    }

    // Start-up as the CLI does it with a warm on-disk cache: load the compiled catalogue.
    let cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("notelint-bench-cache-\(getpid())").path
    benchmark(
        "Start-up (load compiled catalogue from the disk cache)",
        configuration: .init(metrics: [.wallClock, .throughput, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
                             warmupIterations: 1, maxDuration: .seconds(seconds), maxIterations: iterationScale * 5),
        setup: {
            setenv("NOTELINT_CACHE_DIR", cacheDirectory, 1)
            _ = try CatalogueCache.catalogue(for: RuleFile.bundled)   // fills the cache
        },
        teardown: {
            unsetenv("NOTELINT_CACHE_DIR")
            try? FileManager.default.removeItem(atPath: cacheDirectory)
        }
    ) { _ in
        blackHole(try CatalogueCache.catalogue(for: RuleFile.bundled))
    }

    // Start-up without a cache: parse the bundled YAML and compile the automaton.
    benchmark(
        "Start-up (load + compile bundled catalogue)",
        configuration: .init(metrics: [.wallClock, .throughput, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
                             warmupIterations: 1, maxDuration: .seconds(seconds), maxIterations: iterationScale * 5)
    ) { benchmark in
        let catalogue = try Catalogue(RuleLoader.load(RuleFile.bundled))
        blackHole(catalogue)
    }
}
