import Testing
@testable import NoteLintKit

/// The selection must be what the plain statement of the rule gives: per rule, drop the
/// matches that overlap an exception, then keep the leftmost-longest of those that overlap.
@Suite struct MatchSelectorTests {
    /// The rule as first written: a list per rule, filtered, sorted and walked.
    private func reference(_ matches: [Automaton.Match]) -> [Automaton.Match] {
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
            let ordered = spans.filter { span in !exceptions.contains { $0.overlaps(span.start..<span.end) } }
                .sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
            var lastEnd = Int.min
            for span in ordered where span.start >= lastEnd {
                selected.append(span)
                lastEnd = span.end
            }
        }
        return selected
    }

    @Test func agreesWithThePlainRule() {
        var generator = SeededGenerator(seed: 0x5E1E)
        for _ in 0..<5_000 {
            let matches = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                let start = Int.random(in: 0...10, using: &generator)
                return Automaton.Match(rule: Int32.random(in: 0...2, using: &generator), isException: Int.random(in: 0..<4, using: &generator) == 0,
                                       start: start, end: start + Int.random(in: 1...4, using: &generator))
            }
            #expect(MatchSelector.select(matches) == reference(matches), "\(matches)")
        }
    }

    @Test func keepsTheLeftmostLongestAndDropsExcepted() {
        let spans = [Automaton.Match(rule: 1, isException: false, start: 2, end: 4), Automaton.Match(rule: 1, isException: false, start: 2, end: 6),
                     Automaton.Match(rule: 1, isException: false, start: 5, end: 7), Automaton.Match(rule: 0, isException: false, start: 0, end: 1),
                     Automaton.Match(rule: 0, isException: true, start: 0, end: 3)]
        #expect(MatchSelector.select(spans) == [Automaton.Match(rule: 1, isException: false, start: 2, end: 6)])
        #expect(MatchSelector.select([spans[4]]).isEmpty)
        #expect(MatchSelector.select([]).isEmpty)
    }
}
