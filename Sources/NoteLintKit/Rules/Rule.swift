/// One rule of the catalogue: what it matches, when it does not apply, what it says and
/// offers, and the examples that prove it.
public struct Rule: Sendable, Identifiable {
    /// Unique id, such as `volatile-relationship`.
    public var id: String
    /// The category, such as `mutualising`.
    public var category: String
    /// How serious a finding of this rule is before context adjusts it.
    public var severity: Severity
    /// Token patterns (see Rules/README.md); a finding is any match of any of them.
    public var patterns: [PatternSource] { get { texts[\.patterns] } set { texts[\.patterns] = newValue } }
    /// Antipatterns: a match overlapping a match of one of these is dropped.
    public var exceptions: [PatternSource] { get { texts[\.exceptions] } set { texts[\.exceptions] = newValue } }
    /// How quotation, reported speech, negation, mention and the clause subject affect the rule.
    public var context: ContextPolicy
    /// One plain sentence for a busy practitioner.
    public var message: String
    /// Why the phrasing matters: two to four sentences.
    public var rationale: String
    /// The guidance the rule rests on.
    public var source: String
    /// Rewording templates with placeholders such as `[person causing harm]`.
    public var suggestions: [String]
    /// Sentences the rule must flag.
    public var flagExamples: [String] { get { texts[\.flagExamples] } set { texts[\.flagExamples] = newValue } }
    /// Sentences the rule must leave alone.
    public var passExamples: [String] { get { texts[\.passExamples] } set { texts[\.passExamples] = newValue } }
    /// The patterns, exceptions and examples, held or left in the compiled archive.
    var texts: RuleTextStore
    /// Where the rule is defined.
    public var origin: SourceOrigin

    public init(id: String, category: String, severity: Severity, patterns: [PatternSource], exceptions: [PatternSource] = [],
                context: ContextPolicy = ContextPolicy(), message: String, rationale: String, source: String,
                suggestions: [String], flagExamples: [String], passExamples: [String], origin: SourceOrigin) {
        self.id = id
        self.category = category
        self.severity = severity
        texts = .held(RuleTexts(patterns: patterns, exceptions: exceptions, flagExamples: flagExamples, passExamples: passExamples))
        self.context = context
        self.message = message
        self.rationale = rationale
        self.source = source
        self.suggestions = suggestions
        self.origin = origin
    }
}

/// What a rule carries to be compiled, checked and explained, but not to lint: its patterns,
/// exceptions and examples (four fifths of the strings of a compiled catalogue).
struct RuleTexts: Sendable {
    var patterns: [PatternSource]
    var exceptions: [PatternSource]
    var flagExamples: [String]
    var passExamples: [String]
}

/// Where a rule's ``RuleTexts`` are: in memory, or in a compiled archive that is mapped from
/// the cache, read each time they are asked for. A run that only lints never asks, and loads
/// its rules without making those strings (a quarter of start-up).
enum RuleTextStore: Sendable {
    case held(RuleTexts)
    case archived(ArchivedRuleTexts)

    func read() -> RuleTexts {
        switch self {
        case .held(let texts): texts
        case .archived(let archived): archived.read()
        }
    }

    /// One of the texts; a change to it makes them all held from then on.
    subscript<Value>(_ text: WritableKeyPath<RuleTexts, Value>) -> Value {
        get { read()[keyPath: text] }
        set {
            var texts = read()
            texts[keyPath: text] = newValue
            self = .held(texts)
        }
    }
}

/// A pattern as written in a rule file, with where it was written.
public struct PatternSource: Sendable, Equatable {
    public var text: String
    public var origin: SourceOrigin

    public init(text: String, origin: SourceOrigin) {
        self.text = text
        self.origin = origin
    }
}

/// A file and 1-based line.
public struct SourceOrigin: Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }
}
