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
    var format: Format = LintRun.defaults.format

    @Option(help: ArgumentHelp("The lowest severity that is reported and that makes the exit code 1: suggestion, warning or error."))
    var severity: Severity = LintRun.defaults.severity

    @Option(help: "Colour in text output: auto (on a terminal without NO_COLOR), always or never.")
    var color: ColourMode = LintRun.defaults.colour

    @Option(help: ArgumentHelp("File extensions searched in folders, comma-separated.", valueName: "LIST"))
    var extensions: String = LintRun.defaults.extensions

    @OptionGroup var people: PeopleOptions
    @OptionGroup var style: StyleOptions
    @OptionGroup var rules: CatalogueOptions

    @Option(help: "How many files or blocks to lint at once (default: one per core).")
    var jobs: Int?

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        try LintRun(paths: paths, format: format, severity: severity, colour: color, extensions: extensions,
                    options: style.lintOptions(people: people), rulesDirectory: rules.directory, jobs: jobs).run()
    }
}

extension Severity: ExpressibleByArgument {}
extension Profile: ExpressibleByArgument {}
extension Terminology.Region: ExpressibleByArgument {}
extension Terminology.CauserTerm: ExpressibleByArgument {}

/// Options for the profile and local terminology.
struct StyleOptions: ParsableArguments {
    @Option(help: "default: quoted words and family members' accounts are left alone; strict: they are reported one severity lower.")
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
