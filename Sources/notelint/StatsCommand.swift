import ArgumentParser
import Foundation
import NoteLintKit

/// `notelint stats PATH…`: counts for an audit, per file, per category and per rule, with
/// rates per 1,000 words.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count findings per file, per category and per rule, with rates per 1,000 words (for audits).",
        discussion: """
        Words are runs of characters between spaces that hold a letter or a digit. Exit codes: \
        0 counts written; 2 usage, configuration or input errors (the other inputs are still counted).
        """
    )

    @Argument(help: "Files or folders to count; - for standard input.")
    var paths: [String] = []

    @Option(help: "Output format: text (tables), json or csv (a row per file, a column per category).")
    var format: TallyReporter.Format = .text

    @OptionGroup var batch: BatchOptions
    @OptionGroup var people: PeopleOptions
    @OptionGroup var style: StyleOptions
    @OptionGroup var rules: CatalogueOptions

    func run() throws {
        let catalogue = try rules.catalogue()
        let (tally, summary) = try Self.tally(paths, catalogue: catalogue, options: style.lintOptions(people: people), batch: batch.settings)
        let reporter = TallyReporter(categories: catalogue.categories, format: format)
        print(reporter.summary(tally), terminator: "")
        if summary.hasErrors { throw ExitCode(2) }
    }

    /// Lints `paths` and counts what was found.
    static func tally(_ paths: [String], catalogue: Catalogue, options: LintOptions,
                      batch: BatchSettings) throws -> (FindingTally, BatchLinter.Summary) {
        var tally = FindingTally()
        let run = BatchRun(catalogue: catalogue, options: options, batch: batch, countsWords: true, writesAsItGoes: false)
        let summary = try run.run(paths: paths) { outcome in
            guard outcome.problem == nil else { return }
            tally.add(path: outcome.path, startsDocument: outcome.startsDocument, words: outcome.wordCount, findings: outcome.findings)
        }
        return (tally, summary)
    }
}

extension TallyReporter.Format: ExpressibleByArgument {}
