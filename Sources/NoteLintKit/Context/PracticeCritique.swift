/// Reads whether a sentence describes a practitioner's or an agency's act in order to
/// criticise it, as reviews, audits and inspections do ("Family support workers offered the
/// couple joint sessions, despite Ms Thomas having disclosed that he had strangled her"): the
/// ``ContextFacts/critiqued`` fact, which rules about practice opt into (`critiqued: ignore`).
enum PracticeCritique {
    /// True if the sentence tells a past practice (``tellsPastPractice(_:_:)``) and, outside
    /// the match, sets it against what it overlooked or judges it wanting:
    /// - a contrast (``CueWords/contrastWords``, ``CueWords/contrastPhrases``) whose clause names
    ///   abuse or his record (``CueWords/critiqueEvidence``): "offered the couple joint
    ///   sessions, despite Ms Thomas having disclosed that he had strangled her"; the clause
    ///   runs to the match, or from the contrast to a semicolon or the sentence's end;
    /// - a parity the practice lacked ("…; no equivalent message was given to him");
    /// - a judgement (``CueWords/critiqueWords``, ``CueWords/critiquePhrases``): "an expectation
    ///   that was unrealistic", "placing responsibility for his behaviour on her";
    /// - a review's finding before it ("The review found that the social worker asked…").
    static func isCritiqued(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard tokens.contains(where: { CueWords.critiqueCues.contains($0.folded) }), tellsPastPractice(range, tokens) else { return false }
        var index = 0
        while index < tokens.count {
            if range.contains(index) {
                index = range.upperBound
                continue
            }
            let word = tokens[index].folded
            if word == "no", index + 1 < tokens.count, !range.contains(index + 1), CueWords.parityWords.contains(tokens[index + 1].folded) {
                return true
            }
            if CueWords.critiqueWords.contains(word) || CueWords.critiquePhrases.length(at: index, in: tokens) != nil { return true }
            if index < range.lowerBound, isReviewFinding(at: index, tokens) { return true }
            guard let length = CueWords.contrastWords.contains(word) ? 1 : CueWords.contrastPhrases.length(at: index, in: tokens) else {
                index += 1
                continue
            }
            let limit = index < range.lowerBound ? range.lowerBound : tokens.count
            var clause = index + length
            while clause < limit, !tokens[clause].is(";") {
                if CueWords.critiqueEvidence.contains(tokens[clause].folded) { return true }
                clause += 1
            }
            index += length
        }
        return false
    }

    /// True if the sentence tells what was done, in the past: a past auxiliary ("was", "were",
    /// "had"), a past verb after an agency or a paper (``CueWords/practiceActors``: "workers
    /// offered", "the plan referred him"; not a note's "mediation booked"), or a review's
    /// finding; and, unless a review's finding tells it, not the writer's own plan or advice
    /// (``CueWords/ownPlanWords``: "Despite his conviction, I recommend mediation" concedes the
    /// abuse and goes on regardless).
    static func tellsPastPractice(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var isPast = false
        var isOwnPlan = false
        for index in tokens.indices {
            let word = tokens[index].folded
            // A past verb after an actor ends in "ed": its bytes tell most words apart without a look-up.
            if !isPast, index > 0, endsInED(word), CueWords.practiceActors.contains(tokens[index - 1].folded) { isPast = true }
            // Most words are none of the other cues: one look-up passes them.
            guard CueWords.pastPracticeCues.contains(word) else { continue }
            // A review's finding is its own voice, whatever it recommends after it ("The panel
            // found that couples counselling had been offered…, and recommended that…").
            if isReviewFinding(at: index, tokens) { return true }
            if isOwnPlanWord(at: index, tokens) { isOwnPlan = true }
            if CueWords.pastAuxiliaries.contains(word) { isPast = true }
        }
        return isPast && !isOwnPlan
    }

    /// True if `word` ends in "ed" ("offered", "referred").
    private static func endsInED(_ word: String) -> Bool {
        var bytes = word.utf8.reversed().makeIterator()
        return bytes.next() == UInt8(ascii: "d") && bytes.next() == UInt8(ascii: "e")
    }

    /// True if the word at `index` is one of the writer's own plan or advice
    /// (``CueWords/ownPlanWords``); not "my" or "our" before a judgement ("in my judgement,
    /// unfair", "in our view"), which weighs a practice rather than proposes one.
    private static func isOwnPlanWord(at index: Int, _ tokens: [Token]) -> Bool {
        guard CueWords.ownPlanWords.contains(tokens[index].folded) else { return false }
        return !(index + 1 < tokens.count && CueWords.stanceNouns.contains(tokens[index + 1].folded)
            && CueWords.stanceOwners.contains(tokens[index].folded))
    }

    /// True if a review's writer and one of `verbs` start at `index` ("the review found",
    /// "inspectors identified", "the audit also noted").
    private static func isReviewFinding(at index: Int, _ tokens: [Token], verbs: WordSet = CueWords.reviewFindingVerbs) -> Bool {
        guard CueWords.reviewWriters.contains(tokens[index].folded) else { return false }
        return tokens[(index + 1)..<min(tokens.count, index + 3)].contains { verbs.contains($0.folded) }
    }

    /// True if `tokens`, the sentence after one that tells a past practice, criticise it: a
    /// review's finding or view ("The panel found this placed the agency's duty on her"), a
    /// judgement (``CueWords/critiqueWords``, ``CueWords/critiquePhrases``), or what the
    /// practice lacked (``CueWords/lackPhrases``: "It gave Mr T no actions", "no one checked").
    /// The writer's own plan or advice there is no critique, unless a review's finding or view
    /// tells it ("The panel found this placed the duty on her, and recommended…"), as in
    /// ``tellsPastPractice(_:_:)``.
    static func criticisesPractice(before tokens: [Token]) -> Bool {
        if tokens.indices.contains(where: { isReviewFinding(at: $0, tokens) || isReviewFinding(at: $0, tokens, verbs: CueWords.reviewViewVerbs) }) {
            return true
        }
        guard !tokens.indices.contains(where: { isOwnPlanWord(at: $0, tokens) }) else { return false }
        for index in tokens.indices {
            let word = tokens[index].folded
            if CueWords.critiqueWords.contains(word) { return true }
            if word == "no", index + 1 < tokens.count, CueWords.parityWords.contains(tokens[index + 1].folded) { return true }
            if CueWords.critiquePhrases.length(at: index, in: tokens) != nil || CueWords.lackPhrases.length(at: index, in: tokens) != nil {
                return true
            }
        }
        return false
    }
}
