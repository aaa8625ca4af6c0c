/// Lints documents against a compiled catalogue: prefilter, segment, match, weigh the
/// context, and turn what is left into findings with role-filled suggestions.
///
/// A linter owns ICU break iterators, so it is not thread-safe: use one per thread. The
/// catalogue it holds can be shared.
public final class Linter {
    /// The compiled rules.
    public let catalogue: Catalogue
    /// Settings for this linter's runs.
    public let options: LintOptions
    /// When false, every sentence is segmented into tokens and every pattern is tried in it
    /// (for the differential test and for measuring the prefilter).
    public var usesPrefilter = true
    private let segmenter: Segmenter
    /// The matcher's and the prefilter's working memory, reused for every sentence, and the
    /// prefilter's hits in the current stretch of text.
    private var scratch = Automaton.Scratch()
    private var prefilterScratch = Prefilter.Scratch()
    private var hits: [Prefilter.Hit] = []
    /// Per prefilter anchor: true if it is one of ``CueWords/abuseWords``; true if it is one
    /// of ``RoleIntroductions/relationWords``.
    private let abuseAnchors: [Bool]
    private let relationAnchors: [Bool]
    /// Per role: the prefilter anchors and the matcher's token ids of the words its names and
    /// pronouns are read as (``RoleNames``).
    private let roleAnchors: RoleWordIDs
    private let roleTokenIDs: RoleWordIDs

    public init(catalogue: Catalogue, options: LintOptions = LintOptions()) throws(NoteLintError) {
        self.catalogue = catalogue
        self.options = options
        self.segmenter = try Segmenter()
        segmenter.vocabulary = catalogue.automaton.vocabulary
        abuseAnchors = catalogue.prefilter.anchorFlags(for: CueWords.abuseWords)
        relationAnchors = catalogue.prefilter.anchorFlags(for: RoleIntroductions.relationWords)
        roleAnchors = RoleWordIDs { catalogue.prefilter.anchorID(of: $0) }
        roleTokenIDs = RoleWordIDs { catalogue.automaton.vocabulary.id(of: $0) }
    }

    /// The findings in `text`, in document order.
    ///
    /// With `includingSuppressed`, matches that the context ruled out are returned too, with
    /// ``Finding/suppression`` saying why (for rule authors).
    public func lint(_ text: String, includingSuppressed: Bool = false) -> [Finding] {
        var copy = text
        return copy.withUTF8 { lint(utf8: $0, includingSuppressed: includingSuppressed) }
    }

    /// The findings in one chunk of a document, with the document's offsets, lines and columns.
    public func lint(_ chunk: DocumentChunk) -> [Finding] {
        var findings = chunk.bytes.withUnsafeBufferPointer {
            lint(utf8: $0, includingSuppressed: false, readsHeader: chunk.isFirst, declaredPeople: chunk.declaredPeople)
        }
        guard chunk.byteOffset != 0 || chunk.lineOffset != 0 else { return findings }
        for index in findings.indices { findings[index].shift(bytes: chunk.byteOffset, lines: chunk.lineOffset) }
        return findings
    }

    /// The findings in UTF-8 `bytes`, in document order. Offsets are relative to `bytes`.
    public func lint(utf8 bytes: UnsafeBufferPointer<UInt8>, includingSuppressed: Bool = false) -> [Finding] {
        lint(utf8: bytes, includingSuppressed: includingSuppressed, readsHeader: true, declaredPeople: [:])
    }

    private func lint(utf8 bytes: UnsafeBufferPointer<UInt8>, includingSuppressed: Bool, readsHeader: Bool,
                      declaredPeople: [String: Role]) -> [Finding] {
        let header = readsHeader ? NoteHeader(bytes: bytes) : NoteHeader()
        let body = UnsafeBufferPointer(rebasing: bytes[header.bodyStart...])
        var declared = header.people
        for (name, role) in declaredPeople { declared[name] = role }
        for (name, role) in options.declaredPeople { declared[name] = role }
        var names = RoleNames(declared)
        let firstPass = self.candidates(in: body, at: header.bodyStart, names: names)
        var candidates = firstPass.matches
        // The cast reads who harmed whom, and who is whose parent, and a letter's salutation who
        // "you" is: a note with none of these has nothing to read but the sex of bare names, or
        // the roles its labels give them ("Suspect: Carol Ashworth").
        let salutation = LetterAddressee.salutation(in: bytes)
        let cast = NoteCast(bytes: bytes, declared: declared)
        guard !candidates.isEmpty || firstPass.sawAbuseWord != false || firstPass.sawRelationWord != false || salutation != nil
            || !cast.guessed.isEmpty || cast.inferred.values.contains(where: { $0 != .agency }) else { return [] }
        // Declared names, the bare names whose role the note itself shows, and last the bare
        // given names it does not place, by their sex. Children written with an age are known to
        // the context checks (below), not to the patterns: giving their names to the prefilter
        // would read nearly every note twice.
        let known = declared.merging(cast.inferred) { declaredRole, _ in declaredRole }.merging(cast.guessed) { placedRole, _ in placedRole }
        // A letter's "you" is the person it is written to.
        let addressee = salutation.flatMap { LetterAddressee.role(salutation: $0, known: known) ?? LetterAddressee.role(fromLetter: bytes) }
        let knownNames = RoleNames(known, addressee: addressee, lowerCase: cast.namesInLowerCase, swapsPronouns: cast.pronounsSwapRoles)
        if knownNames != names {
            // Names the first pass could not see as their role: look again with them, where they are.
            let reusable = usesPrefilter && knownNames.agreeWherever(sameHitsAs: names)
            names = knownNames
            candidates = self.candidates(in: body, at: header.bodyStart, names: names, reusing: reusable ? firstPass : nil).matches
        }
        guard !candidates.isEmpty else { return [] }
        // Whether the note speaks of abuse (for `needs-abuse-context`): noted by the prefilter's
        // scan, or scanned for once when a rule needs it in a run without the prefilter.
        var speaksOfAbuse = firstPass.sawAbuseWord

        var people = PersonFinder(automaton: catalogue.personAutomaton, roles: PersonFinder.roleClasses.map(\.role))
        // The context checks also know the children the note writes with an age ("Kacper (11)"),
        // wherever it names them ("Kacper has not been engaging").
        var knownToContext = known.merging(cast.children.map { ($0, Role.child) }) { knownRole, _ in knownRole }
        if let addressee { knownToContext["you"] = addressee }
        func nameTokens(_ name: String) -> [String] { segmenter.sentences(in: name).flatMap(\.tokens).map(\.folded) }
        // Of names written alike ("Reece", "REECE"), a placed one wins over a guessed one; then
        // the first in order, so that the choice never rests on a dictionary's order.
        let byPrecedence = knownToContext.sorted { (cast.guessed[$0.key] == nil ? 0 : 1, $0.key) < (cast.guessed[$1.key] == nil ? 0 : 1, $1.key) }
        people.declared = Dictionary(byPrecedence.map { (nameTokens($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        people.guessed = Set(cast.guessed.keys.map(nameTokens))
        people.youngPeople = Set(cast.youngPeople.map(nameTokens))
        people.swapsPronounRoles = cast.pronounsSwapRoles
        if !cast.pronounsSwapRoles { people.recordGirlsAge = YoungPersonHeader.girlsAge(in: bytes) }
        // Labelled lines of the family's names are their words: the cast's titled names count.
        let familyNames = FamilyLabels.nameWords(of: knownToContext, titled: [cast.survivor, cast.personCausingHarm].compactMap { $0 })
        var context: (window: Range<Int>, analyzer: ContextAnalyzer)? = nil
        var cursor = PositionCursor(bytes)
        var sentenceBase: (offset: Int, position: SourcePosition)? = nil
        var filledSuggestions = [[String]?](repeating: nil, count: catalogue.rules.count)
        let disabledRules = options.terminology.disabledRuleIDs

        var findings: [Finding] = []
        var documentPhrases: DocumentPhrases? = nil
        var paragraphPhrases: (window: Range<Int>, phrases: DocumentPhrases)? = nil
        var followingCritique: (sentence: Int, criticises: Bool)? = nil
        for (sentence, match) in candidates {
            let rule = catalogue.rules[Int(match.rule)]
            if disabledRules.contains(rule.id) { continue }
            // Candidates come in document order: one paragraph window serves all of its sentences.
            if context == nil || !context!.window.contains(sentence.start) {
                let window = LineJoiner.paragraphWindow(around: sentence.start, in: bytes)
                context = (window, ContextAnalyzer(document: DocumentContext(bytes: bytes, window: window, familyNames: familyNames), people: people))
            }
            let analyzer = context!.analyzer
            var facts = analyzer.facts(forTokens: match.start..<match.end, in: sentence)
            // A review may tell a practice in one sentence and criticise it in the next ("The
            // plan required Ms R to keep Mr T out. It gave Mr T no actions.").
            if rule.context.critiqued != .flag, !facts.critiqued, PracticeCritique.tellsPastPractice(match.start..<match.end, sentence.tokens) {
                if followingCritique?.sentence != sentence.start {
                    let next = tokensOfSentence(after: sentence, in: bytes)
                    followingCritique = (sentence.start, next.map(PracticeCritique.criticisesPractice(before:)) ?? false)
                }
                facts.critiqued = followingCritique!.criticises
            }
            var severity = rule.severity
            var suppression: String? = nil
            if rule.context.needsAbuseContext, speaksOfAbuse == nil { speaksOfAbuse = holdsAbuseWord(body) }
            let mentionsAbuse = bytes.count < Self.noteLengthToJudgeContext || speaksOfAbuse != false
            if !rule.context.unlessDocumentMentions.isEmpty || !rule.context.needsDocumentMentions.isEmpty, documentPhrases == nil {
                documentPhrases = DocumentPhrases(bytes)
            }
            if !rule.context.unlessParagraphMentions.isEmpty, !(paragraphPhrases?.window.contains(sentence.start) ?? false) {
                let paragraph = LineJoiner.paragraph(around: sentence.start, in: bytes)
                paragraphPhrases = (paragraph, DocumentPhrases(UnsafeBufferPointer(rebasing: bytes[paragraph])))
            }
            switch ContextJudge.verdict(for: rule, given: facts, profile: options.profile, isNamed: cast.names, mentionsAbuse: mentionsAbuse,
                                        documentMentions: { documentPhrases?.contains($0) ?? false },
                                        paragraphMentions: { paragraphPhrases?.phrases.contains($0) ?? false }) {
            case .report(let adjusted): severity = adjusted
            case .suppress(let reason):
                guard includingSuppressed else { continue }
                suppression = reason
            }
            if filledSuggestions[Int(match.rule)] == nil { filledSuggestions[Int(match.rule)] = rule.suggestions.map { options.terminology.localise(cast.fill($0)) } }
            let byteRange = sentence.tokens[match.start].start..<sentence.tokens[match.end - 1].end
            // Sentence starts come in order; places inside a sentence are counted from its start.
            if sentenceBase?.offset != sentence.start { sentenceBase = (sentence.start, cursor.position(of: sentence.start)) }
            let start = cursor.position(of: byteRange.lowerBound, from: sentenceBase!)
            let end = cursor.position(of: byteRange.upperBound, from: sentenceBase!)
            findings.append(Finding(
                ruleID: rule.id, category: rule.category, severity: severity, message: rule.message,
                match: String(decoding: UnsafeBufferPointer(rebasing: bytes[byteRange]), as: UTF8.self),
                byteRange: byteRange, sentenceRange: sentence.start..<sentence.end, start: start, end: end,
                suggestions: filledSuggestions[Int(match.rule)]!, source: rule.source, context: facts, suppression: suppression))
        }
        return findings.sorted { ($0.byteRange.lowerBound, $0.byteRange.upperBound, $0.ruleID) < ($1.byteRange.lowerBound, $1.byteRange.upperBound, $1.ruleID) }
    }

    /// What a pass of ``candidates(in:at:names:reusing:)`` found.
    private struct Candidates {
        /// Every selected match, with its sentence, in document order.
        var matches: [(Sentence, Automaton.Match)] = []
        /// Whether the prefilter's scan met one of ``CueWords/abuseWords``, and one of
        /// ``RoleIntroductions/relationWords`` (nil without the prefilter).
        var sawAbuseWord: Bool?
        var sawRelationWord: Bool?
        /// Per unit of the body (``LineJoiner/units(in:)``), in order.
        var units: [UnitPass] = []
    }

    /// One unit of text in a pass: where it is, how many of the pass's matches are in it, and
    /// how many hits the names added to the prefilter's in it.
    private struct UnitPass {
        var bytes: Range<Int>
        var matchCount = 0
        var nameHits = 0
    }

    /// Every selected pattern match in `body`, which starts `start` bytes into the document,
    /// with its sentence (offsets from the document's start), in document order, and the words
    /// the prefilter's scan met. Only sentences where the prefilter finds some pattern
    /// possible are segmented into tokens and matched.
    ///
    /// `earlier` is a pass over the same body with names that agree with `names` wherever
    /// they add the same hits (``RoleNames/agreeWherever(sameHitsAs:)``): its matches are
    /// taken as they are in every unit where the names add no hit it did not have.
    private func candidates(in body: UnsafeBufferPointer<UInt8>, at start: Int, names: RoleNames, reusing earlier: Candidates? = nil) -> Candidates {
        // The working memory is taken out of the linter for the pass and put back after: a
        // class's stored property is checked for exclusive access at every use.
        var hits: [Prefilter.Hit] = []
        var prefilterScratch = Prefilter.Scratch()
        swap(&hits, &self.hits)
        swap(&prefilterScratch, &self.prefilterScratch)
        defer {
            swap(&hits, &self.hits)
            swap(&prefilterScratch, &self.prefilterScratch)
        }
        var pass = Candidates()
        var sawAbuse = false
        var sawRelation = false
        var earlierMatches = 0
        var nameHits: [Prefilter.Hit] = []
        for (index, unit) in (earlier?.units.map(\.bytes) ?? LineJoiner.units(in: body)).enumerated() {
            let unitBytes = UnsafeBufferPointer(rebasing: body[unit])
            var record = UnitPass(bytes: unit)
            let matchesBefore = pass.matches.count
            defer {
                record.matchCount = pass.matches.count - matchesBefore
                pass.units.append(record)
            }
            if let earlier {
                let was = earlier.units[index]
                let wasMatches = earlierMatches..<earlierMatches + was.matchCount
                earlierMatches = wasMatches.upperBound
                nameHits.removeAll(keepingCapacity: true)
                record.nameHits = names.addHits(in: unitBytes, anchors: roleAnchors, to: &nameHits)
                if record.nameHits == was.nameHits {
                    pass.matches += earlier.matches[wasMatches]
                    continue
                }
            }
            var foldsToASCII = false
            if usesPrefilter {
                catalogue.prefilter.findHits(in: unitBytes, into: &hits)
                if !sawAbuse { sawAbuse = hits.contains { abuseAnchors[Int($0.literal)] } }
                if !sawRelation { sawRelation = hits.contains { relationAnchors[Int($0.literal)] } }
                if !names.isEmpty {
                    record.nameHits = names.addHits(in: unitBytes, anchors: roleAnchors, to: &hits)
                }
                foldsToASCII = Prefilter.hasFoldsToASCII(unitBytes)
                guard foldsToASCII || catalogue.prefilter.mayHaveCandidates(hits) else { continue }
            }
            var nextHit = 0
            for bounds in segmenter.sentenceBounds(in: unitBytes) {
                var patterns: [Int32]? = nil
                var sentenceHits = 0..<0
                if usesPrefilter {
                    let first = nextHit
                    while nextHit < hits.count, hits[nextHit].offset < bounds.upperBound { nextHit += 1 }
                    sentenceHits = first..<nextHit
                    if !foldsToASCII || !Prefilter.hasFoldsToASCII(UnsafeBufferPointer(rebasing: unitBytes[bounds])) {
                        patterns = catalogue.prefilter.candidatePatterns(for: hits[sentenceHits], in: unitBytes, scratch: &prefilterScratch)
                        if patterns!.isEmpty { continue }
                    }
                }
                guard var sentence = segmenter.sentence(in: unitBytes, bounds: bounds) else { continue }
                if !names.isEmpty { names.assignRoleIDs(to: &sentence.tokens, ids: roleTokenIDs) }
                let matches = self.matches(in: sentence, of: unitBytes, patterns: patterns, hits: hits[sentenceHits], scratch: &prefilterScratch)
                guard !matches.isEmpty else { continue }
                sentence.shift(by: start + unit.lowerBound)
                for match in matches { pass.matches.append((sentence, match)) }
            }
        }
        if usesPrefilter, earlier == nil {
            pass.sawAbuseWord = sawAbuse
            pass.sawRelationWord = sawRelation
        }
        return pass
    }

    /// The tokens of the sentence after `sentence` in its paragraph, if there is one.
    private func tokensOfSentence(after sentence: Sentence, in bytes: UnsafeBufferPointer<UInt8>) -> [Token]? {
        let paragraph = LineJoiner.paragraph(around: sentence.start, in: bytes)
        guard sentence.end < paragraph.upperBound else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[sentence.end..<paragraph.upperBound])
        for bounds in segmenter.sentenceBounds(in: rest) {
            if let next = segmenter.sentence(in: rest, bounds: bounds) { return next.tokens }
        }
        return nil
    }

    /// The length from which a note that never speaks of abuse is taken not to be about it (for
    /// `needs-abuse-context`): a sentence or two on its own gives nothing to judge by, so it is
    /// checked as if it were part of a case of abuse.
    static let noteLengthToJudgeContext = 250

    /// True if `bytes` hold one of ``CueWords/abuseWords`` (what the prefilter's scan notes as
    /// it goes; this scans again, for runs without the prefilter).
    private func holdsAbuseWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found: [Prefilter.Hit] = []
        catalogue.prefilter.findHits(in: bytes, into: &found)
        return found.contains { abuseAnchors[Int($0.literal)] }
    }

    /// The selected matches in `sentence` (whose offsets point into `text`) of `patterns`
    /// (every pattern if nil), with the exceptions of the rules that matched: with `patterns`,
    /// only those exceptions the prefilter finds what they need for in the sentence's `hits`.
    /// The segmenter has set the tokens' ids.
    private func matches(in sentence: Sentence, of text: UnsafeBufferPointer<UInt8>, patterns: [Int32]?,
                         hits: ArraySlice<Prefilter.Hit>, scratch prefilterScratch: inout Prefilter.Scratch) -> [Automaton.Match] {
        let automaton = catalogue.automaton
        guard automaton.canStartAny(sentence.tokens) else { return [] }
        // A sentence with a short aside inside a phrase ("has, in my view, failed") is matched
        // as written and without its asides.
        let asides = Asides.ranges(in: sentence.tokens, text: text)
        let withoutAsides = asides.isEmpty ? nil : Asides.removing(asides, from: sentence.tokens)
        func run(_ patterns: [Int32]?) -> [Automaton.Match] {
            var found = patterns.map { automaton.matches(in: sentence.tokens, of: $0, scratch: &scratch) }
                ?? automaton.matches(in: sentence.tokens, scratch: &scratch)
            guard let withoutAsides else { return found }
            let more = patterns.map { automaton.matches(in: withoutAsides.tokens, of: $0, scratch: &scratch) }
                ?? automaton.matches(in: withoutAsides.tokens, scratch: &scratch)
            for var match in more {
                match.start = withoutAsides.indices[match.start]
                match.end = withoutAsides.indices[match.end - 1] + 1
                if !found.contains(match) { found.append(match) }
            }
            return found
        }
        guard let patterns else { return MatchSelector.select(run(nil)) }
        var raw = run(patterns)
        guard !raw.isEmpty else { return [] }
        let exceptions = Set(raw.map(\.rule)).sorted().flatMap { automaton.exceptionPatterns[Int($0)] }
        raw += run(catalogue.prefilter.candidateExceptions(exceptions, for: hits, in: text, scratch: &prefilterScratch))
        return MatchSelector.select(raw)
    }
}

extension Sentence {
    /// Moves every offset by `delta` bytes.
    mutating func shift(by delta: Int) {
        guard delta != 0 else { return }
        start += delta
        end += delta
        for index in tokens.indices {
            tokens[index].start += delta
            tokens[index].end += delta
        }
    }
}
