import ArgumentParser
import Foundation
import NoteLintKit

/// Lints a batch of paths for any command (lint, stats, compare): walks the paths, runs the
/// ``BatchLinter`` on all cores, reports input problems on standard error and shows
/// progress; the command sees every outcome in input order.
struct BatchRun {
    var catalogue: Catalogue
    var options: LintOptions
    var batch: BatchSettings
    /// Whether outcomes carry word counts (for rates per 1,000 words).
    var countsWords = false
    /// Whether the command writes its output as it goes (lint) rather than at the end
    /// (stats, compare): then progress is shown only if the output goes elsewhere than the
    /// terminal.
    var writesAsItGoes = true

    /// Lints `paths` (standard input if none); `render` runs on the workers, `emit` on this
    /// thread. Exits 2 on an error that stops the run.
    func run(paths: [String], render: @escaping @Sendable (FileReport) -> String = { _ in "" },
             emit: (BatchLinter.Outcome) -> Void) throws -> BatchLinter.Summary {
        var linter = BatchLinter(catalogue: catalogue, options: options, threshold: batch.severity,
                                 workers: batch.jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        linter.countsWords = countsWords
        linter.textColumn = batch.textColumn
        linter.idColumn = batch.idColumn
        let entries = PathWalker(extensions: batch.extensions).entries(for: paths.isEmpty ? ["-"] : paths)
        let progress = ProgressMeter(mode: batch.progress, entries: entries, sharesTerminalWithOutput: writesAsItGoes)
        defer { progress?.clear() }
        do {
            return try linter.run(entries, render: render) { outcome in
                if let problem = outcome.problem {
                    progress?.clear()
                    Console.error(problem.description)
                }
                emit(outcome)
                progress?.advance(by: outcome)
            }
        } catch {
            progress?.clear()
            Console.error(error.description)
            throw ExitCode(2)
        }
    }
}
