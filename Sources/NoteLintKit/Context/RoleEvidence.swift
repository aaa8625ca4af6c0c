/// What a sentence itself shows about who is violent, where a guess of a person's role would
/// mislead. A guess is a bare name's sex (``GivenNames``), a title ("Mr", "Ms") or a parent
/// word ("Father"), and is wrong for a man abused by a woman or for a same-sex couple:
/// - a person causing harm by guess, in a sentence that gives the violence to a woman ("her
///   violence", "Mother's violence", "Claire has been threatening him"), is the survivor:
///   "Father failed to protect the children from Mother's violence";
/// - a person causing harm by guess is the survivor, too, where the sentence puts a protective
///   order against a woman, says she poses the risk, or lets her back ("Mr Byrne must obtain a
///   non-molestation order against Ms Byrne", "if he lets Ms Hughes back into the house"), or
///   has her tracking his things ("Ms Kaminska is tracking his car"); so does another named
///   man who poses the risk, is under an order or owns the violence ("the risk that Mr Reid
///   poses to him");
/// - a survivor by guess who owns the violence ("Tara's violence towards her parents") or does
///   it to another adult ("Ms Carter hit her partner") is the person causing harm;
/// - a survivor by guess, in a sentence that turns the violence on a man ("the violence
///   towards Gareth", "her assaults on him", "after hitting Mr Carlisle", "throwing a glass at
///   Mr Carlisle"), is the person causing harm: "Nicola says the alcohol is behind the
///   violence towards Gareth";
/// - a guess by sex that another person of the sentence shares tells nothing: "Daniel keeps
///   going back to Marcus" leaves Daniel's role unknown.
enum RoleEvidence {
    /// The role the sentence `tokens` shows for `subject`, a person guessed in their role,
    /// given the sentence's `others`; nil to keep the guess.
    static func role(of subject: PersonFinder.Reference, among others: [PersonFinder.Reference], in tokens: [Token]) -> Role? {
        if subject.role == .causer, others.contains(where: {
            $0.role == .survivor && (isShownCausingHarm($0, in: tokens) || isAdult($0, in: tokens) && (harmsHim($0, in: tokens) || controlsHim($0, in: tokens)))
                // Another man named as the one who poses the risk: "Mr Hartley does not recognise the
                // risk posed by his son Gareth" (not "he", who may be the man named).
                // or owning the violence: "Mr Morgan lacks insight into Mr Finch's controlling behaviour",
                // or arrested for harming him: "his son Cathal was arrested last month for assaulting him".
                || $0.role == .causer && tokens[subject.start].isCapitalised && tokens[$0.start].isCapitalised
                    && (isNamedAsPosingTheRisk($0, in: tokens) || posesTheRisk($0, in: tokens) || isOrderedAgainst($0, in: tokens)
                        || (ownsViolence($0, in: tokens) || controlsHim($0, in: tokens) || harmsHim($0, in: tokens))
                            && !names($0, sameAs: subject, in: tokens))
        }) {
            return .survivor
        }
        if subject.role == .survivor, ownsViolence(subject, in: tokens) || harmsAnotherAdult(subject, among: others, in: tokens)
            || ownsViolenceThroughHer(subject, among: others, in: tokens)
            || others.contains(where: { $0.role == .causer && suffersViolence($0, in: tokens) }) {
            return .causer
        }
        if subject.isGuessed, others.contains(where: { other in
            other.isGuessed && other.role == subject.role
                && !tokens[other.start..<other.end].map(\.folded).elementsEqual(tokens[subject.start..<subject.end].map(\.folded))
        }) {
            return .unknown
        }
        return nil
    }

    /// True if a word of `tokens` may tell who is violent: a noun of violence, "abuse", or a
    /// verb of harm before "him". Most sentences have none, and need no reading of their people.
    static func mayTellWhoIsViolent(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { mayTellWhoIsViolent(at: $0, in: tokens) }
    }

    /// Nouns of violence that a possessive gives to its owner ("her violence"). Not "abuse":
    /// "her abuse" may be the abuse she suffered.
    static let violenceNouns: WordSet = ["violence", "aggression", "assaults", "attacks", "threats"]

    /// The lengths of ``violenceNouns`` and "abuse" as bits (5, 7, 8, 10): a constant, where a
    /// table would be a lazy global checked at every word (a test keeps the two in step).
    static let violenceNounLengths: UInt64 = 1 << 5 | 1 << 7 | 1 << 8 | 1 << 10

    /// Verbs of harm done to a man in "Claire has been threatening him".
    private static let harmVerbs: WordSet = [
        "hit", "hits", "hitting", "punched", "punches", "punching", "kicked", "kicks", "kicking", "slapped", "slaps", "slapping",
        "pushed", "pushes", "pushing", "threatened", "threatens", "threatening", "assaulted", "assaults", "assaulting",
        "attacked", "attacks", "attacking", "strangled", "strangling", "stabbed", "stabbing", "bit", "bites", "biting",
        "scratched", "scratching", "controls", "controlled", "controlling", "abused", "abuses", "abusing",
    ]
    /// Verbs of throwing something at someone ("after throwing a glass at Mr Carlisle").
    private static let throwVerbs: WordSet = ["threw", "throws", "throwing", "thrown", "hurled", "hurling"]
    /// Verbs of "lash out at", "hit out at".
    private static let lashVerbs: WordSet = ["lash", "lashed", "lashes", "lashing", "hit", "hits", "hitting"]
    /// Words that may stand between a person and the verb: "has been", "keeps".
    private static let harmAuxiliaries: WordSet = ["has", "had", "have", "been", "is", "was", "keeps", "kept", "repeatedly", "then", "also"]
    /// Prepositions that turn violence on someone ("the violence towards Gareth").
    private static let violenceTargets: WordSet = ["towards", "toward", "against", "on"]

    private static func mayTellWhoIsViolent(at index: Int, in tokens: [Token]) -> Bool {
        // Cheap tests first: this runs on every word of a finding's sentence.
        if index + 1 < tokens.count, tokens[index + 1].is("him") || tokens[index + 1].isCapitalised || isPartner(at: index + 1, in: tokens) {
            if harmVerbs.contains(tokens[index].folded) { return true }
            if tokens[index].is("at"), isThrownAt(index, in: tokens) { return true }
            if tokens[index].is("against") { return true }
        }
        if tokens[index].is("poses") || tokens[index].is("posed") || tokens[index].is("tracker") || isControl(at: index, in: tokens) { return true }
        // "tracking his phone"
        if index + 1 < tokens.count, tokens[index + 1].is("his"), controlVerbs.contains(tokens[index].folded) { return true }
        // "safe from Mrs Ahmed"
        if tokens[index].is("from"), index + 1 < tokens.count, tokens[index + 1].isCapitalised,
           tokens[max(0, index - 4)..<index].contains(where: { safetyWords.contains($0.folded) }) { return true }
        // "put her hands on Ms Lowe"
        if tokens[index].is("hands"), index + 2 < tokens.count, tokens[index + 1].is("on"), tokens[index + 2].isCapitalised { return true }
        // "smashed two of Ms Jenkins's phones"
        if tokens[index].is("'s"), index > 0, tokens[index - 1].isCapitalised,
           tokens[max(0, index - 5)..<index].contains(where: { damageVerbs.contains($0.folded) }) { return true }
        // "lets Ms Hughes back"; not "went back".
        if index > 0, tokens[index - 1].isCapitalised, tokens[index].is("back") { return true }
        let word = tokens[index].folded
        let length = word.utf8.count
        let mayBeConduct = length < 64 && (conductNounLengths | actNounLengths) >> UInt64(length) & 1 != 0
        // "Ms Carey's behaviour towards him", "her assault on him": the noun looked up only before
        // "him" or a name.
        if mayBeConduct, index + 2 < tokens.count, tokens[index + 2].is("him") || tokens[index + 2].isCapitalised,
           conductNouns.contains(word) || actNouns.contains(word) {
            return true
        }
        // "controlling behaviour"
        if mayBeConduct, index > 0, conductNouns.contains(word), abusiveConduct.contains(tokens[index - 1].folded) {
            return true
        }
        guard length < 64, violenceNounLengths >> UInt64(length) & 1 != 0 else { return false }
        return word == "abuse" || violenceNouns.contains(word)
    }

    /// True if a "her" after `subject`, with no other woman named between them, owns violence:
    /// "Ms Sandhu lacks insight into the impact of her control over Ms Marsh".
    private static func ownsViolenceThroughHer(_ subject: PersonFinder.Reference, among others: [PersonFinder.Reference],
                                               in tokens: [Token]) -> Bool {
        guard let her = others.first(where: { $0.start >= subject.end && $0.end - $0.start == 1 && tokens[$0.start].is("her") && ownsViolence($0, in: tokens) })
        else { return false }
        return !others.contains { $0.role == .survivor && $0.start >= subject.end && $0.start < her.start && tokens[$0.start].isCapitalised }
    }

    /// True if "control" over, on or of an adult starts at `index` ("control over Ms Marsh").
    private static func isControl(at index: Int, in tokens: [Token]) -> Bool {
        index + 2 < tokens.count && tokens[index].is("control") && (tokens[index + 1].is("over") || tokens[index + 1].is("on") || tokens[index + 1].is("of"))
            && (tokens[index + 2].is("him") || tokens[index + 2].isCapitalised)
    }

    /// Words that make someone's conduct abuse ("his controlling behaviour").
    private static let abusiveConduct: WordSet = ["controlling", "coercive", "abusive", "violent", "threatening", "intimidating"]

    /// True if `one` and `other` are written alike ("Mr Finch" twice).
    private static func names(_ one: PersonFinder.Reference, sameAs other: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        tokens[one.start..<one.end].map(\.folded) == tokens[other.start..<other.end].map(\.folded)
    }

    /// True if `reference` is someone "him" in a sentence is not a child of: a named or titled
    /// person, or his partner ("his wife controls him"); "Mummy hits him" may be about a child.
    private static func isAdult(_ reference: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        reference.isDeclared || reference.start > 0 && tokens[reference.start - 1].is("his") || Segmenter.personTitles.contains(tokens[reference.start].folded)
    }

    /// True if `reference` is the subject of a verb of harm done to "him": "Claire has been
    /// threatening him".
    private static func harmsHim(_ reference: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        var verb = verbIndex(after: reference, in: tokens)
        // "Leah (on bail for assaulting him)", "Ms Kaminska (arrested twice for assaulting him)".
        if let charge = tokens[verb..<min(tokens.count, verb + 5)].firstIndex(where: { $0.is("for") || $0.is("with") || $0.is("of") }),
           tokens[verb..<charge].contains(where: { chargeWords.contains($0.folded) }) {
            verb = charge + 1
        }
        return verb + 1 < tokens.count && harmVerbs.contains(tokens[verb].folded) && tokens[verb + 1].is("him")
    }

    /// Words of a charge or an arrest before what it was for ("on bail for assaulting him").
    private static let chargeWords: WordSet = ["bail", "arrested", "charged", "convicted", "cautioned", "remanded", "prosecuted"]

    /// True if `reference` is the subject of a controlling act on a man or his things: "Ms Eze
    /// tracking his phone", "Mr Evans has put a tracker on his car".
    private static func controlsHim(_ reference: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        let verb = verbIndex(after: reference, in: tokens)
        guard verb + 1 < tokens.count else { return false }
        if controlVerbs.contains(tokens[verb].folded), tokens[verb + 1].is("his") || tokens[verb + 1].is("him") { return true }
        return trackerVerbs.contains(tokens[verb].folded) && tokens[(verb + 1)..<min(tokens.count, verb + 4)].contains { $0.is("tracker") }
    }

    /// Verbs of watching or controlling someone ("tracking his phone").
    private static let controlVerbs: WordSet = [
        "tracking", "tracks", "tracked", "monitoring", "monitors", "monitored", "checking", "checks", "checked", "controlling",
        "controls", "controlled", "following", "follows", "followed", "stalking", "stalks", "stalked",
    ]
    /// Verbs of fitting a tracker ("put a tracker on his car").
    private static let trackerVerbs: WordSet = ["put", "puts", "putting", "placed", "fitted", "installed", "hid"]

    /// Where the verb of `reference` as subject stands: past a relative pronoun (", who has
    /// assaulted him") and the auxiliaries after it ("has been", "keeps").
    private static func verbIndex(after reference: PersonFinder.Reference, in tokens: [Token]) -> Int {
        var index = reference.end
        if index + 1 < tokens.count, tokens[index].is(","), tokens[index + 1].is("who") { index += 2 }
        while index < tokens.count, index - reference.end < 3, harmAuxiliaries.contains(tokens[index].folded) { index += 1 }
        return index
    }

    /// True if `reference` is the subject of a verb of harm done to another adult, named or a
    /// partner: "Ms Carter hit her partner", "Ms Price punched Ms Lowe" (not "hit him", who
    /// may be a child, nor "hit her head").
    private static func harmsAnotherAdult(_ reference: PersonFinder.Reference, among others: [PersonFinder.Reference],
                                          in tokens: [Token]) -> Bool {
        let verb = verbIndex(after: reference, in: tokens)
        if verb + 1 < tokens.count, harmVerbs.contains(tokens[verb].folded),
           isPartner(at: verb + 1, in: tokens) || tokens[verb + 1].isCapitalised && others.contains(where: { $0.start == verb + 1 }) {
            return true
        }
        // Further on in the subject's clause, before anyone else is named: "Ms Dale has a short
        // fuse and slapped Ms Pearce", "… and has smashed two of Ms Jenkins's phones".
        guard let next = others.lazy.filter({ $0.start > reference.end }).min(by: { $0.start < $1.start }), next.start >= 1,
              tokens[next.start].isCapitalised,
              harmVerbs.contains(tokens[next.start - 1].folded) || putsHandsOn(next, in: tokens) || damagesTheirThings(next, in: tokens)
        else { return false }
        return !tokens[reference.end..<next.start].contains { $0.kind == .punctuation && !$0.fillsGap }
    }

    /// True if "hands on" stands just before `reference`: "put her hands on Ms Lowe".
    private static func putsHandsOn(_ reference: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        reference.start >= 2 && tokens[reference.start - 1].is("on") && tokens[reference.start - 2].is("hands")
    }

    /// True if a verb of damage stands just before `owner`'s possessive: "smashed two of Ms
    /// Jenkins's phones", "broke Mr Hale's glasses".
    private static func damagesTheirThings(_ owner: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        guard owner.end < tokens.count, tokens[owner.end].is("'s") || tokens[owner.end].is("'") else { return false }
        return tokens[max(0, owner.start - 3)..<owner.start].contains { damageVerbs.contains($0.folded) }
    }

    /// Verbs of damage to someone's things ("smashed her phone").
    private static let damageVerbs: WordSet = [
        "smashed", "smashes", "smashing", "broke", "breaks", "breaking", "destroyed", "destroys", "destroying", "damaged",
        "damages", "damaging", "ripped", "rips", "burned", "burnt", "burns", "slashed", "slashes",
    ]

    /// True if "her partner", "his wife" and the like start at `index`.
    private static func isPartner(at index: Int, in tokens: [Token]) -> Bool {
        index + 1 < tokens.count && (tokens[index].is("her") || tokens[index].is("his")) && partnerWords.contains(tokens[index + 1].folded)
    }

    /// Words for a partner ("her partner", "his wife").
    private static let partnerWords: WordSet = [
        "partner", "husband", "wife", "boyfriend", "girlfriend", "ex", "ex-partner", "fiance", "fiancé", "fiancee", "fiancée",
    ]

    /// True if `reference` is the one violence is turned on: "the violence towards Gareth",
    /// "assaults on him", "after hitting Mr Carlisle", "throwing a glass at Mr Carlisle".
    private static func suffersViolence(_ reference: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        guard reference.start >= 1 else { return false }
        let before = tokens[reference.start - 1]
        if harmVerbs.contains(before.folded) { return true }
        if before.is("at") { return isThrownAt(reference.start - 1, in: tokens) }
        return reference.start >= 2 && violenceTargets.contains(before.folded)
            && (violenceNouns.contains(tokens[reference.start - 2].folded) || tokens[reference.start - 2].is("abuse"))
    }

    /// True if the "at" at `index` ends a throw or an attack: "threw a glass at", "throwing
    /// things at", "lash out at".
    private static func isThrownAt(_ index: Int, in tokens: [Token]) -> Bool {
        if index >= 2, tokens[index - 1].is("out"), lashVerbs.contains(tokens[index - 2].folded) { return true }
        return tokens[max(0, index - 4)..<index].contains { throwVerbs.contains($0.folded) }
    }

    /// True if the sentence shows `reference` causing harm: owning violence ("her violence",
    /// "Claire's abuse of Gareth"), the one a protective order is against ("a non-molestation
    /// order against Ms Byrne"), or the one who poses a risk ("the risk Ms Hughes poses").
    private static func isShownCausingHarm(_ reference: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        if ownsViolence(reference, in: tokens) { return true }
        let start = reference.start
        if isOrderedAgainst(reference, in: tokens) { return true }
        if isNamedAsPosingTheRisk(reference, in: tokens) { return true }
        // "lets Ms Hughes back into the house"
        if start >= 1, reference.end < tokens.count, tokens[reference.end].is("back"), letVerbs.contains(tokens[start - 1].folded) { return true }
        // "keep her safe from Mrs Ahmed", "protect Tobi from Ms Sowande": the one kept away from
        // (not "from Ms Hale's partner", who is someone else).
        if start >= 2, tokens[start - 1].is("from"), tokens[max(0, start - 5)..<(start - 1)].contains(where: { safetyWords.contains($0.folded) }),
           !(reference.end < tokens.count && (tokens[reference.end].is("'s") || tokens[reference.end].is("'"))) {
            return true
        }
        return posesTheRisk(reference, in: tokens)
    }

    /// True if `reference` is the subject of "poses" after a noun of risk ("the risk Ms Hughes
    /// poses", "the risk that Mr Reid poses").
    private static func posesTheRisk(_ reference: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        reference.end < tokens.count && (tokens[reference.end].is("poses") || tokens[reference.end].is("posed"))
            && tokens[max(0, reference.start - 3)..<reference.start].contains { riskNouns.contains($0.folded) }
    }

    /// True if a protective order is against `reference` ("a non-molestation order against Mr Webb").
    private static func isOrderedAgainst(_ reference: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        reference.start >= 2 && tokens[reference.start - 1].is("against") && orderNouns.contains(tokens[reference.start - 2].folded)
    }

    /// True if `reference` follows "posed by" ("the risk posed by his son Gareth").
    private static func isNamedAsPosingTheRisk(_ reference: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        guard let by = tokens[max(0, reference.start - 3)..<reference.start].lastIndex(where: { $0.is("by") }) else { return false }
        return by >= 1 && tokens[by - 1].is("posed")
    }

    /// Words of keeping someone safe from a person ("safe from Mrs Ahmed").
    private static let safetyWords: WordSet = ["safe", "protect", "protects", "protected", "protecting", "shield", "shielded", "shielding"]
    /// Verbs of letting someone back ("keeps letting Ms Hughes back").
    private static let letVerbs: WordSet = ["let", "lets", "letting", "allow", "allows", "allowed", "allowing", "take", "takes", "took", "taking", "invite", "invites", "invited", "inviting"]
    /// Nouns of someone's conduct that, turned on an adult, are the abuse ("her behaviour towards him").
    static let conductNouns: WordSet = ["behaviour", "behaviours", "behavior", "behaviors", "treatment", "conduct"]

    /// The lengths of ``conductNouns`` as bits (7 to 10), for the same quick test as
    /// ``violenceNounLengths``.
    static let conductNounLengths: UInt64 = 1 << 7 | 1 << 8 | 1 << 9 | 1 << 10
    /// Nouns of one act that, owned and turned on an adult, are the abuse ("her assault on him");
    /// owned alone they may be what she suffered ("since her assault").
    static let actNouns: WordSet = ["assault", "attack"]
    /// The lengths of ``actNouns`` as bits (6, 7).
    static let actNounLengths: UInt64 = 1 << 6 | 1 << 7
    /// Orders made against the person causing harm.
    private static let orderNouns: WordSet = ["order", "injunction", "nmo", "dvpo", "dvpn", "notice", "orders"]
    /// Nouns of what someone poses ("the risk Ms Hughes poses").
    private static let riskNouns: WordSet = ["risk", "risks", "danger", "threat", "harm"]

    /// True if `reference` owns a noun of violence: "her violence", "Claire's assaults",
    /// "Claire's abuse of Gareth" ("her abuse" alone may be the abuse she suffered).
    private static func ownsViolence(_ reference: PersonFinder.Reference, in tokens: [Token]) -> Bool {
        var noun = reference.end
        if noun < tokens.count, tokens[noun].is("'s") || tokens[noun].is("'") {
            noun += 1
            // "Ms Costa's (28) violence": an age between.
            if noun + 3 <= tokens.count, tokens[noun].is("("), tokens[noun + 1].kind == .number, tokens[noun + 2].is(")") { noun += 3 }
        } else if !(reference.end - reference.start == 1 && tokens[reference.start].is("her")) {
            return false
        }
        guard noun < tokens.count else { return false }
        if violenceNouns.contains(tokens[noun].folded) { return true }
        // "Mr Finch's controlling behaviour"
        if noun + 1 < tokens.count, abusiveConduct.contains(tokens[noun].folded), conductNouns.contains(tokens[noun + 1].folded) { return true }
        // "her control over Ms Marsh"
        if isControl(at: noun, in: tokens) { return true }
        // "Ms Carey's behaviour towards him", "Ms Bankole's assault on him": conduct or an act
        // turned on an adult.
        if conductNouns.contains(tokens[noun].folded) || actNouns.contains(tokens[noun].folded), noun + 2 < tokens.count, violenceTargets.contains(tokens[noun + 1].folded) || tokens[noun + 1].is("to"),
           tokens[noun + 2].is("him") || tokens[noun + 2].isCapitalised {
            return true
        }
        return tokens[noun].is("abuse") && noun + 1 < tokens.count && (tokens[noun + 1].is("of") || violenceTargets.contains(tokens[noun + 1].folded))
    }
}
