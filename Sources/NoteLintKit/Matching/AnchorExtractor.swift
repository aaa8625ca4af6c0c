/// Finds, for each pattern, the literal tokens that any text it matches must contain, as a
/// list of *clauses*: every clause must be met, and a clause is met by any one of its tokens
/// (`she failed to protect` → `[[failed], [protect]]`; `@hit-verb her` → `[[hit, hits, …]]`).
/// The prefilter looks for these anchors in raw bytes and passes a pattern to the matcher
/// only where all of its clauses are met, so it never changes what is found.
///
/// A sequence needs the clauses of all its elements; an alternative (or a word class) needs,
/// from every branch, that branch's best clause, merged into one; an optional element or a
/// gap needs nothing. Tokens the raw-byte scan cannot see reliably (non-ASCII, apostrophes,
/// punctuation only) and words too common to filter anything are left out.
struct AnchorExtractor {
    let classes: [String: [PatternElement]]
    private var classClauses: [String: [Set<String>]] = [:]

    init(classes: [String: [PatternElement]]) {
        self.classes = classes
    }

    /// Words so common in case notes that a clause holding one filters almost nothing.
    static let commonWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "to", "of", "in", "on", "at", "by", "for", "with", "from", "as", "is",
        "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "not", "no", "n't",
        "he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its", "we", "i", "you", "me", "us",
        "this", "that", "these", "those", "there", "which", "who", "what", "when", "so", "if", "then", "than", "very",
        "can", "could", "will", "would", "should", "may", "might", "must", "also", "all", "any", "some", "more",
        "mum", "dad", "mother", "father", "child", "children", "mr", "ms", "mrs", "miss", "parent", "parents",
        "about", "after", "before", "into", "up", "out", "over", "again", "just", "only", "said", "says", "get",
        "got", "go", "went", "make", "made", "take", "took", "one", "two", "time", "family", "home", "now",
    ]

    /// True if the raw-byte scan can look for `anchor`: ASCII, with a letter or digit, no apostrophe.
    static func isScannable(_ anchor: String) -> Bool {
        !anchor.isEmpty && anchor.utf8.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "'") }
            && anchor.utf8.contains { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
    }

    /// The cost of a clause: lower is a better filter; infinity means the scan cannot use it.
    static func cost(of clause: Set<String>) -> Double {
        var total = 0.0
        for anchor in clause {
            guard isScannable(anchor) else { return .infinity }
            total += commonWords.contains(anchor) ? 100 : max(1, 9 - Double(anchor.utf8.count))
        }
        return total
    }

    /// The usable clauses of `element`, best first; empty if the scan cannot filter it. Even
    /// a clause of common words narrows the filter when the others are met too.
    mutating func clauses(of element: PatternElement) -> [Set<String>] {
        let usable = requirement(of: element).filter { Self.cost(of: $0).isFinite }
            .sorted { Self.cost(of: $0) < Self.cost(of: $1) }
        var unique: [Set<String>] = []
        for clause in usable where !unique.contains(clause) { unique.append(clause) }
        return unique
    }

    /// The single best clause of `element`, or nil if it has none the scan can use.
    mutating func anchors(of element: PatternElement) -> Set<String>? {
        bestClause(requirement(of: element))
    }

    private func bestClause(_ clauses: [Set<String>]) -> Set<String>? {
        clauses.filter { Self.cost(of: $0).isFinite }.min { Self.cost(of: $0) < Self.cost(of: $1) }
    }

    private mutating func requirement(of element: PatternElement) -> [Set<String>] {
        switch element {
        case .token(let token):
            return [[token]]
        case .anyToken(let tokens):
            return [tokens]
        case .optional, .gap:
            return []
        case .wordClass(let name):
            if let cached = classClauses[name] { return cached }
            classClauses[name] = [] // guards against cycles while computing
            let result = requirement(of: .alternatives(classes[name] ?? []))
            classClauses[name] = result
            return result
        case .alternatives(let options):
            guard !options.isEmpty else { return [] }
            var union: Set<String> = []
            for option in options {
                guard let best = bestClause(requirement(of: option)) else { return [] }
                union.formUnion(best)
            }
            return [union]
        case .sequence(let elements):
            return elements.flatMap { requirement(of: $0) }
        }
    }
}
