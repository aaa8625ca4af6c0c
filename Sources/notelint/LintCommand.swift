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
        .txt, .md, .markdown and .docx files (see --extensions). A CSV or JSONL export \
        (.csv, .jsonl, .ndjson) is read record by record: each record's note (see \
        --text-column) is checked on its own and located as FILE#RECORD.
        Exit codes: 0 nothing at or above --severity; 1 findings at or above --severity; \
        2 usage, configuration or input errors (the other inputs are still checked).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif, csv
    }

    enum ColourMode: String, ExpressibleByArgument, CaseIterable {
        case auto, always, never
    }

    @Argument(help: "Files or folders to check; - for standard input.")
    var paths: [String] = []

    @Option(help: "Output format: text (like a compiler), json (the documented schema), sarif (SARIF 2.1.0) or csv (a row per finding).")
    var format: Format = LintRun.defaults.format

    @Option(help: "Colour in text output: auto (on a terminal without NO_COLOR), always or never.")
    var color: ColourMode = LintRun.defaults.colour

    @OptionGroup var batch: BatchOptions
    @OptionGroup var people: PeopleOptions
    @OptionGroup var style: StyleOptions
    @OptionGroup var rules: CatalogueOptions

    func run() throws {
        try LintRun(paths: paths, format: format, colour: color, batch: batch.settings, options: style.lintOptions(people: people),
                    rulesDirectory: rules.directory).run()
    }
}

/// Options of every command that lints a batch of notes (lint, stats, compare).
struct BatchOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The lowest severity that is reported (and, for lint, that makes the exit code 1): suggestion, warning or error."))
    var severity: Severity = BatchSettings().severity

    @Option(help: ArgumentHelp("File extensions searched in folders, comma-separated.", valueName: "LIST"))
    var extensions: String = BatchSettings().extensions.sorted().joined(separator: ",")

    @Option(name: .customLong("text-column"), help: ArgumentHelp("In CSV and JSONL exports, the column or key that holds the note (default: the first of notes, note, case_notes, text, body… that the file has).", valueName: "NAME"))
    var textColumn: String?

    @Option(name: .customLong("id-column"), help: ArgumentHelp("In CSV and JSONL exports, the column or key that holds the record's id, shown in locations (default: the record's number).", valueName: "NAME"))
    var idColumn: String?

    @Option(help: "How many files or blocks to lint at once (default: one per core).")
    var jobs: Int?

    @Option(help: "Show progress on standard error once a run takes half a second: auto (when standard error is a terminal that the findings are not being written to), always or never.")
    var progress: ProgressMeter.Mode = BatchSettings().progress

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    /// The settings these options give.
    var settings: BatchSettings {
        BatchSettings(severity: severity, extensions: Set(extensions.split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "."))).lowercased()
        }), textColumn: textColumn, idColumn: idColumn, jobs: jobs, progress: progress)
    }
}

/// How a batch is run, whether from options or from a plain command line of paths.
struct BatchSettings {
    var severity: Severity = .suggestion
    /// File extensions to look for in folders, lower-case, without dots.
    var extensions: Set<String> = PathWalker.defaultExtensions
    /// The note and id columns of CSV and JSONL exports (nil: the usual names; no id).
    var textColumn: String? = nil
    var idColumn: String? = nil
    var jobs: Int? = nil
    var progress: ProgressMeter.Mode = .auto
}

extension ProgressMeter.Mode: ExpressibleByArgument {}
extension Severity: ExpressibleByArgument {}
extension Profile: ExpressibleByArgument {}
extension Terminology.Region: ExpressibleByArgument {}
extension Terminology.CauserTerm: ExpressibleByArgument {}

/// Options for the profile and local terminology.
struct StyleOptions: ParsableArguments {
    @Option(help: "default: quoted words and family members' accounts are left alone; strict (audits): they are reported one severity lower, with style advice such as 'Mum' for the mother's name.")
    var profile: Profile = LintOptions().profile

    @Option(help: "Regional usage in suggestions: uk (domestic abuse) or au (family violence).")
    var region: Terminology.Region = Terminology().region

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
