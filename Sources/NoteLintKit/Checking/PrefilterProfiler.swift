/// Finds the patterns that cost the most time for nothing: those whose required words a
/// sample text's sentences hold often, so that the sentences are cut into tokens and matched,
/// without the pattern matching. A rule author runs it on a large sample after adding
/// patterns (`notelint check-rules --prefilter-cost FILE`): a pattern near the top wants a
/// rarer word, or words that must stand side by side, to be ruled out cheaply.
public struct PrefilterProfiler {
    /// One pattern's cost on the sample.
    public struct PatternCost: Sendable, Equatable {
        /// The rule's id.
        public var ruleID: String
        /// The pattern as written.
        public var pattern: String
        /// Sentences where the prefilter let the pattern through.
        public var candidates: Int
        /// Of those, sentences where it matched.
        public var matches: Int

        /// Sentences tokenised and matched for this pattern in vain.
        public var vain: Int { candidates - matches }
    }

    private let catalogue: Catalogue

    public init(catalogue: Catalogue) {
        self.catalogue = catalogue
    }

    /// The cost of every rule pattern on `text`, most sentences in vain first.
    public func costs(on text: [UInt8]) throws(NoteLintError) -> [PatternCost] {
        var sources: [(rule: String, pattern: String)] = []
        for rule in catalogue.rules {
            // The automaton numbers a rule's patterns, then its exceptions, rule by rule.
            for pattern in rule.patterns { sources.append((rule.id, pattern.text)) }
            for exception in rule.exceptions { sources.append((rule.id, exception.text)) }
        }
        let segmenter = try Segmenter()
        segmenter.vocabulary = catalogue.automaton.vocabulary
        var candidates = [Int](repeating: 0, count: sources.count)
        var matches = [Int](repeating: 0, count: sources.count)
        var hits: [Prefilter.Hit] = []
        var scratch = Prefilter.Scratch()
        var matcherScratch = Automaton.Scratch()
        text.withUnsafeBufferPointer { body in
            for unit in LineJoiner.units(in: body) {
                let bytes = UnsafeBufferPointer(rebasing: body[unit])
                catalogue.prefilter.findHits(in: bytes, into: &hits)
                var nextHit = 0
                for bounds in segmenter.sentenceBounds(in: bytes) {
                    let first = nextHit
                    while nextHit < hits.count, hits[nextHit].offset < bounds.upperBound { nextHit += 1 }
                    let patterns = catalogue.prefilter.candidatePatterns(for: hits[first..<nextHit], in: bytes, scratch: &scratch)
                    guard !patterns.isEmpty, let sentence = segmenter.sentence(in: bytes, bounds: bounds) else { continue }
                    for pattern in patterns {
                        candidates[Int(pattern)] += 1
                        if !catalogue.automaton.matches(in: sentence.tokens, of: [pattern], scratch: &matcherScratch).isEmpty {
                            matches[Int(pattern)] += 1
                        }
                    }
                }
            }
        }
        return sources.indices.filter { candidates[$0] > 0 }
            .map { PatternCost(ruleID: sources[$0].rule, pattern: sources[$0].pattern, candidates: candidates[$0], matches: matches[$0]) }
            .sorted { ($0.vain, $0.candidates) > ($1.vain, $1.candidates) }
    }
}
