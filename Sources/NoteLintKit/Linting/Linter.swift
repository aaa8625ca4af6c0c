/// Lints documents against a compiled catalogue: segment, match, weigh the context, and
/// turn what is left into findings with role-filled suggestions.
///
/// A linter owns ICU break iterators, so it is not thread-safe: use one per thread. The
/// catalogue it holds can be shared.
public final class Linter {
    /// The compiled rules.
    public let catalogue: Catalogue
    /// Settings for this linter's runs.
    public let options: LintOptions
    private let segmenter: Segmenter

    public init(catalogue: Catalogue, options: LintOptions = LintOptions()) throws(NoteLintError) {
        self.catalogue = catalogue
        self.options = options
        self.segmenter = try Segmenter()
    }

    /// The findings in `text`, in document order.
    ///
    /// With `includingSuppressed`, matches that the context ruled out are returned too, with
    /// ``Finding/suppression`` saying why (for `--show-suppressed` and rule authors).
    public func lint(_ text: String, includingSuppressed: Bool = false) -> [Finding] {
        var copy = text
        return copy.withUTF8 { lint(utf8: $0, includingSuppressed: includingSuppressed) }
    }

    /// The findings in UTF-8 `bytes`, in document order. Offsets are relative to `bytes`.
    public func lint(utf8 bytes: UnsafeBufferPointer<UInt8>, includingSuppressed: Bool = false) -> [Finding] {
        let header = NoteHeader(bytes: bytes)
        let body = UnsafeBufferPointer(rebasing: bytes[header.bodyStart...])
        var sentences = segmenter.sentences(in: body)
        if header.bodyStart > 0 {
            for index in sentences.indices { sentences[index].shift(by: header.bodyStart) }
        }
        let automaton = catalogue.automaton
        var candidates: [(sentence: Int, match: Automaton.Match)] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            var tokens = sentence.tokens
            var anyStart = false
            for index in tokens.indices {
                let id = automaton.id(of: tokens[index].folded)
                tokens[index].id = id
                if !anyStart, automaton.canStart(with: id) { anyStart = true }
            }
            guard anyStart else { continue }
            for match in MatchSelector.select(automaton.matches(in: tokens)) {
                candidates.append((sentenceIndex, match))
            }
        }
        guard !candidates.isEmpty else { return [] }

        var declared = header.people
        for (name, role) in options.declaredPeople { declared[name] = role }
        var people = PersonFinder(automaton: catalogue.personAutomaton, roles: PersonFinder.roleClasses.map(\.role))
        people.declared = Dictionary(declared.map { (segmenter.sentences(in: $0.key).flatMap(\.tokens).map(\.folded), $0.value) },
                                     uniquingKeysWith: { first, _ in first })
        let analyzer = ContextAnalyzer(document: DocumentContext(bytes: bytes), people: people)
        let lines = LineIndex(Array(bytes))
        var cast: NoteCast? = nil

        var findings: [Finding] = []
        for (sentenceIndex, match) in candidates {
            let sentence = sentences[sentenceIndex]
            let rule = catalogue.rules[Int(match.rule)]
            let facts = analyzer.facts(forTokens: match.start..<match.end, in: sentence)
            var severity = rule.severity
            var suppression: String? = nil
            switch ContextJudge.verdict(for: rule, given: facts) {
            case .report(let adjusted): severity = adjusted
            case .suppress(let reason):
                guard includingSuppressed else { continue }
                suppression = reason
            }
            if cast == nil { cast = NoteCast(sentences: sentences, bytes: bytes, people: people, declared: declared) }
            let byteRange = sentence.tokens[match.start].start..<sentence.tokens[match.end - 1].end
            findings.append(Finding(
                ruleID: rule.id, category: rule.category, severity: severity, message: rule.message,
                match: String(decoding: UnsafeBufferPointer(rebasing: bytes[byteRange]), as: UTF8.self),
                byteRange: byteRange, sentenceRange: sentence.start..<sentence.end, start: lines.position(of: byteRange.lowerBound), end: lines.position(of: byteRange.upperBound),
                suggestions: rule.suggestions.map { cast!.fill($0) }, source: rule.source, context: facts, suppression: suppression))
        }
        return findings.sorted { ($0.byteRange.lowerBound, $0.byteRange.upperBound, $0.ruleID) < ($1.byteRange.lowerBound, $1.byteRange.upperBound, $1.ruleID) }
    }
}

extension Sentence {
    /// Moves every offset by `delta` bytes.
    mutating func shift(by delta: Int) {
        start += delta
        end += delta
        for index in tokens.indices {
            tokens[index].start += delta
            tokens[index].end += delta
        }
    }
}
