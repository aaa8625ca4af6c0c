/// Finds, for each pattern, a set of literal tokens of which at least one must appear in any
/// text the pattern matches: the pattern's *anchors*. The prefilter looks for anchors in raw
/// bytes and skips text that has none, so it never changes what is found.
///
/// For a sequence the cheapest element's anchors are chosen (rare, long words beat common
/// short ones); an alternative needs anchors for every branch; an optional element or a gap
/// has none.
struct AnchorExtractor {
    let classes: [String: [PatternElement]]
    private var classAnchors: [String: Set<String>?] = [:]

    init(classes: [String: [PatternElement]]) {
        self.classes = classes
    }

    /// Words so common in case notes that they make poor anchors.
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

    /// The cost of an anchor set: lower is a better filter. Infinity means unusable (a token
    /// the raw-byte scan cannot see reliably: non-ASCII, an apostrophe, punctuation only).
    static func cost(of anchors: Set<String>) -> Double {
        var total = 0.0
        for anchor in anchors {
            guard !anchor.isEmpty, anchor.utf8.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "'") }),
                  anchor.utf8.contains(where: { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }) else { return .infinity }
            total += commonWords.contains(anchor) ? 100 : max(1, 9 - Double(anchor.utf8.count))
        }
        return total
    }

    /// The anchors of `element`, or nil if it has none that the scan can use.
    mutating func anchors(of element: PatternElement) -> Set<String>? {
        let found = requirement(of: element)
        guard let found, Self.cost(of: found).isFinite else { return nil }
        return found
    }

    private mutating func requirement(of element: PatternElement) -> Set<String>? {
        switch element {
        case .token(let token):
            return [token]
        case .anyToken(let tokens):
            return tokens
        case .optional, .gap:
            return nil
        case .wordClass(let name):
            if let cached = classAnchors[name] { return cached }
            classAnchors[name] = .some(nil) // guards against cycles while computing
            let result = requirement(of: .alternatives(classes[name] ?? []))
            classAnchors[name] = .some(result)
            return result
        case .alternatives(let options):
            guard !options.isEmpty else { return nil }
            var union: Set<String> = []
            for option in options {
                guard let anchors = requirement(of: option) else { return nil }
                union.formUnion(anchors)
            }
            return union
        case .sequence(let elements):
            var best: Set<String>? = nil
            var bestCost = Double.infinity
            for element in elements {
                guard let anchors = requirement(of: element) else { continue }
                let cost = Self.cost(of: anchors)
                if cost < bestCost {
                    best = anchors
                    bestCost = cost
                }
            }
            return best
        }
    }
}
