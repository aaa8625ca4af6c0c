/// Counts of findings per document, per category and per rule, with the words read, for
/// audit summaries and for comparing two sets of notes (rates per 1,000 words make sets of
/// different sizes comparable).
public struct FindingTally: Sendable, Equatable {
    /// One document's counts.
    public struct Document: Sendable, Equatable {
        /// The path as the user gave it.
        public var path: String
        /// Words read (see ``WordCounter``).
        public var words = 0
        /// Findings by category.
        public var categories: [String: Int] = [:]
        /// Findings by severity.
        public var severities: [Severity: Int] = [:]

        /// All of the document's findings.
        public var findings: Int { categories.values.reduce(0, +) }
    }

    /// The documents read, in input order (those with no findings too).
    public private(set) var documents: [Document] = []
    /// Findings by rule id.
    public private(set) var rules: [String: Int] = [:]
    /// Findings by category.
    public private(set) var categories: [String: Int] = [:]
    /// Findings by severity.
    public private(set) var severities: [Severity: Int] = [:]

    public init() {}

    /// All words read.
    public var words: Int { documents.reduce(0) { $0 + $1.words } }
    /// All findings.
    public var findings: Int { categories.values.reduce(0, +) }

    /// Adds a piece of a document: its words and findings. A piece that does not start a
    /// document continues the last one (a large file is linted in blocks).
    public mutating func add(path: String, startsDocument: Bool, words: Int, findings: [Finding]) {
        if startsDocument || documents.last?.path != path { documents.append(Document(path: path)) }
        documents[documents.count - 1].words += words
        for finding in findings {
            documents[documents.count - 1].categories[finding.category, default: 0] += 1
            documents[documents.count - 1].severities[finding.severity, default: 0] += 1
            categories[finding.category, default: 0] += 1
            severities[finding.severity, default: 0] += 1
            rules[finding.ruleID, default: 0] += 1
        }
    }

    /// Findings per 1,000 words of `words`, or 0 when there are no words.
    public static func rate(_ count: Int, words: Int) -> Double {
        words == 0 ? 0 : Double(count) * 1000 / Double(words)
    }
}
