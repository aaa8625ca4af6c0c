/// Turns raw automaton matches into one deterministic set of candidate matches per rule:
/// matches that overlap one of the rule's exceptions are dropped, then the leftmost-longest
/// of the overlapping matches that remain is kept.
enum MatchSelector {
    static func select(_ matches: [Automaton.Match]) -> [Automaton.Match] {
        guard !matches.isEmpty else { return [] }
        var byRule: [Int32: (spans: [Automaton.Match], exceptions: [Range<Int>])] = [:]
        for match in matches {
            if match.isException {
                byRule[match.rule, default: ([], [])].exceptions.append(match.start..<match.end)
            } else {
                byRule[match.rule, default: ([], [])].spans.append(match)
            }
        }
        var selected: [Automaton.Match] = []
        for rule in byRule.keys.sorted() {
            let (spans, exceptions) = byRule[rule]!
            let ordered = spans
                .filter { span in !exceptions.contains { $0.overlaps(span.start..<span.end) } }
                .sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
            var lastEnd = Int.min
            for span in ordered where span.start >= lastEnd {
                selected.append(span)
                lastEnd = span.end
            }
        }
        return selected
    }
}
