/// Turns raw automaton matches into one deterministic set of candidate matches per rule:
/// matches that overlap one of the rule's exceptions are dropped, then the leftmost-longest
/// of the overlapping matches that remain is kept.
enum MatchSelector {
    /// The selected matches, by rule, then by start. Every match spans at least one token.
    static func select(_ matches: [Automaton.Match]) -> [Automaton.Match] {
        if matches.count == 1 { return matches[0].isException ? [] : matches }
        // One sort puts each rule's matches together, leftmost-longest first (no dictionary
        // of lists: this runs for every sentence with a match).
        let sorted = matches.sorted { ($0.rule, $0.start, -$0.end) < ($1.rule, $1.start, -$1.end) }
        var selected: [Automaton.Match] = []
        var groupStart = 0
        while groupStart < sorted.count {
            var groupEnd = groupStart + 1
            while groupEnd < sorted.count, sorted[groupEnd].rule == sorted[groupStart].rule { groupEnd += 1 }
            let group = sorted[groupStart..<groupEnd]
            var lastEnd = Int.min
            for span in group where !span.isException && span.start >= lastEnd {
                let excepted = group.contains { $0.isException && $0.start < span.end && span.start < $0.end }
                if excepted { continue }
                selected.append(span)
                lastEnd = span.end
            }
            groupStart = groupEnd
        }
        return selected
    }
}
