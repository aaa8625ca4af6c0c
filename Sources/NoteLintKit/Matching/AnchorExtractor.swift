/// Finds, for each pattern, the literal tokens that any text it matches must contain, as a
/// list of *clauses*: every clause must be met, and a clause is met by any one of its tokens
/// (`she failed to protect` → `[[failed], [protect]]`; `@hit-verb her` → `[[hit, hits, …]]`).
/// The prefilter looks for these anchors in raw bytes and passes a pattern to the matcher
/// only where all of its clauses are met, so it never changes what is found.
///
/// A sequence needs the clauses of all its elements; an alternative (or a word class) needs,
/// from every branch, that branch's best clause, merged into one; an optional element or a
/// gap needs nothing. Clauses with a token the raw-byte scan cannot look for (anything but
/// ASCII letters and digits) are left out.
struct AnchorExtractor {
    let classes: [String: [PatternElement]]
    /// How often each word occurs in a sample of case-note text (the rules' examples), for
    /// judging how rarely a clause is met; empty to judge by the word lists below alone.
    let wordCounts: [String: Int]
    private var classRequirements: [String: Requirement] = [:]

    init(classes: [String: [PatternElement]], wordCounts: [String: Int] = [:]) {
        self.classes = classes
        self.wordCounts = wordCounts
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
        // Clitics follow nearly every name and pronoun ("Ms B's", "she's").
        "'s", "'re", "'ve", "'ll", "'m", "'d",
    ]

    /// Words that nearly every note about domestic abuse uses: long, but poor leads for the
    /// prefilter (it looks at every pattern led by a word each time the word occurs).
    static let subjectWords: Set<String> = [
        "domestic", "abuse", "abusive", "violence", "violent", "relationship", "relationships", "incident", "incidents",
        "risk", "risks", "safe", "safety", "police", "social", "worker", "workers", "concern", "concerns", "contact",
        "support", "partner", "behaviour", "behaviours", "harm", "plan", "report", "reported", "assessment", "victim",
        "perpetrator", "service", "services", "agency", "agencies", "professional", "professionals", "woman", "women",
        "case", "school", "health", "history", "help", "need", "needs", "work", "working", "parenting",
        // Everyday words of any note, as frequent as the subject's own.
        "against", "between", "through", "together", "because", "both", "other", "first", "back", "told", "going",
        "agreed", "held", "meet", "engaged", "observed", "issues", "physical", "emotional",
    ]

    /// The cost of a clause: lower is a better filter; infinity means the scan cannot use it.
    /// With ``wordCounts``, a clause costs how often its words occur in the sample (plus one
    /// each), which estimates how many sentences meet it; without, the lists below decide.
    func cost(of clause: Set<String>) -> Double {
        var total = 0.0
        for anchor in clause {
            guard LiteralScanner.canFind(anchor) else { return .infinity }
            total += wordCounts.isEmpty ? Self.listedCost(of: anchor) : Double(wordCounts[anchor, default: 0] + 1)
        }
        return total
    }

    /// A word's cost by the lists of common and subject words and, for the rest, its length.
    private static func listedCost(of anchor: String) -> Double {
        commonWords.contains(anchor) ? 100 : subjectWords.contains(anchor) ? 12 : max(1, 9 - Double(anchor.utf8.count))
    }

    /// What the raw-byte scan can check of `element`: its usable clauses, best first (even a
    /// clause of common words narrows the filter when the others are met too), and its usable
    /// adjacent pairs `(x, y)`: any match has a token of `x` followed directly by one of `y`.
    mutating func requirements(of element: PatternElement) -> (clauses: [Set<String>], pairs: [(Set<String>, Set<String>)]) {
        let found = requirement(of: element)
        var clauses: [Set<String>] = []
        for clause in found.clauses.filter({ cost(of: $0).isFinite }).sorted(by: { cost(of: $0) < cost(of: $1) })
        where !clauses.contains(clause) {
            clauses.append(clause)
        }
        var pairs: [(Set<String>, Set<String>)] = []
        for pair in found.pairs where cost(of: pair.0).isFinite {
            // A second set with punctuation marks (`domestic (.|,|at|on)`) is usable too: the
            // scan can see that a mark follows, though not which.
            guard let second = cost(of: pair.1).isFinite ? pair.1 : Self.wordsOrPunctuation(pair.1),
                  !pairs.contains(where: { $0 == (pair.0, second) }) else { continue }
            pairs.append((pair.0, second))
        }
        return (clauses, pairs)
    }

    /// Stands, in the second set of a pair, for any punctuation mark.
    static let anyPunctuation = "<punctuation>"

    /// `tokens` with its ASCII punctuation marks replaced by ``anyPunctuation``, if the rest
    /// are words the scan can look for; else nil.
    private static func wordsOrPunctuation(_ tokens: Set<String>) -> Set<String>? {
        var words: Set<String> = [anyPunctuation]
        for token in tokens {
            if LiteralScanner.canFind(token) {
                words.insert(token)
            } else if token.utf8.count != 1 || !LiteralScanner.isPunctuation(token.utf8.first!) {
                return nil
            }
        }
        return words
    }

    /// The usable clauses of `element`, best first.
    mutating func clauses(of element: PatternElement) -> [Set<String>] {
        requirements(of: element).clauses
    }

    private func bestClause(_ clauses: [Set<String>]) -> Set<String>? {
        clauses.filter { cost(of: $0).isFinite }.min { cost(of: $0) < cost(of: $1) }
    }

    /// What every match of an element holds.
    private struct Requirement {
        /// Each clause: one of its tokens is in the match.
        var clauses: [Set<String>] = []
        /// A token of the first set directly followed by one of the second is in the match.
        var pairs: [(Set<String>, Set<String>)] = []
        /// The tokens a non-empty match can begin and end with; nil if any token can.
        var first: Set<String>?
        var last: Set<String>?
        /// True if the element can match no token at all.
        var isNullable: Bool
    }

    private mutating func requirement(of element: PatternElement) -> Requirement {
        switch element {
        case .token(let token):
            return Requirement(clauses: [[token]], first: [token], last: [token], isNullable: false)
        case .anyToken(let tokens):
            return Requirement(clauses: [tokens], first: tokens, last: tokens, isNullable: tokens.isEmpty)
        case .optional(let inner):
            let found = requirement(of: inner)
            return Requirement(first: found.first, last: found.last, isNullable: true)
        case .gap(let minimum, _):
            return Requirement(first: nil, last: nil, isNullable: minimum == 0)
        case .wordClass(let name):
            if let cached = classRequirements[name] { return cached }
            classRequirements[name] = Requirement(first: nil, last: nil, isNullable: true) // guards against cycles
            let result = requirement(of: .alternatives(classes[name] ?? []))
            classRequirements[name] = result
            return result
        case .alternatives(let options):
            guard !options.isEmpty else { return Requirement(first: nil, last: nil, isNullable: true) }
            var union: Set<String>? = []
            var first: Set<String>? = []
            var last: Set<String>? = []
            var isNullable = false
            for option in options {
                let found = requirement(of: option)
                if let best = bestClause(found.clauses) { union?.formUnion(best) } else { union = nil }
                first = found.first.flatMap { own in first.map { $0.union(own) } }
                last = found.last.flatMap { own in last.map { $0.union(own) } }
                isNullable = isNullable || found.isNullable
            }
            var clauses = union.map { [$0] } ?? []
            // A match begins with one of the branches' first tokens and ends with one of their
            // last: two more clauses, which often rule out more than the union of their best
            // (`(too|overly|so) emotional` needs more than `emotional`).
            if !isNullable {
                for edge in [first, last] { if let edge, !edge.isEmpty, !clauses.contains(edge) { clauses.append(edge) } }
            }
            return Requirement(clauses: clauses, first: first, last: last, isNullable: isNullable)
        case .sequence(let elements):
            let parts = elements.map { requirement(of: $0) }
            var result = Requirement(clauses: parts.flatMap(\.clauses), pairs: parts.flatMap(\.pairs), isNullable: parts.allSatisfy(\.isNullable))
            // The tokens that can end the first `count` elements' match and begin the rest's.
            func lastTokens(ofFirst count: Int) -> Set<String>? {
                var tokens: Set<String> = []
                for part in parts[..<count].reversed() {
                    guard let last = part.last else { return nil }
                    tokens.formUnion(last)
                    if !part.isNullable { return tokens }
                }
                return nil
            }
            func firstTokens(from start: Int) -> Set<String>? {
                var tokens: Set<String> = []
                for part in parts[start...] {
                    guard let first = part.first else { return nil }
                    tokens.formUnion(first)
                    if !part.isNullable { return tokens }
                }
                return nil
            }
            for boundary in parts.indices.dropFirst() {
                if let before = lastTokens(ofFirst: boundary), let after = firstTokens(from: boundary) {
                    result.pairs.append((before, after))
                }
            }
            result.first = firstTokens(from: 0)
            result.last = lastTokens(ofFirst: parts.count)
            if result.isNullable {
                // An empty match begins and ends nowhere; the sets above then come from the
                // parts that can be present.
                result.first = parts.reduce(Set<String>?.some([])) { sum, part in part.first.flatMap { own in sum.map { $0.union(own) } } }
                result.last = result.first == nil ? nil : parts.reduce(Set<String>?.some([])) { sum, part in part.last.flatMap { own in sum.map { $0.union(own) } } }
            }
            return result
        }
    }
}
