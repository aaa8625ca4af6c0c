import ArgumentParser
import Foundation
import NoteLintKit

/// One run of `notelint lint`: its settings (parsed by ``LintCommand``, or read straight from
/// a command line of paths by ``plain(_:)``) and the run itself.
struct LintRun {
    var paths: [String] = []
    var format: LintCommand.Format = .text
    var colour: LintCommand.ColourMode = .auto
    var batch = BatchSettings()
    var options = LintOptions()
    var rulesDirectory: String? = nil

    /// The settings when no option is given; ``LintCommand``'s options default to these.
    static let defaults = LintRun()

    /// The run for a command line of paths only (`notelint note.txt`, `notelint lint a b`, or
    /// none for standard input), the form a social worker's editor runs on every draft; nil
    /// for anything else, which ArgumentParser parses. Parsing with ArgumentParser costs a few
    /// milliseconds of start-up (its reflection over the commands' options), a fifth of the run.
    static func plain(_ arguments: [String]) -> LintRun? {
        var paths = arguments[...]
        if paths.first == LintCommand.configuration.commandName { paths = paths.dropFirst() }
        else if let first = paths.first, subcommandNames.contains(first) { return nil }
        guard paths.allSatisfy({ $0 == "-" || !$0.hasPrefix("-") }) else { return nil }
        var run = defaults
        run.paths = Array(paths)
        return run
    }

    /// Words that start another subcommand (or help) in the first place on the command line.
    private static let subcommandNames: Set<String> = Set(NoteLint.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"])

    /// Lints the paths and writes the report; throws the exit code (1 findings, 2 errors).
    func run() throws {
        let catalogue = try CatalogueOptions.catalogue(directory: rulesDirectory)
        let output = OutputStream()
        let stream = reportStream(for: catalogue)
        output.write(stream.opening)
        var first = true
        let summary = try BatchRun(catalogue: catalogue, options: options, batch: batch).run(paths: paths, render: stream.render) { outcome in
            guard !outcome.rendered.isEmpty else { return }
            output.write(first ? stream.beforeFirst : stream.between)
            output.write(outcome.rendered)
            first = false
        }
        output.write(stream.closing(summary))
        output.flush()
        if let line = stream.closingNote(summary) { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        if summary.hasErrors { throw ExitCode(2) }
        if summary.findingCount > 0 { throw ExitCode(1) }
    }

    /// How a format writes a run: what opens and closes it, and what goes between reports.
    private struct ReportStream {
        var opening = ""
        var render: @Sendable (FileReport) -> String
        var beforeFirst = ""
        var between = ""
        var closing: (BatchLinter.Summary) -> String = { _ in "" }
        /// A line for standard error at the end (the text format's counts).
        var closingNote: (BatchLinter.Summary) -> String? = { _ in nil }
    }

    private func reportStream(for catalogue: Catalogue) -> ReportStream {
        switch format {
        case .text:
            let reporter = TextReporter(colour: useColour)
            return ReportStream(render: { reporter.render($0) }, closingNote: { summary in
                summary.findingCount > 0 || summary.documents > 1 ? reporter.summary(counts: summary.findings, files: summary.documents) : nil
            })
        case .json:
            let reporter = JSONReporter()
            return ReportStream(opening: reporter.opening(), render: { reporter.findings(of: $0) }, beforeFirst: "\n", between: ",\n",
                                closing: { reporter.closing(files: $0.documents, problems: $0.problems) + "\n" })
        case .sarif:
            let reporter = SARIFReporter(rules: catalogue.rules, toolVersion: NoteLintVersion.current)
            return ReportStream(opening: reporter.opening(), render: { reporter.results(of: $0) }, beforeFirst: "\n", between: ",\n",
                                closing: { reporter.closing(problems: $0.problems) })
        case .csv:
            let reporter = CSVReporter()
            return ReportStream(opening: reporter.header(), render: { reporter.rows(of: $0) })
        }
    }

    private var useColour: Bool {
        switch colour {
        case .always: true
        case .never: false
        case .auto:
            isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
                && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        }
    }
}
