@testable import NoteLintKit

/// A fresh linter over the bundled catalogue (linters are not thread-safe; tests run in parallel).
func makeLinter(_ options: LintOptions = LintOptions()) throws -> Linter {
    try Linter(catalogue: Catalogue.bundled(), options: options)
}

/// The ids of the rules that flag `text`.
func ruleIDs(in text: String, options: LintOptions = LintOptions()) throws -> [String] {
    try makeLinter(options).lint(text).map(\.ruleID)
}

/// The folded tokens of `text`.
func foldedTokens(_ text: String) throws -> [String] {
    try Segmenter().sentences(in: text).flatMap(\.tokens).map(\.folded)
}

/// A catalogue compiled from YAML rule text plus the bundled lexicon and inflections.
func catalogue(fromRuleYAML yaml: String, name: String = "test.yml") throws -> Catalogue {
    let shared = RuleFile.bundled.filter { $0.baseName == RuleLoader.lexiconFileName || $0.baseName == RuleLoader.inflectionsFileName }
    return try Catalogue(RuleLoader.load([RuleFile(name: name, contents: yaml)] + shared))
}

/// A minimal valid rule file with one rule whose pattern is `pattern`.
func ruleYAML(id: String = "test-rule", pattern: String, exceptions: [String] = [], context: String = "") -> String {
    let exceptionBlock = exceptions.isEmpty ? "" : "    exceptions:\n" + exceptions.map { "      - \"\($0)\"\n" }.joined()
    return """
    category: test
    rules:
      - id: \(id)
        severity: warning
        patterns:
          - "\(pattern)"
    \(exceptionBlock)\(context)    message: "Test message."
        rationale: "Test rationale."
        source: "test"
        suggestions:
          - "[person causing harm] [behaviour] towards [survivor]."
        examples:
          flag:
            - "x"
          pass:
            - "y"

    """
}
