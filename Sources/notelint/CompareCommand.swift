import ArgumentParser
import Foundation
import NoteLintKit

/// `notelint compare BEFORE AFTER`: two sets of notes side by side (before and after
/// training, two teams, two years), by rates per 1,000 words so that sets of different sizes
/// compare fairly.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two sets of notes (files or folders): findings per category and per rule, per 1,000 words, and the change.",
        discussion: """
        Example: notelint compare audits/2025 audits/2026. The change is in the rate per \
        1,000 words ("new" where the first set had none). Exit codes: 0 comparison written; \
        2 usage, configuration or input errors (the other inputs are still counted).
        """
    )

    @Argument(help: "The first set: a file or folder.")
    var before: String

    @Argument(help: "The second set: a file or folder.")
    var after: String

    @Option(help: "Output format: text (tables), json or csv.")
    var format: TallyReporter.Format = .text

    @OptionGroup var batch: BatchOptions
    @OptionGroup var people: PeopleOptions
    @OptionGroup var style: StyleOptions
    @OptionGroup var rules: CatalogueOptions

    func run() throws {
        let catalogue = try rules.catalogue()
        let options = style.lintOptions(people: people)
        let (first, firstSummary) = try StatsCommand.tally([before], catalogue: catalogue, options: options, batch: batch.settings)
        let (second, secondSummary) = try StatsCommand.tally([after], catalogue: catalogue, options: options, batch: batch.settings)
        let reporter = TallyReporter(categories: catalogue.categories, format: format)
        print(reporter.comparison(before: first, after: second, names: (before, after)), terminator: "")
        if firstSummary.hasErrors || secondSummary.hasErrors { throw ExitCode(2) }
    }
}
