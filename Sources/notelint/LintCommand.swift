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
    @OptionGroup var rules: CatalogueOptions

    func run() throws {
        let catalogue = try rules.catalogue()
        let linter = try Linter(catalogue: catalogue, options: LintOptions(declaredPeople: people.declared))
        let walker = PathWalker(extensions: Set(extensions.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) }))
        var reports: [FileReport] = []
        var problems: [InputProblem] = []
        let textReporter = TextReporter(colour: useColour)
        for entry in walker.entries(for: paths.isEmpty ? ["-"] : paths) {
            let result: Result<InputDocument, InputProblem>
            switch entry {
            case .file(let path): result = DocumentReader.read(path: path)
            case .standardInput: result = DocumentReader.readStandardInput()
            case .problem(let problem): result = .failure(problem)
            }
            switch result {
            case .success(let document):
                let findings = document.bytes.withUnsafeBufferPointer { linter.lint(utf8: $0) }.filter { $0.severity >= severity }
                let report = FileReport(path: document.path, bytes: document.bytes, findings: findings)
                if format == .text { print(textReporter.render(report), terminator: "") }
                reports.append(report)
            case .failure(let problem):
                Console.error(problem.description)
                problems.append(problem)
            }
        }
        let findings = reports.flatMap(\.findings)
        switch format {
        case .json: print(JSONReporter().render(reports, problems: problems))
        case .text: if !findings.isEmpty || reports.count > 1 { FileHandle.standardError.write(Data((textReporter.summary(findings: findings, files: reports.count) + "\n").utf8)) }
        }
        if problems.contains(where: { $0.kind == .error }) { throw ExitCode(2) }
        if !findings.isEmpty { throw ExitCode(1) }
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
