/// Runs every rule's own `flag` and `pass` examples: each `flag` example must produce a
/// finding of its rule, and each `pass` example must produce none.
public enum RuleExampleChecker {
    /// One example that did not behave as its rule says.
    public struct Failure: Sendable, CustomStringConvertible {
        public var ruleID: String
        public var origin: SourceOrigin
        public var example: String
        /// True if the example should have been flagged.
        public var shouldFlag: Bool
        /// The findings the example did produce (rule ids with their context), for diagnosis.
        public var found: [String]

        public var description: String {
            let expectation = shouldFlag ? "not flagged" : "flagged"
            return "\(origin): \(ruleID): \(expectation): \"\(example)\"" + (found.isEmpty ? "" : " (found: \(found.joined(separator: ", ")))")
        }
    }

    /// The failing examples of every rule in `linter`'s catalogue. A rule reported only under
    /// `--profile strict` has its examples run in that profile.
    public static func failures(_ linter: Linter) -> [Failure] {
        var failures: [Failure] = []
        var strictLinter: Linter? = nil
        for rule in linter.catalogue.rules {
            var checking = linter
            if rule.context.strictOnly {
                if strictLinter == nil {
                    var options = linter.options
                    options.profile = .strict
                    strictLinter = try? Linter(catalogue: linter.catalogue, options: options)
                }
                checking = strictLinter ?? linter
            }
            for (examples, shouldFlag) in [(rule.flagExamples, true), (rule.passExamples, false)] {
                for example in examples {
                    let findings = checking.lint(example, includingSuppressed: true)
                    let flagged = findings.contains { $0.ruleID == rule.id && $0.suppression == nil }
                    if flagged != shouldFlag {
                        failures.append(Failure(ruleID: rule.id, origin: rule.origin, example: example, shouldFlag: shouldFlag,
                                                found: findings.map { "\($0.ruleID) '\($0.match)' \(describe($0.context))" + ($0.suppression.map { " SUPPRESSED(\($0))" } ?? "") }))
                    }
                }
            }
        }
        return failures
    }

    private static func describe(_ facts: ContextFacts) -> String {
        var parts = ["subject=\(facts.subject.rawValue)\(facts.subjectIsGuessed ? " (guessed)" : "")"]
        if facts.quoted { parts.append("quoted") }
        if facts.reported { parts.append("reported") }
        if facts.negated { parts.append("negated") }
        if facts.mention { parts.append("mention") }
        if facts.critiqued { parts.append("critiqued") }
        return parts.joined(separator: ",")
    }
}
