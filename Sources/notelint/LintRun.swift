import ArgumentParser
import Foundation
import NoteLintKit

/// One run of `notelint lint`: its settings (parsed by ``LintCommand``, or read straight from
/// a command line of paths by ``plain(_:)``) and the run itself.
struct LintRun {
    var paths: [String] = []
    var format: LintCommand.Format = .text
    var severity: Severity = .suggestion
    var colour: LintCommand.ColourMode = .auto
    var extensions = PathWalker.defaultExtensions.sorted().joined(separator: ",")
    var options = LintOptions()
    var rulesDirectory: String? = nil
    var jobs: Int? = nil

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
        let batch = BatchLinter(catalogue: catalogue, options: options, threshold: severity,
                                workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        let walker = PathWalker(extensions: Set(extensions.split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "."))).lowercased()
        }))
        let entries = walker.entries(for: paths.isEmpty ? ["-"] : paths)
        let output = OutputStream()
        let summary: BatchLinter.Summary
        do {
            switch format {
            case .text:
                let reporter = TextReporter(colour: useColour)
                summary = try batch.run(entries, render: { reporter.render($0) }) { outcome in
                    if let problem = outcome.problem { Console.error(problem.description) }
                    output.write(outcome.rendered)
                }
                output.flush()
                if summary.findingCount > 0 || summary.documents > 1 {
                    FileHandle.standardError.write(Data((reporter.summary(counts: summary.findings, files: summary.documents) + "\n").utf8))
                }
            case .json:
                let reporter = JSONReporter()
                var first = true
                output.write(reporter.opening())
                summary = try batch.run(entries, render: { reporter.findings(of: $0) }) { outcome in
                    if let problem = outcome.problem { Console.error(problem.description) }
                    guard !outcome.rendered.isEmpty else { return }
                    output.write(first ? "\n" : ",\n")
                    output.write(outcome.rendered)
                    first = false
                }
                output.write(reporter.closing(files: summary.documents, problems: summary.problems) + "\n")
            }
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        output.flush()
        if summary.hasErrors { throw ExitCode(2) }
        if summary.findingCount > 0 { throw ExitCode(1) }
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
