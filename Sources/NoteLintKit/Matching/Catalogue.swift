/// A compiled rule catalogue: the rules, and one automaton for all their patterns.
///
/// Compiling checks every pattern and word class; an error names the file and line of the
/// pattern. A catalogue is immutable and can be shared between threads.
public final class Catalogue: Sendable {
    /// Every rule, in catalogue order.
    public let rules: [Rule]
    /// The rules' categories, each once, in the order they first appear.
    public var categories: [String] {
        var seen = Set<String>()
        return rules.map(\.category).filter { seen.insert($0).inserted }
    }
    /// All patterns and exceptions of all rules.
    let automaton: Automaton
    /// The person-reference classes, for subject analysis.
    let personAutomaton: Automaton
    /// Skips text that holds none of the patterns' anchors.
    let prefilter: Prefilter

    /// Compiles `set`.
    public init(_ set: RuleSet) throws(NoteLintError) {
        let segmenter = try Segmenter()
        let inflector = Inflector(irregular: set.irregularForms)
        let parser = PatternParser(literalTokens: { Self.literalTokens($0, segmenter) }, inflections: inflector.forms(of:))
        var classes: [String: [PatternElement]] = [:]
        for (name, entries) in set.classes {
            var parsed: [PatternElement] = []
            for entry in entries {
                do {
                    parsed.append(PatternParser.matchingRoleWords(try parser.parse(entry.text, isClassEntry: true)))
                } catch {
                    throw NoteLintError.ruleFile(path: entry.origin.file, line: entry.origin.line, problem: "word class '\(name)': \(error)")
                }
            }
            classes[name] = parsed
        }
        var builder = AutomatonBuilder(classes: classes)
        var anchors = AnchorExtractor(classes: classes, wordCounts: Self.wordCounts(inExamplesOf: set.rules, segmenter))
        var requirements: [(clauses: [Set<String>], pairs: [(Set<String>, Set<String>)])] = []
        var isRulePattern: [Bool] = []
        for (index, rule) in set.rules.enumerated() {
            for (sources, isException) in [(rule.patterns, false), (rule.exceptions, true)] {
                for source in sources {
                    do {
                        let pattern = PatternParser.matchingRoleWords(try parser.parse(source.text))
                        try builder.add(pattern, accept: .init(rule: Int32(index), isException: isException))
                        // Exceptions are tried only where one of their rule's patterns matched,
                        // and there only if the prefilter finds what they need.
                        requirements.append(anchors.requirements(of: pattern))
                        isRulePattern.append(!isException)
                    } catch {
                        throw NoteLintError.ruleFile(path: source.origin.file, line: source.origin.line, problem: "rule '\(rule.id)': \(error)")
                    }
                }
            }
        }
        var personBuilder = AutomatonBuilder(classes: classes)
        for (index, entry) in PersonFinder.roleClasses.enumerated() where classes[entry.name] != nil {
            try personBuilder.add(.wordClass(entry.name), accept: .init(rule: Int32(index), isException: false))
        }
        // A misspelling that is itself a word the patterns name would change what they match.
        let aliases = set.aliases
        let automaton = builder.finish(aliases: aliases)
        let words = Set(automaton.vocabulary.words)
        if let clash = set.misspellings.first(where: { words.contains($0.spelling) }) {
            throw NoteLintError.ruleFile(path: clash.origin.file, line: clash.origin.line,
                                         problem: "'\(clash.spelling)' is a word the patterns use, so it cannot also be read as '\(clash.word)'")
        }
        self.rules = set.rules
        self.automaton = automaton
        self.personAutomaton = personBuilder.finish()
        self.prefilter = Prefilter(requirements: requirements, isRulePattern: isRulePattern, aliases: aliases)
    }

    /// A catalogue read back from ``CatalogueArchive`` bytes, or nil if they are not one.
    init?(archive: [UInt8]) {
        guard let parts = archive.withUnsafeBytes({ CatalogueArchive.decode($0) }) else { return nil }
        (rules, automaton, personAutomaton, prefilter) = parts
    }

    /// A catalogue read back from ``CatalogueArchive`` bytes that `owner` keeps alive (a mapped
    /// file), using its tables in place; nil if the bytes are not an archive.
    init?(archive: UnsafeRawBufferPointer, keepingAlive owner: AnyObject) {
        guard let parts = CatalogueArchive.decode(archive, owner: owner) else { return nil }
        (rules, automaton, personAutomaton, prefilter) = parts
    }

    /// The catalogue built into the binary, loaded once per process (from the
    /// ``CatalogueCache`` when it holds it).
    public static func bundled() throws(NoteLintError) -> Catalogue {
        try bundledResult.get()
    }

    private static let bundledResult: Result<Catalogue, NoteLintError> = Result { () throws(NoteLintError) -> Catalogue in
        try CatalogueCache.bundledCatalogue()
    }

    /// Runs the automaton alone over already segmented sentences and returns how many raw
    /// pattern matches it finds (before exceptions and context). For benchmarks of the matcher.
    public func rawMatchCount(in sentences: [Sentence]) -> Int {
        var count = 0
        var scratch = Automaton.Scratch()
        for sentence in sentences {
            var tokens = sentence.tokens
            automaton.assignIDs(to: &tokens)
            count += automaton.matches(in: tokens, scratch: &scratch).count
        }
        return count
    }

    /// How many literal anchors the prefilter scans for.
    public var prefilterAnchorCount: Int { prefilter.anchorCount }

    /// How many rule patterns have no anchors the prefilter can use, so are tried in every sentence.
    public var unfilteredPatternCount: Int { prefilter.unfilteredPatternCount }

    /// The rule with `id`, if any.
    public func rule(withID id: String) -> Rule? { rules.first { $0.id == id } }

    /// How often each token occurs in the rules' examples: a sample of case-note sentences,
    /// by which the prefilter judges how rarely each clause is met. Empty if the examples are
    /// too few to judge by (a small rule set of one's own): the prefilter then goes by its
    /// lists of common words.
    private static func wordCounts(inExamplesOf rules: [Rule], _ segmenter: Segmenter) -> [String: Int] {
        var counts: [String: Int] = [:]
        var total = 0
        for rule in rules {
            for example in rule.flagExamples + rule.passExamples {
                var copy = example
                for token in copy.withUTF8({ segmenter.tokens(in: $0) }) {
                    counts[token.folded, default: 0] += 1
                    total += 1
                }
            }
        }
        return total >= minimumSampleTokens ? counts : [:]
    }

    /// The fewest example tokens whose counts say more than the common-word lists.
    private static let minimumSampleTokens = 20_000

    /// The tokens of a literal pattern word, as the document tokeniser makes them.
    private static func literalTokens(_ word: String, _ segmenter: Segmenter) -> [String] {
        let folded = TokenNormalizer.unify(TokenNormalizer.fold(word))
        if folded == "'" || TokenNormalizer.clitics.contains(folded) { return [folded] }
        var copy = word
        return copy.withUTF8 { segmenter.tokens(in: $0) }.map(\.folded)
    }
}
