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

    @OptionGroup var audit: AuditOptions

    func run() throws {
        let catalogue = try audit.rules.catalogue()
        let (tally, summary) = try audit.tally(paths, catalogue: catalogue)
        print(audit.reporter(for: catalogue).summary(tally), terminator: "")
        if summary.hasErrors { throw ExitCode(2) }
    }
}
