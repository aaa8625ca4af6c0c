import ArgumentParser
import Foundation
import NoteLintKit

/// `notelint [PATH…]`: lint files, folders or standard input.
struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check notes (files, folders or standard input) and report findings.",
        discussion: """
        With no PATH, or with -, reads standard input. Folders are searched recursively for \
        .txt, .md and .markdown files (see --extensions).
        Exit codes: 0 nothing at or above --severity; 1 findings at or above --severity; \
        2 usage, configuration or input errors (the other inputs are still checked).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    enum ColourMode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Argument(help: "Files or folders to check; - for standard input.")
    var paths: [String] = []

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: ArgumentHelp("The lowest severity that is reported and that makes the exit code 1: suggestion, warning or error."))
    var severity: Severity = .suggestion

    @Option(help: "Colour in text output: auto (on a terminal without NO_COLOR), always or never.")
    var color: ColourMode = .auto

    @Option(help: ArgumentHelp("File extensions searched in folders, comma-separated.", valueName: "LIST"))
    var extensions: String = PathWalker.defaultExtensions.sorted().joined(separator: ",")

    @OptionGroup var people: PeopleOptions
    @OptionGroup var style: StyleOptions
    @OptionGroup var rules: CatalogueOptions

    @Option(help: "How many files or blocks to lint at once (default: one per core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let batch = BatchLinter(catalogue: try rules.catalogue(), options: style.lintOptions(people: people),
                                threshold: severity, workers: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
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
        switch color {
        case .always: true
        case .never: false
        case .auto:
            isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
                && ProcessInfo.processInfo.environment["TERM"] != "dumb"
        }
    }
}

extension Severity: ExpressibleByArgument {}
extension Profile: ExpressibleByArgument {}
extension Terminology.Region: ExpressibleByArgument {}
extension Terminology.CauserTerm: ExpressibleByArgument {}

/// Options for the profile and local terminology.
struct StyleOptions: ParsableArguments {
    @Option(help: "default: quoted words and family members' accounts are left alone; strict: they are reported one severity lower.")
    var profile: Profile = .standard

    @Option(help: "Regional usage in suggestions: uk (domestic abuse) or au (family violence).")
    var region: Terminology.Region = .uk

    @Option(help: ArgumentHelp("What suggestions call the person causing harm when the note does not name him: person-causing-harm, perpetrator or person-using-violence (default: the region's usual term). With perpetrator, the advisory rules against that word are off.", valueName: "TERM"))
    var term: Terminology.CauserTerm?

    /// The lint options for these settings and `people`.
    func lintOptions(people: PeopleOptions) -> LintOptions {
        LintOptions(declaredPeople: people.declared, profile: profile, terminology: Terminology(region: region, causerTerm: term))
    }
}

/// Options that declare who is who in the notes.
struct PeopleOptions: ParsableArguments {
    @Option(name: .customLong("person-causing-harm"), help: ArgumentHelp("The person causing harm, as named in the notes (e.g. \"Mr Hale\"). Repeatable.", valueName: "NAME"))
    var personCausingHarm: [String] = []

    @Option(help: ArgumentHelp("The adult survivor, as named in the notes (e.g. \"Ms Hale\"). Repeatable.", valueName: "NAME"))
    var survivor: [String] = []

    @Option(help: ArgumentHelp("A child, as named in the notes. Repeatable.", valueName: "NAME"))
    var child: [String] = []

    var declared: [String: Role] {
        var people: [String: Role] = [:]
        for name in personCausingHarm { people[name] = .causer }
        for name in survivor { people[name] = .survivor }
        for name in child { people[name] = .child }
        return people
    }
}
