import ArgumentParser
import Foundation
import NoteLintKit

/// The options of the audit commands (stats, compare), and the counting they share.
struct AuditOptions: ParsableArguments {
    @Option(help: "Output format: text (tables), json or csv.")
    var format: TallyReporter.Format = .text

    @OptionGroup var batch: BatchOptions
    @OptionGroup var people: PeopleOptions
    @OptionGroup var style: StyleOptions
    @OptionGroup var rules: CatalogueOptions

    /// Lints `paths` with `catalogue` and counts what was found.
    func tally(_ paths: [String], catalogue: Catalogue) throws -> (FindingTally, BatchLinter.Summary) {
        var tally = FindingTally()
        let run = BatchRun(catalogue: catalogue, options: style.lintOptions(people: people), batch: batch.settings,
                           countsWords: true, writesAsItGoes: false)
        let summary = try run.run(paths: paths) { outcome in
            guard outcome.problem == nil else { return }
            tally.add(path: outcome.path, startsDocument: outcome.startsDocument, words: outcome.wordCount, findings: outcome.findings)
        }
        return (tally, summary)
    }

    /// The reporter for `catalogue`'s categories in the chosen format.
    func reporter(for catalogue: Catalogue) -> TallyReporter {
        TallyReporter(categories: catalogue.categories, format: format)
    }
}

extension TallyReporter.Format: ExpressibleByArgument {}
