import ArgumentParser
import Foundation
import NoteLintKit

/// `notelint rules`: list the catalogue.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rules", abstract: "List every rule: id, category, severity and message.")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Option(help: "Output format.")
    var format: Format = .text

    @Option(help: "Only rules of this category.")
    var category: String?

    @OptionGroup var rules: CatalogueOptions

    struct Entry: Encodable {
        var id: String
        var category: String
        var severity: String
        var message: String
        var source: String
    }

    func run() throws {
        let catalogue = try rules.catalogue()
        let selected = catalogue.rules.filter { category == nil || $0.category == category }
        switch format {
        case .json:
            let entries = selected.map { Entry(id: $0.id, category: $0.category, severity: $0.severity.rawValue, message: $0.message, source: $0.source) }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(entries), as: UTF8.self))
        case .text:
            let idWidth = selected.map(\.id.count).max() ?? 0
            let categoryWidth = selected.map(\.category.count).max() ?? 0
            for rule in selected {
                let id = rule.id.padding(toLength: idWidth, withPad: " ", startingAt: 0)
                let category = rule.category.padding(toLength: categoryWidth, withPad: " ", startingAt: 0)
                let severity = rule.severity.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
                print("\(id)  \(category)  \(severity)  \(rule.message)")
            }
        }
    }
}

/// `notelint explain RULE-ID`: everything a trainer needs about one rule.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain one rule: message, rationale, source, suggestions and examples.")

    @Argument(help: "The rule id, as shown in brackets after each finding.")
    var ruleID: String

    @OptionGroup var rules: CatalogueOptions

    func run() throws {
        let catalogue = try rules.catalogue()
        guard let rule = catalogue.rule(withID: ruleID) else {
            let close = catalogue.rules.map(\.id).filter { $0.contains(ruleID) || ruleID.contains($0) }.prefix(5)
            Console.error("no rule '\(ruleID)'" + (close.isEmpty ? "; run 'notelint rules' for the list" : "; did you mean: \(close.joined(separator: ", "))?"))
            throw ExitCode(2)
        }
        var text = "\(rule.id) (\(rule.category), \(rule.severity.rawValue))\n\n\(rule.message)\n\nWhy: \(rule.rationale)\n\nSource: \(rule.source)\n\nSuggested rewording:\n"
        for suggestion in rule.suggestions { text += "  - \(suggestion)\n" }
        text += "\nFlagged, for example:\n"
        for example in rule.flagExamples { text += "  ✗ \(example)\n" }
        text += "\nNot flagged, for example:\n"
        for example in rule.passExamples { text += "  ✓ \(example)\n" }
        print(text, terminator: "")
    }
}

/// `notelint check-rules`: run every rule's own examples (for rule authors).
struct CheckRulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-rules",
        abstract: "Run every rule's flag and pass examples and list the ones that misbehave (exit 1 if any)."
    )

    @OptionGroup var rules: CatalogueOptions

    @Option(name: .customLong("prefilter-cost"), help: ArgumentHelp("Instead, list the patterns that most often send a sentence of FILE to the matcher in vain (for keeping the catalogue fast).", valueName: "FILE"))
    var prefilterSample: String?

    @Option(help: "How many patterns --prefilter-cost lists.")
    var top = 20

    func run() throws {
        let catalogue = try rules.catalogue()
        if let prefilterSample {
            try printPrefilterCost(catalogue, sample: prefilterSample)
            return
        }
        let failures = RuleExampleChecker.failures(try Linter(catalogue: catalogue))
        for failure in failures { print(failure.description) }
        let total = catalogue.rules.reduce(0) { $0 + $1.flagExamples.count + $1.passExamples.count }
        print("\(total - failures.count) passed, \(failures.count) failed")
        if !failures.isEmpty { throw ExitCode(1) }
    }

    private func printPrefilterCost(_ catalogue: Catalogue, sample: String) throws {
        let document: InputDocument
        switch DocumentReader.read(path: sample) {
        case .success(let read): document = read
        case .failure(let problem):
            Console.error(problem.description)
            throw ExitCode(2)
        }
        let costs = try PrefilterProfiler(catalogue: catalogue).costs(on: document.bytes)
        print("in vain  candidates  matches  rule: pattern")
        for cost in costs.prefix(top) {
            print(String(cost.vain).leftPadded(7) + "  " + String(cost.candidates).leftPadded(10) + "  " + String(cost.matches).leftPadded(7) + "  \(cost.ruleID): \(cost.pattern)")
        }
    }
}
