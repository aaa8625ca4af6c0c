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

    @OptionGroup var audit: AuditOptions

    func run() throws {
        let catalogue = try audit.rules.catalogue()
        let (first, firstSummary) = try audit.tally([before], catalogue: catalogue)
        let (second, secondSummary) = try audit.tally([after], catalogue: catalogue)
        print(audit.reporter(for: catalogue).comparison(before: first, after: second, names: (before, after)), terminator: "")
        if firstSummary.hasErrors || secondSummary.hasErrors { throw ExitCode(2) }
    }
}
