/// Decides, for one match in one sentence, whether it is quoted, reported, negated or a
/// mention, and who the clause subject is.
///
/// The analysis is a light, rule-driven reading of the tokens around the match; the word lists
/// are in ``CueWords``.
struct ContextAnalyzer {
    /// How far back a negator may stand from the match, in tokens.
    static let negationWindow = 8
    /// How far back a mention noun may stand from the match, in tokens.
    static let mentionWindow = 5

    let document: DocumentContext
    let people: PersonFinder

    func facts(forTokens range: Range<Int>, in sentence: Sentence) -> ContextFacts {
        let tokens = sentence.tokens
        let bytes = tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end
        var facts = ContextFacts()
        facts.quoted = document.isQuoted(bytes)
        facts.reported = document.isSpoken(bytes) || isReported(range, tokens)
        facts.negated = isNegated(range, tokens) || isRejectedLater(range, tokens)
        facts.mention = document.isHeading(bytes) || isMention(range, tokens)
        facts.critiqued = PracticeCritique.isCritiqued(range, tokens)
        if let role = possessorRole(openingMatchAt: range.lowerBound, tokens) {
            facts.subject = role
        } else if let subject = people.subject(before: range.lowerBound, in: tokens) {
            facts.subject = people.roleShown(for: subject, in: tokens) ?? subject.role
            facts.subjectIsGuessed = subject.isGuessed
            facts.subjectIsYoungPerson = subject.isYoungPerson
        }
        return facts
    }

    /// Nouns of deciding whose possessor is the one who decides ("her decision to stay").
    private static let decisionNouns: WordSet = [
        "decision", "decisions", "choice", "choices", "failure", "inability", "refusal", "unwillingness", "reluctance",
        "wish", "desire", "determination",
    ]

    /// The role of the possessor a match opens with, before a noun of deciding ("her decision to
    /// stay", "Ms Okafor's choice"): the subject of the phrase, whoever the sentence's subject
    /// is ("the social worker challenged Ms Okafor about her decision to stay").
    private func possessorRole(openingMatchAt start: Int, _ tokens: [Token]) -> Role? {
        var noun = start + 1
        let first = tokens[start].folded
        let role: Role
        if first == "her" || first == "his" {
            role = first == "her" ? .survivor : .causer
        } else {
            guard let apostrophe = tokens[start..<min(tokens.count, start + 4)].firstIndex(where: { $0.is("'s") || $0.is("'") }),
                  apostrophe > start else { return nil }
            let found = people.roleOfReference(startingNear: start, in: Array(tokens[..<apostrophe]))
            guard found != .unknown else { return nil }
            role = found
            noun = apostrophe + 1
        }
        guard noun < tokens.count, Self.decisionNouns.contains(tokens[noun].folded) else { return nil }
        return role
    }

    private func isNegated(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        if opensWithNegativeAdverbial(before: range.lowerBound, tokens) { return true }
        var index = range.lowerBound - 1
        var seen = 0
        var asides: [Range<Int>]? = nil
        // The last of a list that a negator opens ("found no fear, coercion or violence between
        // them"): its commas do not end the negator's scope.
        let endsList = range.lowerBound > 0 && (tokens[range.lowerBound - 1].is("or") || tokens[range.lowerBound - 1].is("nor"))
        while index >= 0, seen < Self.negationWindow {
            let word = tokens[index].folded
            if endsList, word == "," {
                index -= 1
                seen += 1
                continue
            }
            // Look through an aside, as matching does: "did not, at any point, fail to protect".
            if Asides.closesAside(tokens[index]) {
                if asides == nil { asides = Asides.ranges(in: tokens) }
                if let aside = asides!.first(where: { $0.upperBound - 1 == index }) {
                    index = aside.lowerBound - 1
                    continue
                }
            }
            // "we record this as a protective act, not as mutual aggression": "not as" denies
            // what follows, unless a comparison's second "as" comes after it ("not as volatile
            // as before").
            if word == "as", index > 0, tokens[index - 1].is("not"),
               !tokens[range.upperBound..<min(tokens.count, range.upperBound + 4)].contains(where: { $0.is("as") }) {
                return true
            }
            if CueWords.clauseBreaks.contains(word) { return false }
            if word == "that", isDeniedClause(thatAt: index, tokens) { return true }
            // "the couple at no. 7": a number's abbreviation, not a negator.
            if CueWords.negators.contains(word), !isNumberAbbreviation(at: index, tokens) {
                // "not only a volatile relationship but…" is not negation; "not just arguments",
                // where "just" begins the match, is. "should not have let him back" blames.
                let follower = index + 1 < tokens.count ? tokens[index + 1].folded : ""
                let before = index > 0 ? tokens[index - 1].folded : ""
                // "not the first argument…" counts; "did not know he had shared…" grants what
                // follows the knowing.
                if Self.deniesNothingAfter(negatorAt: index, tokens) {
                    index -= 1
                    seen += 1
                    continue
                }
                if follower == "have", CueWords.reproachModals.contains(before) { return false }
                // "could not explain why she had not left": the negator denies her explaining, and
                // the question is still put to her ("should not be asked why…" denies the asking).
                if isUnansweredWhy(negatorAt: index, before: range.lowerBound, tokens) { return false }
                if isPurposeClause(negatorAt: index, tokens) || isDuty(negatorAt: index, tokens) || isHabit(negatorAt: index, tokens)
                    || isGerundPhrase(negatorAt: index, before: range.lowerBound, tokens)
                    || isWithAdjunct(negatorAt: index, before: range.lowerBound, tokens) {
                    return false
                }
                if isOutsideScope(ofNegatorAt: index, matchAt: range.lowerBound, tokens)
                    || isInFrontedClause(negatorAt: index, before: range.lowerBound, tokens) { return false }
                return index + 1 == range.lowerBound || !(CueWords.nonNegatingFollowers[word]?.contains(follower) ?? false)
            }
            // "refused to let him in" negates its infinitive, not a clause after it ("refusing to
            // see him may indicate…").
            if CueWords.negatingVerbs.contains(word), index + 1 < tokens.count, tokens[index + 1].is("to") {
                return !tokens[min(index + 3, range.lowerBound)..<range.lowerBound].contains { CueWords.finiteAuxiliaries.contains($0.folded) }
            }
            if hasNoSpeaker(verbAt: index, tokens) { return true }
            index -= 1
            seen += 1
        }
        return false
    }

    /// True if the negator at `index` denies nothing in what follows: an ordinal ("not the
    /// first argument between them") or a verb of knowing whose clause is granted ("did not
    /// know Mr Silva had shared…"; not "does not know whether…").
    private static func deniesNothingAfter(negatorAt index: Int, _ tokens: [Token]) -> Bool {
        guard index + 2 < tokens.count else { return false }
        let next = tokens[index + 1], after = tokens[index + 2]
        if tokens[index].is("not"), next.is("the"), ordinals.contains(after.folded) { return true }
        return knowingVerbs.contains(next.folded) && !after.is("whether") && !after.is("if") && !after.is("what") && !after.is("how")
    }
    private static let ordinals: WordSet = ["first", "only", "last"]
    private static let knowingVerbs: WordSet = ["know", "knew", "realise", "realised", "realize", "realized"]

    /// True if the negator at `index` sits in a clause that opens the sentence with a
    /// subordinating word and ends, with no comma, where a subject pronoun opens the main
    /// clause before the match ("When Naomi would not let him upstairs he only pushed her").
    private func isInFrontedClause(negatorAt index: Int, before start: Int, _ tokens: [Token]) -> Bool {
        guard CueWords.subordinateOpeners.contains(tokens[0].folded), index + 2 < start else { return false }
        return ((index + 2)..<start).contains { position in
            CueWords.subjectPronouns.contains(tokens[position].folded) && tokens[position - 1].kind == .word
                && !Self.clauseTakingWords.contains(tokens[position - 1].folded) && !CueWords.negators.contains(tokens[position - 1].folded)
        }
    }
    /// Words after which a subject pronoun opens their own clause, not the main one ("…not say
    /// he…", "…not sure that she…").
    private static let clauseTakingWords: WordSet = [
        "that", "say", "said", "think", "thought", "know", "knew", "believe", "believed", "sure", "accept", "accepted", "admit",
        "admitted", "claim", "claimed", "feel", "felt", "agree", "agreed", "and", "or", "but", "if", "when", "because", "as",
        "tell", "told", "mean", "meant", "realise", "realised", "see", "saw", "hear", "heard", "whether", "why", "how", "what",
    ]

    /// True if the match is the object of a preposition of place or time that a verb or noun
    /// other than "be" stands between it and the negator at `index`: the negator denies that
    /// verb or noun, and the phrase is still the writer's ("the children cannot continue to
    /// live in a DV relationship", "no action was taken following the domestic"). "She has
    /// never been in a DA relationship" denies it.
    private func isOutsideScope(ofNegatorAt index: Int, matchAt start: Int, _ tokens: [Token]) -> Bool {
        guard CueWords.scopeLimitingNegators.contains(tokens[index].folded) else { return false }
        var preposition = start - 1
        if preposition > index, CueWords.phraseDeterminers.contains(tokens[preposition].folded) { preposition -= 1 }
        guard preposition > index + 1, CueWords.placeAndTimePrepositions.contains(tokens[preposition].folded) else { return false }
        return tokens[(index + 1)..<preposition].contains {
            $0.kind == .word && !CueWords.auxiliaries.contains($0.folded) && !CueWords.negationAdverbs.contains($0.folded)
        }
    }

    /// True if the clause holding the match opens with a negative adverbial ("At no point in
    /// this assessment has Ms Nolan been…", "In no way did she…", "Under no circumstances…"),
    /// which negates the whole clause however far the match stands from it.
    private func opensWithNegativeAdverbial(before start: Int, _ tokens: [Token]) -> Bool {
        var index = start - 1
        while index >= 1 {
            let word = tokens[index].folded
            if word == "that" || CueWords.claimScopeBreaks.contains(word) { return false }
            if word == "no", CueWords.negativeAdverbialOpeners.contains(tokens[index - 1].folded), index + 1 < start,
               CueWords.negativeAdverbialNouns.contains(tokens[index + 1].folded) { return true }
            index -= 1
        }
        return false
    }

    /// True if the "that" at `index` opens a clause that a negated claim or judgement governs
    /// ("There is no suggestion in any of the checks that…", "I do not agree with the view,
    /// expressed at the last core group, that…", "It is not the case that…"): a negator and a
    /// word of claiming or judging stand before it in the same clause.
    private func isDeniedClause(thatAt index: Int, _ tokens: [Token]) -> Bool {
        var cursor = index - 1
        var sawClaim = false
        while cursor >= 0, index - cursor <= Self.deniedClauseReach {
            let word = tokens[cursor].folded
            if CueWords.claimScopeBreaks.contains(word) { return false }
            // "I reject the father's submission that…": a verb of rejecting denies on its own.
            if CueWords.rejectingVerbs.contains(word) { return true }
            // "It would be wrong to conclude that…", "a mistake to assume that…".
            if cursor >= 2, CueWords.concludingVerbs.contains(word), tokens[cursor - 1].is("to"),
               Self.wrongToName.contains(tokens[cursor - 2].folded) || Self.mistakes.contains(tokens[cursor - 2].folded) {
                return true
            }
            if CueWords.claimWords.contains(word) { sawClaim = true }
            if CueWords.negators.contains(word), sawClaim {
                let follower = cursor + 1 < tokens.count ? tokens[cursor + 1].folded : ""
                return !(CueWords.nonNegatingFollowers[word]?.contains(follower) ?? false)
            }
            cursor -= 1
        }
        return false
    }

    /// True if the match is in a claim attributed to someone that the writer goes on to reject
    /// in the same sentence ("The threshold document asserts that the mother failed to protect
    /// the children; for the reasons below, I decline to make that finding").
    private func isRejectedLater(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        // Whether an attribution stands before the match: read once, at the first "I" or "we".
        var followsClaim: Bool? = nil
        for index in range.upperBound..<max(range.upperBound, tokens.count - 1) where ["i", "we"].contains(tokens[index].folded) {
            if followsClaim == nil { followsClaim = (0..<range.lowerBound).contains { isAttribution(at: $0, tokens) } }
            guard followsClaim! else { return false }
            if rejects(writerAt: index, tokens) { return true }
        }
        return false
    }

    /// True if the "I" or "we" at `index` rejects what came before: "I reject", "I decline",
    /// "I do not accept", "I am not satisfied", "I cannot find", "we don't agree".
    private func rejects(writerAt index: Int, _ tokens: [Token]) -> Bool {
        let verb = tokens[index + 1].folded
        if CueWords.rejectingVerbs.contains(verb) || verb == "decline" || verb == "declined" { return true }
        var next = index + 2
        if verb != "cannot" {
            guard CueWords.auxiliaries.contains(verb) || verb == "do" || verb == "did" || verb == "am",
                  next < tokens.count, CueWords.negators.contains(tokens[next].folded) else { return false }
            next += 1
        }
        return next < tokens.count && CueWords.rejectedFindings.contains(tokens[next].folded)
    }

    /// How far back from a "that" its governing negated claim may start, in tokens.
    static let deniedClauseReach = 16

    /// True if the negator at `index` opens a phrase of manner or reason that ends before the
    /// match ("By not accepting the refuge place, Mother has failed to protect…", "for not
    /// calling the police"): it denies the gerund, not the clause that holds the match.
    private func isGerundPhrase(negatorAt index: Int, before start: Int, _ tokens: [Token]) -> Bool {
        guard index >= 1, index + 2 < start, CueWords.gerundPrepositions.contains(tokens[index - 1].folded) else { return false }
        return tokens[index + 1].folded.hasSuffix("ing")
    }

    /// True if the "no" at `index` opens an adjunct with "with" that a new clause follows before
    /// the match ("With no other reports this appears to be a one-off"): it denies the
    /// adjunct's noun, not the clause.
    private func isWithAdjunct(negatorAt index: Int, before start: Int, _ tokens: [Token]) -> Bool {
        guard index >= 1, tokens[index].is("no"), tokens[index - 1].is("with"), index + 2 < start else { return false }
        return tokens[(index + 2)..<start].contains { CueWords.clauseSubjects.contains($0.folded) }
    }

    /// True if the negator at `index` is the "not" of a clause of purpose: an auxiliary, a
    /// subject of up to two words, and "so (that)", "ensure" or "make sure" before them ("so
    /// that she does not get into another abusive relationship" sets her a task, it denies
    /// nothing).
    private func isPurposeClause(negatorAt index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 2, CueWords.purposeAuxiliaries.contains(tokens[index - 1].folded) else { return false }
        var cursor = index - 2
        var subjectWords = 0
        while cursor >= 0, subjectWords <= 2 {
            let word = tokens[cursor].folded
            if CueWords.purposeOpeners.contains(word) { return subjectWords > 0 }
            if word != "that" { subjectWords += 1 }
            cursor -= 1
        }
        return false
    }

    /// Nouns whose "not to" is what was decided, not a duty ("the decision not to refer").
    private static let decidingNouns: WordSet = ["decision", "decisions", "choice"]

    /// How far back from a "not to" the verb that makes it a duty may stand, in tokens.
    static let dutyReach = 12

    /// True if the negator at `index` is the "not to" of a duty ("Chloe agrees to end the
    /// relationship and not to put herself in risky situations", "was told not to let him
    /// in"): it sets her a task, it denies nothing.
    private func isDuty(negatorAt index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].is("not"), index + 1 < tokens.count, tokens[index + 1].is("to") else { return false }
        // "agrees with the decision not to refer them to mediation": the decision's "not".
        if index > 0, Self.decidingNouns.contains(tokens[index - 1].folded) { return false }
        var cursor = index - 1
        while cursor >= 0, index - cursor <= Self.dutyReach {
            let word = tokens[cursor].folded
            if CueWords.dutyVerbs.contains(word) { return true }
            if CueWords.claimScopeBreaks.contains(word), word != "and" { return false }
            cursor -= 1
        }
        return false
    }

    /// True if the word at `index` is "no" abbreviating "number" ("no. 7", "no 12").
    private func isNumberAbbreviation(at index: Int, _ tokens: [Token]) -> Bool {
        tokens[index].is("no") && index + 1 < tokens.count && (tokens[index + 1].is(".") || tokens[index + 1].kind == .number)
    }

    /// True if the negator at `index` denies an answer to a "why" the match opens or follows
    /// ("could not explain why she stayed", "does not know why she went back").
    private func isUnansweredWhy(negatorAt index: Int, before start: Int, _ tokens: [Token]) -> Bool {
        guard let why = tokens[(index + 1)...start].firstIndex(where: { $0.is("why") }) else { return false }
        return tokens[(index + 1)..<why].contains { Self.answeringVerbs.contains($0.folded) }
    }

    /// Verbs of giving or having an answer ("explain why", "know why").
    private static let answeringVerbs: WordSet = ["explain", "explained", "say", "said", "know", "knew", "tell", "give", "gave"]

    /// True if the negator at `index` is the "not to" of a habit ("continues not to engage"): it
    /// says what she keeps doing, it denies nothing.
    private func isHabit(negatorAt index: Int, _ tokens: [Token]) -> Bool {
        index > 0 && tokens[index].is("not") && index + 1 < tokens.count && tokens[index + 1].is("to")
            && CueWords.habitVerbs.contains(tokens[index - 1].folded)
    }

    /// True if the token at `index` is a verb of saying or thinking whose subject is nobody
    /// ("no one is suggesting that…", "nobody thinks…", "nothing in the file suggests…"): what
    /// follows is denied.
    private func hasNoSpeaker(verbAt index: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].folded
        guard CueWords.attributionVerbs.contains(word) || CueWords.complementAttributionVerbs.contains(word)
            || CueWords.opinionVerbs.contains(word) else { return false }
        // The subject may carry several words ("nothing in the Garda report or in Cian's account
        // suggests…").
        var subject = index - 1
        while subject >= 0, index - subject <= 12, !CueWords.clauseBreaks.contains(tokens[subject].folded) {
            let candidate = tokens[subject].folded
            if candidate == "nobody" || candidate == "nothing" || candidate == "one" && subject > 0 && tokens[subject - 1].is("no") { return true }
            subject -= 1
        }
        return false
    }

    /// Roles whose unquoted reported words are theirs, not the worker's: the family members'
    /// own accounts. A professional's view, a relative's opinion or a document's wording carried
    /// into the record unquoted is the worker's framing and is checked as such.
    static let reportingRoles: Set<Role> = [.survivor, .child, .causer]

    /// True if the speaker of the attribution at `index` is a family member: a survivor, child
    /// or causer reference, or a capitalised name ("Zoë said…"); or a research participant.
    /// True if the person named at `index` after a reporting verb ("…, says Mum", "…, said Ms
    /// Hale") is a family member: by role, or a capitalised name that is not a role's.
    private func isFamilyMember(namedAt index: Int, _ tokens: [Token]) -> Bool {
        let role = people.roleOfReference(startingNear: index, in: tokens)
        if role != .unknown { return Self.reportingRoles.contains(role) }
        return tokens[index].isCapitalised && !CueWords.nonNameSpeakers.contains(tokens[index].folded)
    }

    private func isFamilyMember(speakingAt index: Int, _ tokens: [Token]) -> Bool {
        if index > 0, CueWords.possessivePronouns.contains(tokens[index - 1].folded),
           CueWords.attributionNouns.contains(tokens[index].folded) { return true }
        // A research participant's words are data, whoever they are ("One social worker
        // interviewee noted that…").
        if tokens[max(0, index - 3)..<index].contains(where: { CueWords.researchSpeakers.contains($0.folded) }) { return true }
        // "Frank's solicitor says…": a party's lawyer speaks for the party (a named person, or
        // one in a family role).
        if index >= 3, CueWords.representatives.contains(tokens[index - 1].folded), ["'s", "'"].contains(tokens[index - 2].folded) {
            let owner = people.references(in: Array(tokens[..<(index - 2)])).last { $0.end == index - 2 }
            if let owner, owner.role != .unknown { return Self.reportingRoles.contains(owner.role) }
            let name = tokens[index - 3]
            return name.kind == .word && name.isCapitalised && !CueWords.nonNameSpeakers.contains(name.folded)
        }
        // "the chair's view", "the school's account": a professional or an agency owns it.
        if index > 1, ["'s", "'"].contains(tokens[index - 1].folded), CueWords.nonNameSpeakers.contains(tokens[index - 2].folded) {
            return false
        }
        // "The children's refusal to see him suggests…": a thing of theirs, not they, is the
        // subject of the verb (a relative of theirs, "Mr Okoro's mother says…", still speaks).
        if let owned = tokens[max(0, index - 6)..<index].lastIndex(where: { ["'s", "'"].contains($0.folded) }), owned + 1 < index,
           tokens[owned + 1].kind == .word, !CueWords.attributionNouns.contains(tokens[owned + 1].folded),
           !CueWords.relatives.contains(tokens[owned + 1].folded),
           !tokens[(owned + 1)..<index].contains(where: { CueWords.clauseBreaks.contains($0.folded) }) {
            return false
        }
        // "staff believe", "police think": a body of professionals speaks; so does "sw feels".
        if index > 0, CueWords.professionalGroups.contains(tokens[index - 1].folded)
            || CueWords.professionalAbbreviations.contains(tokens[index - 1].folded) { return false }
        // "Both parents told me…", "the couple said…": the two adults speak together (not "his
        // parents", who are relatives, whose wording is the writer's to weigh).
        if index > 0, CueWords.familyGroups.contains(tokens[index - 1].folded),
           index == 1 || tokens[index - 2].is("the") || tokens[index - 2].is("both") {
            return true
        }
        if let speaker = people.subject(before: index, in: tokens) {
            return Self.reportingRoles.contains(speaker.role)
        }
        guard index > 0 else { return false }
        // A capitalised name, unless a role or title opens it ("PC Simran Gill reported…"), and
        // with a short bracket after it ("Mia (Y2) said…", "Kyle (father) told me…").
        var end = index
        if tokens[index - 1].is(")"), let open = tokens[max(0, index - 5)..<(index - 1)].lastIndex(where: { $0.is("(") }) {
            end = open
        }
        var word = end - 1
        while word >= 0, end - word <= 3, tokens[word].kind == .word, tokens[word].isCapitalised {
            if CueWords.nonNameSpeakers.contains(tokens[word].folded) { return false }
            word -= 1
        }
        return word < end - 1
    }

    private func isReported(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        // "according to X" anywhere in the sentence.
        for index in 0..<max(0, tokens.count - 1) where tokens[index].is("according") && tokens[index + 1].is("to") {
            if Self.reportingRoles.contains(people.roleOfReference(startingNear: index + 2, in: tokens)) { return true }
        }
        // An attribution before the match, in the same sentence and not past a semicolon; not
        // before a match that opens with ", which" ("she admits she had been texting an ex,
        // which understandably upset him"), the writer's comment on what was reported.
        var index = PersonFinder.opensWhichClause(at: range.lowerBound, in: tokens) ? -1 : range.lowerBound - 1
        var sawOtherSpeaker = false
        var crossedComma = false
        var crossedConjunction = false
        while index >= 0 {
            let token = tokens[index]
            if token.is(";") || token.is("however") { break }
            // ", and the alleged assault will be discussed": a new clause about a thing, the
            // writer's, after whatever was reported before it; so too after a quotation closes
            // ("Mr Price said, 'she was screaming at me,' and the parents then…").
            if token.is("and"), index > 0, tokens[index - 1].is(",") || tokens[index - 1].is("'") || tokens[index - 1].is("\""),
               index + 1 <= range.lowerBound, Self.newClauseOpeners.contains(tokens[index + 1].folded) { break }
            // "…, and it seems he snapped…": the writer's hedge; "…, and Ms Lee is failing…": a
            // titled name is the writer's register, not a family member's.
            if token.is("and"), index > 0, tokens[index - 1].is(","), index + 2 < range.lowerBound,
               tokens[index + 1].is("it") && Self.appearanceVerbs.contains(tokens[index + 2].folded)
                || CueWords.titles.contains(tokens[index + 1].folded) && tokens[index + 2].isCapitalised { break }
            // "Both parents say it is tit-for-tat and it is clear to SW that…": the writer's own
            // judgement, after "and" with or without a comma.
            if token.is("and"), index + 3 < range.lowerBound, tokens[index + 1].is("it"),
               tokens[index + 2].is("is") || tokens[index + 2].is("was"), Self.plainAdjectives.contains(tokens[index + 3].folded) { break }
            // "Declan says she scratched him, so it appears they are…", "…, so from what I can
            // see…", "…, so in my view…": the writer's conclusion from what was reported.
            if token.is("so"), index > 0, tokens[index - 1].is(","), index + 1 <= range.lowerBound,
               Self.concludingOpeners.contains(tokens[index + 1].folded)
                || index + 2 <= range.lowerBound && (tokens[index + 1].is("the") && Self.concludedNouns.contains(tokens[index + 2].folded)
                    || tokens[index + 1].is("from") && tokens[index + 2].is("what") || tokens[index + 1].is("in") && tokens[index + 2].is("my")) { break }
            // "…want to try again, so both have been referred to Relate", "…, and they have been
            // signposted to couples counselling", "…, so no further action is required": what an
            // agency did or decided after the report is the writer's narration.
            if token.is("so") || token.is("and"), index > 0, tokens[index - 1].is(","), index + 1 < range.lowerBound,
               Self.tellsAgencyAct(from: index + 1, before: range.upperBound, tokens) { break }
            // "…'it's only me he gets at' and Mum lacks insight…": after a quotation closes, a
            // clause about someone named is the writer's.
            if token.is("and"), index > 0, tokens[index - 1].is("'") || tokens[index - 1].is("\""),
               index + 1 < range.lowerBound, tokens[index + 1].isCapitalised { break }
            if token.is(",") { crossedComma = true }
            if token.is("and") || token.is("but") { crossedConjunction = true }
            let attributes = isAttribution(at: index, tokens)
            // "Ms Ali told Mr Khan about the affair and he reacted badly": what she told is a
            // noun phrase; the clause after "and" is the writer's narration. So is a topic after
            // "about" itself ("told school staff about marital difficulties").
            if attributes, crossedConjunction && tellsAbout(verbAt: index, before: range.lowerBound, tokens)
                || tellsOnlyATopic(verbAt: index, before: range.lowerBound, tokens) {
                index -= 1
                continue
            }
            // ", which shows…", ", but she keeps…" and ", although it is clear…": the writer's
            // comment on what was reported, not part of it.
            if Self.commentOpeners.contains(token.folded), index > 0,
               tokens[index - 1].is(",") || index > 1 && tokens[index - 1].is("and") && tokens[index - 2].is(",") { break }
            // "…believes she is being tracked but she presents as quite paranoid", "…has described
            // years of abuse and presents with…": the writer's view.
            if token.is("but") || token.is("and"), index + 2 < range.lowerBound {
                let next = tokens[index + 1].is("she") || tokens[index + 1].is("he") ? index + 2 : index + 1
                if Self.presentationVerbs.contains(tokens[next].folded) { break }
            }
            // "…, and in my view…", "…, and from what I observed…", "…and, from his account,
            // they are…": the writer's own judgement.
            if token.is("and"), index + 3 < range.lowerBound {
                let next = tokens[index + 1].is(",") ? index + 2 : index + 1
                if next + 2 < range.lowerBound,
                   tokens[next].is("in") && (tokens[next + 1].is("my") || tokens[next + 1].is("our"))
                    // "…, and when I visited the next morning she did come across as…"
                    || index > 0 && tokens[index - 1].is(",") && Self.timeOpeners.contains(tokens[next].folded) && (tokens[next + 1].is("i") || tokens[next + 1].is("we"))
                    || tokens[next].is("from") && tokens[next + 1].is("what") && (tokens[next + 2].is("i") || tokens[next + 2].is("we"))
                    || tokens[next].is("from") && Self.accountOwners.contains(tokens[next + 1].folded) && Self.accountNouns.contains(tokens[next + 2].folded) { break }
            }
            // The nearest attribution may be a professional's inside a family member's account
            // ("Ms N said that professionals kept telling her…"): keep looking further back, but
            // not past a coordinated clause ("Mr N says…, and the worker feels…").
            if sawOtherSpeaker, token.is("and") || token.is("but") || token.is(",") { break }
            // "Priya said she feels…": the pronoun is the speaker before it, who decides.
            if attributes, reportsAgain(verbAt: index, tokens) {
                index -= 2
                continue
            }
            // "Ms V, who has disclosed that he monitors her calls, attends with…": the report
            // ends with the relative clause that holds it, before the match.
            if attributes, !(crossedComma && opensRelativeClause(before: index, tokens)) {
                // "Although Ms G reports that he follows her, this is a high-conflict
                // separation", "When I explained that Mr K had asked…, Ms D was hostile": the
                // report sits in a clause before the main one, and the clause after its comma is
                // the writer's, unless someone before that clause says it all ("Ms G said that
                // although…, …").
                if crossedComma, let opener = Self.subordinateOpener(before: index, tokens) {
                    index = opener - 1
                    continue
                }
                if isFamilyMember(speakingAt: index, tokens) { return true }
                sawOtherSpeaker = true
            }
            index -= 1
        }
        // A trailing attribution: "…, she said." — a comma, at most two words naming the
        // speaker, the verb, and the end of the sentence.
        var after = range.upperBound
        while after < tokens.count {
            let token = tokens[after]
            if token.is(",") || token.is("\"") || token.is("'") {
                var verb = after + 1
                while verb < tokens.count, verb - after <= 3, !isAttribution(at: verb, tokens) { verb += 1 }
                let speakerWords = tokens[(after + 1)..<min(verb, tokens.count)]
                // Up to three words after the verb and the full stop ("…, Ms Kerr told the
                // police."), or a comma after it ("…, the father claims, but…").
                let closes = verb < tokens.count && (tokens.count - verb <= 5 || verb + 1 < tokens.count && tokens[verb + 1].is(","))
                    && !Self.reportsOnward(afterVerbAt: verb, tokens)
                // With no words before the verb, the speaker follows it ("…, says Mum."); else
                // the verb goes on with the sentence's subject ("Mum is in denial, says
                // everything is fine now"), and what went before is the writer's.
                let speaker = speakerWords.isEmpty ? tokens[min(verb + 1, tokens.count)..<min(verb + 2, tokens.count)] : speakerWords
                if closes, verb - after <= 3, !speaker.isEmpty, speaker.allSatisfy(Self.mayNameSpeaker),
                   !speakerWords.isEmpty || Self.speakerEndsClause(afterVerbAt: verb, tokens) {
                    return speakerWords.isEmpty ? isFamilyMember(namedAt: verb + 1, tokens) : isFamilyMember(speakingAt: verb, tokens)
                }
            }
            after += 1
        }
        return false
    }

    /// The word ("although", "even though", "when", "because"…) that opens a subordinate clause
    /// holding the attribution at `index`, at the start of the sentence or after a comma or
    /// "that", with no comma between it and the attribution; nil if there is none.
    private static func subordinateOpener(before index: Int, _ tokens: [Token]) -> Int? {
        var opener = index - 1
        while opener >= 0, !tokens[opener].is(","), !tokens[opener].is(";") {
            if CueWords.subordinateOpeners.contains(tokens[opener].folded) {
                // Also after ", and" ("…, and although she reported this to police, she…").
                let opens = opener == 0 || tokens[opener - 1].is(",") || tokens[opener - 1].is("that") || tokens[opener - 1].is("even")
                    || opener > 1 && tokens[opener - 1].is("and") && tokens[opener - 2].is(",")
                return opens ? opener : nil
            }
            opener -= 1
        }
        return nil
    }

    /// Possessives and nouns of "from his account" ("…and, from his account, they are…").
    private static let accountOwners: WordSet = ["his", "her", "their", "this", "that", "the", "its"]
    private static let accountNouns: WordSet = ["account", "accounts", "description", "descriptions", "words", "drawings", "worksheet"]

    /// True if the attribution at `index` has "he" or "she" for its speaker right after another
    /// attribution ("Priya said she feels…", "Mum told me that she thinks…"): the same person
    /// speaking again, whom the earlier attribution names.
    private func reportsAgain(verbAt index: Int, _ tokens: [Token]) -> Bool {
        guard index >= 2, tokens[index - 1].is("she") || tokens[index - 1].is("he") else { return false }
        var earlier = index - 2
        if tokens[earlier].is("that"), earlier > 0 { earlier -= 1 }
        if ["me", "us", "him", "her", "them"].contains(tokens[earlier].folded), earlier > 0 { earlier -= 1 }
        return isAttribution(at: earlier, tokens)
    }

    /// True if the verb at `verb` goes on with a report of its own ("…, she says they are
    /// serious", "…, he said that…"): what went before it is the writer's.
    private static func reportsOnward(afterVerbAt verb: Int, _ tokens: [Token]) -> Bool {
        guard verb + 2 < tokens.count else { return false }
        let next = tokens[verb + 1]
        return next.is("that") || (CueWords.subjectPronouns.contains(next.folded) || next.is("it")) && tokens[verb + 2].kind == .word
    }

    /// True if the words naming a speaker after the verb at `verb` end the sentence or their
    /// clause ("…, says Mum."): in "…, says she loves him" what follows "says" is what was said,
    /// and the clause before it is still the writer's.
    private static func speakerEndsClause(afterVerbAt verb: Int, _ tokens: [Token]) -> Bool {
        var end = verb + 1
        while end < tokens.count, end - verb <= 3, mayNameSpeaker(tokens[end]) { end += 1 }
        return end == tokens.count || tokens[end].kind == .punctuation
    }

    /// Verbs of how someone comes across to the writer ("but she presents as…").
    private static let presentationVerbs: WordSet = ["presents", "presented", "appears", "appeared", "seems", "seemed", "comes", "came", "looks", "looked"]

    /// Words that open the writer's comment after a comma ("…, although it is clear…").
    private static let commentOpeners: WordSet = ["which", "but", "yet", "although", "though", "whereas"]

    /// Words that open a new clause about a thing after ", and" ("…, and the alleged assault…"),
    /// and the writer's own voice ("…, and I agree…").
    private static let newClauseOpeners: WordSet = ["the", "this", "these", "a", "an", "i", "we", "my", "our"]
    /// Words of a judgement made plain ("it is clear that…").
    private static let plainAdjectives: WordSet = ["clear", "evident", "apparent", "obvious", "plain"]
    /// Words after ", so" that open the writer's conclusion ("…, so it appears…", "…, so I…").
    private static let concludingOpeners: WordSet = ["it", "this", "i", "we", "there"]
    /// What a writer's ", so the …" concludes about ("…, so the risk is now reduced", "…, so the
    /// impact of … is the focus of this plan").
    private static let concludedNouns: WordSet = [
        "risk", "risks", "case", "plan", "referral", "concern", "concerns", "level", "impact", "focus", "priority", "work",
    ]
    /// True if the clause from `start` tells an agency's act or decision in the passive ("both
    /// have been referred", "they were signposted") or closes the matter ("no further action"),
    /// within a few tokens and before `end`.
    private static func tellsAgencyAct(from start: Int, before end: Int, _ tokens: [Token]) -> Bool {
        let limit = min(end, tokens.count, start + 5)
        guard start < limit else { return false }
        if tokens[start].is("no"), start + 2 < tokens.count, tokens[start + 1].is("further"), tokens[start + 2].is("action") { return true }
        if tokens[start].is("nfa") { return true }
        return tokens[start..<limit].contains { agencyActs.contains($0.folded) }
            && tokens[start..<limit].contains { agencyActAuxiliaries.contains($0.folded) }
    }

    /// The auxiliaries of an agency's act told in the passive ("have been referred", "were
    /// signposted").
    private static let agencyActAuxiliaries: WordSet = ["been", "was", "were", "is", "are"]

    /// Past participles of what agencies do with a family, in a writer's narration.
    private static let agencyActs: WordSet = [
        "referred", "signposted", "offered", "booked", "allocated", "invited", "closed", "stepped", "escalated", "discharged",
    ]

    /// Verbs of a writer's hedge after ", and it" ("…, and it seems he snapped…").
    private static let appearanceVerbs: WordSet = ["seems", "seemed", "appears", "appeared"]
    /// Words that open a clause of the writer's own time ("…, and when I visited…").
    private static let timeOpeners: WordSet = ["when", "after", "once", "since", "before", "while", "whilst"]

    /// True if `token` may be a word of a trailing attribution's speaker ("she", "the father",
    /// "Ms Kerr").
    private static func mayNameSpeaker(_ token: Token) -> Bool {
        token.isCapitalised || ["he", "she", "they", "mum", "dad", "mother", "father", "the", "his", "her"].contains(token.folded)
    }

    /// True if the reporting verb at `index` reports a noun phrase ("told Mr Khan about the
    /// affair", "spoke to me about the party", "admitted pushing her", "accused her of
    /// flirting") and "and" with a new subject or a verb of its own closes it before `end`
    /// ("and he reacted badly", "…at a christening and refused to let her leave", "…but has
    /// not been charged"): no clause opens ("that", a colon or a quote) between the verb and
    /// its noun phrase.
    private func tellsAbout(verbAt index: Int, before end: Int, _ tokens: [Token]) -> Bool {
        guard let position = Self.nominalReport(afterVerbAt: index, before: end, tokens) else { return false }
        // "and he…", "and Mr Khan…" opens a new clause; "and how he…" and "about Ms Ali and
        // Mr Khan" go on with the report. So does a verb a few words on ("…at a christening on
        // 9 June and refused…", "…down the stairs in 2016 and was later convicted…"), but not
        // one that goes on a list ("about being pushed and kicked").
        return (position..<(end - 1)).contains { and in
            guard tokens[and].is("and") || tokens[and].is("but") else { return false }
            let next = tokens[and + 1]
            return ["he", "she", "they"].contains(next.folded) || next.isCapitalised && !tokens[and - 1].isCapitalised
                || and - position > 3 && (CueWords.clauseOpeningVerbs.contains(next.folded) || next.folded.hasSuffix("ed"))
        }
    }

    /// Where the noun phrase that the reporting verb at `index` reports starts, if it reports
    /// one: its "about" ("told Mr Khan about the affair"), its gerund ("admitted pushing her")
    /// or an accusation's "of" ("accused her of flirting").
    private static func nominalReport(afterVerbAt index: Int, before end: Int, _ tokens: [Token]) -> Int? {
        if let about = about(afterVerbAt: index, before: end, tokens) { return about }
        guard index + 1 < end else { return nil }
        let next = tokens[index + 1]
        if next.kind == .word, next.folded.utf8.count > 4, next.folded.hasSuffix("ing") { return index + 1 }
        return accusingVerbs.contains(tokens[index].folded) ? preposition("of", afterVerbAt: index, before: end, tokens) : nil
    }

    /// Verbs whose report is what someone is accused of ("accused her of flirting").
    private static let accusingVerbs: WordSet = ["accused", "accuses", "accusing"]

    /// True if the reporting verb at `index` reports only a topic that holds the match, a noun
    /// phrase after "about" ("told school staff about marital difficulties at home"): its words
    /// are the writer's. "About how…" or "about being hit" reports what was said.
    private func tellsOnlyATopic(verbAt index: Int, before end: Int, _ tokens: [Token]) -> Bool {
        // The match opens the noun phrase, after at most a determiner or two ("about the
        // marital difficulties"): "about the argument and how he lost his temper" goes on to
        // report what was said.
        guard let about = Self.about(afterVerbAt: index, before: end, tokens) else { return false }
        // "About the night her parents were fighting": a time named, and what happened then told
        // in the writer's words, up to the end of the clause.
        if end - about <= 10, about + 3 < end, Self.timeDeterminers.contains(tokens[about + 1].folded),
           Self.timeNouns.contains(tokens[about + 2].folded) {
            return !tokens[(about + 3)..<end].contains { $0.kind == .punctuation || CueWords.contentOpeners.contains($0.folded) && !$0.is("when") }
        }
        guard end - about <= 3 else { return false }
        return !tokens[(about + 1)..<end].contains { CueWords.contentOpeners.contains($0.folded) || $0.is("and") }
            && !tokens[about + 1].folded.hasSuffix("ing")
    }

    /// Words that point to one time ("about the night…", "about that evening…").
    private static let timeDeterminers: WordSet = ["the", "that", "one", "last"]
    /// Times a told event is named by ("about the night her parents were fighting").
    private static let timeNouns: WordSet = ["night", "day", "time", "evening", "morning", "afternoon", "weekend", "occasion", "christmas", "birthday"]

    /// Where the "about" of a reporting verb at `index` stands (``preposition(_:afterVerbAt:before:_:)``).
    private static func about(afterVerbAt index: Int, before end: Int, _ tokens: [Token]) -> Int? {
        preposition("about", afterVerbAt: index, before: end, tokens)
    }

    /// Where `preposition` stands after the reporting verb at `index`, within four words (six
    /// when no subject or finite verb stands between them) and before `end`, if no clause
    /// opens between them ("that", a colon, a quote or a comma).
    private static func preposition(_ preposition: String, afterVerbAt index: Int, before end: Int, _ tokens: [Token]) -> Int? {
        var position = index + 1
        // Up to six words when they hold no clause of their own ("told her head of year
        // about…"; not "told police he was angry about…").
        while position < end, position - index <= 6 {
            let word = tokens[position].folded
            if word == preposition {
                let holdsClause = tokens[(index + 1)..<position].contains {
                    CueWords.clauseSubjects.contains($0.folded) || CueWords.clauseOpeningVerbs.contains($0.folded)
                }
                return position - index <= 4 || !holdsClause ? position : nil
            }
            if ["that", ":", "\"", "'", ","].contains(word) { return nil }
            position += 1
        }
        return nil
    }

    /// True if a relative clause set off by a comma (", who", ", which") opens before `index`
    /// with no comma in between.
    private func opensRelativeClause(before index: Int, _ tokens: [Token]) -> Bool {
        var position = index - 1
        while position > 0, !tokens[position].is(",") {
            if ["who", "which", "whom"].contains(tokens[position].folded), tokens[position - 1].is(",") { return true }
            position -= 1
        }
        return false
    }

    /// Things a record's section label says were shared or raised ("Information shared:").
    private static let recordedThings: WordSet = [
        "information", "details", "concerns", "concern", "issues", "points", "update", "updates", "news", "evidence",
        "intelligence", "history", "background", "actions", "matters",
    ]

    /// Words that open a clause whose verb of saying reports the rest ("which she says is…").
    private static let relativeWords: WordSet = ["which", "that", "what", "who", "whom"]

    /// True if the token at `index` attributes what follows to a speaker ("said", "told me",
    /// "reported that", "is worried that", "Mr N's view that", "his account is that"), and is
    /// not a passive ("was told").
    private func isAttribution(at index: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].folded
        if index > 0, CueWords.attributionNouns.contains(word), introducesClause(after: index, tokens) {
            let owner = tokens[index - 1].folded
            return owner == "'s" || owner == "'" || CueWords.possessivePronouns.contains(owner)
        }
        // "asked that school does not contact him", and a question ("asked whether learned
        // helplessness was why she stayed").
        if CueWords.requestVerbs.contains(word) {
            return index + 1 < tokens.count && (tokens[index + 1].is("that") || tokens[index + 1].is("whether") || tokens[index + 1].is("if"))
                && !Self.passiveAuxiliaries.contains(tokens[max(0, index - 1)].folded)
        }
        // Most words are no reporting verb: they end here.
        let isVerb = CueWords.attributionVerbs.contains(word)
        let isFeeling = !isVerb && CueWords.feelingWords.contains(word)
        guard isVerb || isFeeling || CueWords.complementAttributionVerbs.contains(word) else { return false }
        if !isFeeling, index > 0, Self.passiveAuxiliaries.contains(tokens[index - 1].folded) { return false }
        // "It is clear from what she tells us that…": what she tells is a noun phrase, and the
        // "that" is the sentence's.
        if index > 1, tokens[max(0, index - 3)..<(index - 1)].contains(where: { $0.is("what") }) { return false }
        // "Information shared: …", "Concerns raised by school: …": a participle after a thing,
        // a label of a record's section, not a speaker's words.
        if index > 0, Self.recordedThings.contains(tokens[index - 1].folded) { return false }
        // "the beatings Ms Jones describes should stop": the verb of a relative clause, with a
        // finite verb straight after it; it reports nothing that follows. Not after a relative
        // word, which makes the verb report what follows ("which Ms Lane says is typical").
        if index + 1 < tokens.count, CueWords.finiteAuxiliaries.contains(tokens[index + 1].folded),
           !tokens[max(0, index - 4)..<index].contains(where: { Self.relativeWords.contains($0.folded) }) { return false }
        // "says sorry", "said goodbye": an act, not an attribution.
        if index + 1 < tokens.count, Self.spokenActs.contains(tokens[index + 1].folded) { return false }
        // "telling her what to wear": an order, not a report.
        if index + 3 < tokens.count, Self.tellingVerbs.contains(word), CueWords.contentOpeners.contains(tokens[index + 2].folded),
           tokens[index + 3].is("to") { return false }
        if isVerb { return true }
        // "her repeated calls to the police", "the school's reports": a noun, not a verb.
        if Self.pluralNouns.contains(word), index > 0, Self.nounDeterminers.contains(tokens[index - 1].folded) { return false }
        // "calls her a slag": name-calling, an act; so is "police called to the home".
        if ["calls", "called"].contains(word), index + 2 < tokens.count, ["a", "an"].contains(tokens[index + 2].folded) { return false }
        if word == "called", index + 1 < tokens.count, ["to", "out", "round", "back"].contains(tokens[index + 1].folded) { return false }
        // "images shared by her ex-partner", "a video shared online": a thing passed on, not words.
        if word == "shared", index + 1 < tokens.count, ["by", "online", "on", "with", "widely"].contains(tokens[index + 1].folded),
           !tokens[(index + 1)..<min(tokens.count, index + 5)].contains(where: { $0.is("that") }) { return false }
        // "referred to couples therapy" is a referral; "referred to it as a row" names words;
        // "referred after Mr Petrov's arrest" is a referral too.
        if word == "referred" || word == "refers" {
            guard index + 1 < tokens.count, tokens[index + 1].is("to") else { return false }
            return tokens[(index + 2)..<min(tokens.count, index + 7)].contains { $0.is("as") }
        }
        // "shouted at her", "screamed at Ms Dunn": an act, unless words follow ("shouted at her
        // that she was useless").
        if index + 1 < tokens.count, tokens[index + 1].is("at") {
            return tokens[(index + 2)..<min(tokens.count, index + 6)].contains { ["that", ":", "\""].contains($0.folded) }
        }
        // A feeling word reports only with its complement straight after ("she worries he…");
        // "money worries led Mr Walsh to…" is a noun.
        let reach = isFeeling ? 2 : 3
        return ((index + 1)..<min(tokens.count, index + reach)).contains { at in
            CueWords.complementMarkers.contains(tokens[at].folded) && !Self.namesATimeOfLife(asAt: at, tokens)
        }
    }

    /// True if the token at `index` is the "as" of "as a child", "as a young man": when
    /// something was seen, not what it was seen as ("saw violence as a child and this…").
    private static func namesATimeOfLife(asAt index: Int, _ tokens: [Token]) -> Bool {
        guard tokens[index].is("as"), index + 2 < tokens.count, tokens[index + 1].is("a") || tokens[index + 1].is("an") else { return false }
        return lifeStages.contains(tokens[index + 2].folded)
    }

    /// Stages of life after "as a" ("as a child", "as a teenager", "as a young man").
    private static let lifeStages: WordSet = ["child", "boy", "girl", "teenager", "teen", "youngster", "kid", "toddler", "baby", "young", "youth", "schoolboy", "schoolgirl"]

    /// True if "that" follows the attribution noun at `index`, straight away or after "is" or
    /// "was" ("his view that…", "his account is that…").
    private func introducesClause(after index: Int, _ tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count else { return false }
        if tokens[index + 1].is("that") { return true }
        return index + 2 < tokens.count && ["is", "was"].contains(tokens[index + 1].folded) && tokens[index + 2].is("that")
    }

    /// Reporting verbs that are also plural nouns ("her calls", "the reports").
    private static let pluralNouns: WordSet = ["calls", "reports", "notes", "views"]
    /// Words before such a word that make it the noun.
    private static let nounDeterminers: WordSet = [
        "her", "his", "their", "the", "'s", "'", "these", "those", "repeated", "several", "many", "numerous", "frequent",
        "further", "recent", "previous", "earlier", "999", "phone", "my", "our", "your", "its",
    ]

    /// Words before a reporting verb that make it passive ("was told").
    private static let passiveAuxiliaries: WordSet = ["was", "were", "been", "being", "be", "is", "are", "get", "got"]
    /// Forms of "tell", which with "what to …" gives an order ("tells her what to wear").
    private static let tellingVerbs: WordSet = ["tell", "tells", "told", "telling"]
    /// Words after a reporting verb that make it an act ("said sorry").
    private static let spokenActs: WordSet = ["sorry", "goodbye", "hello", "nothing", "no"]

    /// True if the phrase starting at `start` follows a naming verb's "as" under a negation or
    /// "avoid" ("we should not describe this as …", "avoid labelling it as …", "rather than
    /// call it …"): the writer is talking about the phrase, not using it.
    private func isNegatedNaming(before start: Int, _ tokens: [Token]) -> Bool {
        // "as" right before the phrase, or before its article, or before the person it names
        // ("I would not describe this as Amira disengaging", "as Ms Hale failing to…").
        var asIndex = start - 1
        if asIndex >= 0, ["a", "an", "the"].contains(tokens[asIndex].folded) { asIndex -= 1 }
        // "…describe Ms Evans as having failed to protect".
        if asIndex >= 0, ["having", "being"].contains(tokens[asIndex].folded) { asIndex -= 1 }
        var named = 0
        while asIndex >= 1, named < 2, !tokens[asIndex].is("as"), tokens[asIndex].kind == .word,
              tokens[asIndex].isCapitalised || CueWords.nonSubjectPronouns.contains(tokens[asIndex].folded) {
            asIndex -= 1
            named += 1
        }
        guard asIndex >= 1, tokens[asIndex].is("as") else { return false }
        // The naming verb, with at most six words ("this", "what happened on 12 May") before "as".
        var verb = asIndex - 1
        while verb >= 0, asIndex - verb <= 7, !CueWords.namingVerbs.contains(tokens[verb].folded) {
            if CueWords.mentionScopeBreaks.contains(tokens[verb].folded) { return false }
            verb -= 1
        }
        guard verb >= 0, asIndex - verb <= 7 else { return false }
        // "cautioned against describing this as…", "warned against calling it…".
        if verb >= 1, tokens[verb - 1].is("against") { return true }
        // A negator or "avoid" at most three words before the verb ("should not be described").
        var cue = verb - 1
        while cue >= 0, verb - cue <= 3 {
            let word = tokens[cue].folded
            if Self.isAvoidance(word) { return true }
            if CueWords.mentionScopeBreaks.contains(word) { return false }
            cue -= 1
        }
        return false
    }

    /// True if `word` avoids or negates the verb after it ("not", "avoid", "stop").
    private static func isAvoidance(_ word: String) -> Bool {
        CueWords.negators.contains(word) || CueWords.mentionVerbs.contains(word) || word == "stop" || wrongToName.contains(word)
    }
    /// Judgements that reject a naming: "It would be inaccurate to describe Ms Hollis as…".
    private static let wrongToName: WordSet = ["inaccurate", "wrong", "unfair", "misleading", "incorrect", "unjust", "unhelpful", "inappropriate"]
    /// Nouns of error that reject what follows them ("a mistake to assume that…").
    private static let mistakes: WordSet = ["mistake", "error", "mistaken", "unsafe", "false"]

    /// True if the "that" at `that` follows a verb of saying or writing that is avoided or
    /// negated ("avoid writing that …", "do not say that …", "rather than recording that …"):
    /// what follows is the phrasing being advised against.
    private func isAvoidedSaying(before that: Int, _ tokens: [Token]) -> Bool {
        guard that >= 2, CueWords.sayingVerbs.contains(tokens[that - 1].folded) else { return false }
        for cue in stride(from: that - 2, through: max(0, that - 3), by: -1) {
            let word = tokens[cue].folded
            if Self.isAvoidance(word) { return true }
            if word == "than", cue > 0, tokens[cue - 1].is("rather") { return true }
            if word == "of", cue > 0, tokens[cue - 1].is("instead") { return true }
        }
        return false
    }

    /// True if a possessive stands before the word at `index` ("his use of violence", "Mr
    /// Maher's use of violence"): his doing, not a use of words.
    private func isPossessed(_ index: Int, _ tokens: [Token]) -> Bool {
        guard index > 0 else { return false }
        let before = tokens[index - 1].folded
        return CueWords.possessivePronouns.contains(before) || before == "'s" || before == "'"
    }

    /// True if the sentence opens with the matched phrase and defines it ("Disguised compliance
    /// involves parents giving…", "Parental conflict refers to…", "… is when…").
    private func isDefined(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        guard range.lowerBound == 0 || range.lowerBound == 1 && CueWords.articles.contains(tokens[0].folded),
              range.upperBound < tokens.count else { return false }
        let next = tokens[range.upperBound].folded
        let after = range.upperBound + 1 < tokens.count ? tokens[range.upperBound + 1].folded : ""
        if CueWords.definingVerbs.contains(next) { return true }
        return (next == "is" || next == "are") && CueWords.definingComplements.contains(after)
    }

    /// True if the sentence asks what the matched phrase is ("What is parental conflict?",
    /// "What constitutes a toxic relationship?"): a definition's heading names the idea.
    private func asksWhatItIs(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var start = range.lowerBound
        while start > 0, CueWords.articles.contains(tokens[start - 1].folded) { start -= 1 }
        guard start >= 2, tokens[start - 2].is("what"),
              ["is", "are", "was", "constitutes", "counts"].contains(tokens[start - 1].folded) else { return false }
        return tokens[range.upperBound...].prefix(3).contains { $0.is("?") }
    }

    private func isMention(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var index = range.lowerBound - 1
        var distance = 1
        while index >= 0, distance <= Self.mentionWindow {
            let word = tokens[index].folded
            // "the word …" names a phrase; "his word that he has changed" is a promise.
            if CueWords.mentionNouns.contains(word), !(word == "word" && isPossessed(index, tokens)) { return true }
            if CueWords.namingNouns.contains(word), tokens[index..<range.lowerBound].contains(where: { $0.is("as") }) { return true }
            if distance <= 2, CueWords.mentionVerbs.contains(word) { return true }
            if word == "than", index > 0, tokens[index - 1].is("rather") { return true }
            if word == "of", index > 0, tokens[index - 1].is("instead") || tokens[index - 1].is("use") && !isPossessed(index - 1, tokens) {
                return true
            }
            if word == "that", isAvoidedSaying(before: index, tokens) { return true }
            if CueWords.mentionScopeBreaks.contains(word) { break }
            index -= 1
            distance += 1
        }
        if isNegatedNaming(before: range.lowerBound, tokens) { return true }
        if asksWhatItIs(range, tokens) || isDefined(range, tokens) || Self.isInMentionList(range, tokens) { return true }
        // A glossary's or a slide's verdict in brackets right after the phrase ("volatile
        // relationship (avoid): hides who is frightened of whom", "(do not use)").
        if range.upperBound + 1 < tokens.count, tokens[range.upperBound].is("(") {
            let verdict = tokens[range.upperBound + 1].folded
            if CueWords.mentionVerbs.contains(verdict) || CueWords.negators.contains(verdict) { return true }
            if verdict == "do", range.upperBound + 2 < tokens.count, CueWords.negators.contains(tokens[range.upperBound + 2].folded) { return true }
        }
        // A title that opens with the phrase and a colon, and ends without a full stop
        // ("Failure to protect: why the language of blame harms children").
        if range.lowerBound == 0, range.upperBound < tokens.count, tokens[range.upperBound].is(":"),
           let last = tokens.last?.folded, ![".", "!", ";"].contains(last) { return true }
        // "X is a victim-blaming term", "X are phrases that…"; further on, a term "as" one ("X
        // is covered in the training pack as a contested term").
        var after = range.upperBound
        let limit = min(tokens.count, range.upperBound + 6)
        let farLimit = min(tokens.count, range.upperBound + Self.mentionWindow + 6)
        if after < limit, ["is", "are", "was", "were", "'s"].contains(tokens[after].folded) {
            after += 1
            while after < farLimit, after < limit || !CueWords.mentionScopeBreaks.contains(tokens[after].folded) {
                if CueWords.mentionNouns.contains(tokens[after].folded),
                   after < limit || tokens[max(range.upperBound, after - 3)..<after].contains(where: { $0.is("as") }) { return true }
                after += 1
            }
        }
        return false
    }

    /// The longest item of a list of phrases, in tokens.
    static let mentionListItemLength = 6

    /// True if the match is an item of a list of phrases that a mention verb or noun and a
    /// colon open ("Avoid: lacks insight, hysterical, paranoid, unstable"; "Slide 9 – Avoid:
    /// chose to stay / keeps taking him back / prioritises the relationship"): every item
    /// between the colon and the match is short and ends at a comma, a slash or "or".
    private static func isInMentionList(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        var index = range.lowerBound - 1
        var itemLength = 0
        while index >= 1 {
            let word = tokens[index].folded
            if word == ":" {
                let opener = tokens[index - 1].folded
                return CueWords.mentionVerbs.contains(opener) || CueWords.mentionNouns.contains(opener)
            }
            if word == "," || word == "/" || word == "or" {
                itemLength = 0
            } else {
                itemLength += 1
                if itemLength > mentionListItemLength || CueWords.mentionScopeBreaks.contains(word) { return false }
            }
            index -= 1
        }
        return false
    }
}
