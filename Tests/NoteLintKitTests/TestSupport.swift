import Testing
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

/// The texts of the labelled corpus (`Corpus/*.jsonl`), read as the corpus check reads them.
func labelledCorpusTexts() throws -> [String] {
    try CorpusEvaluator.entries(inDirectory: CatalogueAccuracyTests.corpusDirectory).map(\.0.text)
}

/// `text` with its non-ASCII characters written as escapes, for a failure message.
func escaped(_ text: String) -> String {
    text.unicodeScalars.map { $0.isASCII ? String($0) : "\\u{\(String($0.value, radix: 16))}" }.joined()
}

/// Expects, for each of `texts`, the candidate's output to equal the reference's wherever the
/// candidate gives one (nil: it leaves the text to the reference); returns how many it gave.
func expectAgreement<Output: Equatable>(on texts: [String], _ outputs: (String) throws -> (reference: Output, candidate: Output?)) rethrows -> Int {
    var handled = 0
    for text in texts {
        let (reference, candidate) = try outputs(text)
        guard let candidate else { continue }
        handled += 1
        #expect(candidate == reference, "\(escaped(text)): \(candidate) instead of \(reference)")
    }
    return handled
}

/// `count` texts of up to `maxPieces` of `pieces` each, drawn reproducibly from `seed` (for
/// differential tests: a failing text can be found again).
func randomTexts(of pieces: [String], count: Int, maxPieces: Int, seed: UInt64) -> [String] {
    var generator = SeededGenerator(seed: seed)
    return (0..<count).map { _ in
        (0..<Int.random(in: 0...maxPieces, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
}

/// A small deterministic random number generator (SplitMix64), so that a failing random
/// case can be found again.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
