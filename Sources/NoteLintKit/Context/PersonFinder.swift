/// Finds references to people in a sentence and the role each plays, from the lexicon
/// classes `survivor-ref`, `causer-ref`, `child-ref` and `agency-ref`, and from names whose
/// role the note or the command line declares.
struct PersonFinder {
    /// The lexicon classes that name each role.
    static let roleClasses: [(name: String, role: Role)] = [
        ("survivor-ref", .survivor), ("causer-ref", .causer), ("child-ref", .child), ("agency-ref", .agency),
    ]

    /// One reference: tokens `start..<end` name someone with `role`.
    struct Reference: Equatable {
        var start: Int
        var end: Int
        var role: Role
        var isDeclared = false
        /// True if the role is only guessed from a bare given name's sex (``guessed``).
        var isGuessed = false
        /// True for a child old enough to be abused by a partner (``NoteCast/youngPeople``).
        var isYoungPerson = false
    }

    /// The compiled role classes; an accept's `rule` indexes `roles`.
    let automaton: Automaton
    let roles: [Role]
    /// Declared names (folded tokens of the name) → role.
    var declared: [[String]: Role] = [:] {
        didSet {
            declaredByFirstWord = [:]
            for (name, role) in declared {
                guard let first = name.first else { continue }
                declaredByFirstWord[first, default: []].append(DeclaredName(tokens: name, role: role))
            }
            declaredFirstWords = WordSet(declaredByFirstWord.keys)
        }
    }
    /// The declared names whose role is only guessed from their sex (``NoteCast/guessed``).
    var guessed: Set<[String]> = []
    /// The declared children who are young people (``NoteCast/youngPeople``).
    var youngPeople: Set<[String]> = []
    /// True if the note's "she" is the person causing harm and its "he" the survivor
    /// (``NoteCast/pronounsSwapRoles``).
    var swapsPronounRoles = false
    /// The pronouns whose role ``swapsPronounRoles`` swaps.
    private static let sexedPronouns: WordSet = ["she", "her", "hers", "herself", "he", "him", "his", "himself"]
    /// The age of the girl a record is about (``YoungPersonHeader``), if it is one: its "she"
    /// and "her" are then that child, not a survivor.
    var recordGirlsAge: Int? = nil
    private static let femalePronouns: WordSet = ["she", "her", "hers", "herself"]
    /// A declared name's folded tokens and its role.
    private struct DeclaredName {
        var tokens: [String]
        var role: Role
    }
    /// The declared names by their first folded token, so that a sentence is read once however
    /// many names the note declares (a 1 MB block of many notes names hundreds of children).
    private var declaredByFirstWord: [String: [DeclaredName]] = [:]
    /// The keys of ``declaredByFirstWord``: most tokens are in neither, and this answers so
    /// without hashing the token with the dictionary's hasher.
    private var declaredFirstWords = WordSet([])
    /// The matcher's working memory, kept from one sentence to the next.
    private let scratch = ScratchBox()

    /// Holds working memory that a value type reuses (the finder is copied, its memory shared;
    /// like the linter that owns it, it serves one thread).
    private final class ScratchBox {
        var automaton = Automaton.Scratch()
    }

    init(automaton: Automaton, roles: [Role]) {
        self.automaton = automaton
        self.roles = roles
    }

    /// Every person reference in `tokens` (token ids for `automaton` are looked up here).
    func references(in tokens: [Token]) -> [Reference] {
        var ided = tokens
        automaton.assignIDs(to: &ided)
        var found = automaton.matches(in: ided, scratch: &scratch.automaton).map { Reference(start: $0.start, end: $0.end, role: roles[Int($0.rule)]) }
        if !declaredByFirstWord.isEmpty {
            for index in tokens.indices {
                guard declaredFirstWords.contains(tokens[index].folded), let names = declaredByFirstWord[tokens[index].folded] else { continue }
                for name in names where index + name.tokens.count <= tokens.count
                    && tokens[index..<(index + name.tokens.count)].lazy.map(\.folded).elementsEqual(name.tokens) {
                    // A declared surname after its title ("with Mr Shahid") starts at the title.
                    let start = index > 0 && CueWords.titles.contains(tokens[index - 1].folded) ? index - 1 : index
                    found.append(Reference(start: start, end: index + name.tokens.count, role: name.role, isDeclared: true,
                                           isGuessed: guessed.contains(name.tokens), isYoungPerson: youngPeople.contains(name.tokens)))
                }
            }
        }
        // A child written with an age under 18, or a baby's: "Amy (7)", "Harper (7 weeks)" (not
        // "Mr Dodd (24)").
        var index = 0
        while index + 3 < tokens.count {
            // The number may follow a word ("aged 8", "twins, 8": ``NoteCast/agePrefixes``).
            var number = index + 2
            if number + 1 < tokens.count, NoteCast.agePrefixes.contains(tokens[number].folded) {
                number += tokens[number + 1].is(",") ? 2 : 1
            }
            if number + 1 < tokens.count, tokens[index].kind == .word, tokens[index + 1].is("("), tokens[number].kind == .number,
               let age = Int(tokens[number].folded),
               index == 0 || !NoteCast.titles.keys.contains(where: { $0.lowercased() == tokens[index - 1].folded }) {
                let unit = number + 2 < tokens.count && tokens[number + 2].is(")") ? NoteCast.ageUnits[tokens[number + 1].folded] : nil
                if tokens[number + 1].is(")") || unit != nil, NoteCast.isChild(age: age, inInfantUnit: unit == true) {
                    found.append(Reference(start: index, end: index + 1, role: .child,
                                           isYoungPerson: NoteCast.isYoungPerson(age: age, inInfantUnit: unit == true)))
                }
            }
            index += 1
        }
        if swapsPronounRoles {
            for index in found.indices where found[index].end - found[index].start == 1 && !found[index].isDeclared
                && Self.sexedPronouns.contains(tokens[found[index].start].folded) {
                switch found[index].role {
                case .survivor: found[index].role = .causer
                case .causer: found[index].role = .survivor
                default: break
                }
            }
        }
        if let recordGirlsAge {
            for index in found.indices where found[index].end - found[index].start == 1 && !found[index].isDeclared
                && found[index].role == .survivor && Self.femalePronouns.contains(tokens[found[index].start].folded) {
                found[index].role = .child
                found[index].isYoungPerson = NoteCast.isYoungPerson(age: recordGirlsAge, inInfantUnit: false)
            }
        }
        // "M" and "F" (the lexicon's shorthand for the mother and the father) only as a capital
        // before a lower-case word ("F lacks insight", "M said"; the tokens may end before the
        // match that follows); not an anonymised "Ms F" or an initial ("F. Hale").
        found.removeAll { reference in
            guard reference.end - reference.start == 1, !reference.isDeclared, Self.parentLetters.contains(tokens[reference.start].folded) else {
                return false
            }
            let index = reference.start
            let follows = index + 1 == tokens.count || tokens[index + 1].kind == .word && (!tokens[index + 1].isCapitalised || tokens[index + 1].is("'s"))
                || tokens[index + 1].is("&")
            return !tokens[index].isCapitalised || !follows || index > 0 && Self.namePrefixes.contains(tokens[index - 1].folded)
        }
        // "his mother", "her father": a relative, or the child's parent ("I told Maya that her
        // dad…"), so someone the checks cannot place; still the subject of what follows.
        for index in found.indices where found[index].end - found[index].start == 1 && !found[index].isDeclared && found[index].start > 0
            && CueWords.parentWords.contains(tokens[found[index].start].folded)
            && CueWords.relativeDeterminers.contains(tokens[found[index].start - 1].folded) {
            found[index].start -= 1
            found[index].role = .unknown
        }
        // Someone called by name ("Dean, you keep…", "we are concerned that [father], you have
        // not…"), or a sentence that opens by calling someone ("Kayleigh, we are worried that
        // you…"): a "you" that no letter places is that person. A "you" that nothing places is
        // no one the checks know: it may be either parent.
        let opening = found.filter { $0.start == 0 && $0.end < tokens.count && tokens[$0.end].is(",") && $0.role != .unknown }.max { $0.end < $1.end }
        for you in tokens.indices where tokens[you].is("you") && !found.contains(where: { $0.start == you }) {
            var nameEnd = you - 1
            if nameEnd > 0, tokens[nameEnd - 1].is("]") || tokens[nameEnd - 1].is(")") { nameEnd -= 1 }
            let called = you > 1 && tokens[you - 1].is(",") ? found.filter { $0.end == nameEnd && $0.role != .unknown }.max { $0.end - $0.start < $1.end - $1.start } : nil
            guard let vocative = called ?? opening else { continue }
            found.append(Reference(start: you, end: you + 1, role: vocative.role, isDeclared: true, isGuessed: vocative.isGuessed,
                                   isYoungPerson: vocative.isYoungPerson))
        }
        // A declared name or a longer reference wins over a shorter one at the same place
        // ("Mr Hale" declared a survivor is not the generic "mr *").
        return found.sorted {
            ($0.start, -($0.end - $0.start), $0.isDeclared ? 0 : 1) < ($1.start, -($1.end - $1.start), $1.isDeclared ? 0 : 1)
        }
    }

    /// The nearest subject-like person reference ending before `position`, if any. Skipped:
    /// object pronouns ("her", "him"), objects of prepositions ("towards Ms Hale"), objects of a
    /// verb after an earlier subject in the same clause ("He hits Ms Kaur because…"), and the
    /// subject of a passive that the match continues ("The children have been put at risk…").
    func subject(before position: Int, in tokens: [Token]) -> Reference? {
        // ", which understandably upset Mr Obi", "…, which put Finn at risk": the subject is
        // what the clause before did, not a person in it.
        if Self.opensWhichClause(at: position, in: tokens) || Self.opensWhichClause(at: position - 1, in: tokens) { return nil }
        var candidates = Self.introducedByBrackets(references(in: Array(tokens[..<min(tokens.count, position)])), in: tokens)
        // "Kwame punched Amara; since then Amara has been disengaged": a clause after a semicolon
        // that names someone has its own subject (a pronoun there may stand for someone before it).
        // So does one whose subject is a thing, a few words before the match ("Gethin has hit
        // his mother; it is learned behaviour…", "…; his abuse of her is learned behaviour"),
        // and a match that opens the clause ("…; he is obsessed with her"): no one before the
        // semicolon is its subject.
        if let semicolon = tokens[..<min(tokens.count, position)].lastIndex(where: { $0.is(";") }),
           candidates.contains(where: { $0.start > semicolon && !Self.pronouns.contains(tokens[$0.start].folded) })
            || semicolon + 1 == position
            || semicolon + 1 < position && position - semicolon <= 4 && Self.thingSubjects.contains(tokens[semicolon + 1].folded)
            || semicolon + 2 <= position && position - semicolon <= 6 && Self.subjectDeterminers.contains(tokens[semicolon + 1].folded)
                && !candidates.contains(where: { $0.start > semicolon + 1 && !Self.pronouns.contains(tokens[$0.start].folded) }) {
            candidates.removeAll { $0.start < semicolon }
        }
        // "While Mr Cole lives nearby, the responsibility … lies with Ms Grant": the people of a
        // clause that a subordinating word fronts, up to its comma, are not the subject of what
        // follows it (not past a colon or a semicolon: "After the arrest I completed an
        // assessment: Mr B has…, and…" has no fronted clause).
        if let first = tokens.first, CueWords.subordinateOpeners.contains(first.folded) || Self.frontingOpeners.contains(first.folded),
           let end = tokens[..<min(tokens.count, position)].firstIndex(where: { $0.is(",") || $0.is(":") || $0.is(";") }),
           tokens[end].is(",") {
            candidates.removeAll { $0.start < end }
        }
        // "Ms Kaur has, despite advice from the school, failed…": the people of an aside
        // (``Asides``) are not the clause's subject either.
        let relativeClauses = Self.relativeClauses(in: tokens, before: position) + Asides.ranges(in: tokens, before: position)
        var best: Reference? = nil
        // The last reference read as an object: one listed after it is an object too ("to keep
        // Amara (6) and Tobi (4) living with him"), as is another reference to the same words.
        var object: Range<Int>? = nil
        var listedObjects: [Int] = []
        for var reference in candidates where reference.end <= position {
            // "Ms Carr, whom Mr Dale assaulted in May, has been…": the clause's subject is Ms Carr.
            if relativeClauses.contains(where: { $0.contains(reference.start) }) { continue }
            // "Ms Wood's partner hit her": the subject is her partner.
            if reference.end + 2 <= position, let role = Self.partnerRole(after: reference, in: tokens) {
                reference.end += 2
                reference.role = role
            }
            // A possessive right before the match is its subject: "Mother's inability to…".
            if reference.end + 1 == position, ["'s", "'"].contains(tokens[reference.end].folded) { return reference }
            // A possessive further back names someone else: a relative ("Amina's uncle lost his
            // temper"), or a view whose clause has its own subject ("the professionals' view that
            // Mr Doyle's drinking triggers his aggression").
            if reference.end + 1 < position, ["'s", "'"].contains(tokens[reference.end].folded) {
                let owned = tokens[reference.end + 1].folded
                if CueWords.relatives.contains(owned) { continue }
                // "…never reported any of Mr Doyle's assaults": a possessive inside an object.
                if reference.start > 0, tokens[reference.start - 1].is("of") { continue }
                if Self.viewNouns.contains(owned), reference.end + 2 < position, tokens[reference.end + 2].is("that") { continue }
            }
            let first = tokens[reference.start].folded
            if CueWords.nonSubjectPronouns.contains(first), reference.end - reference.start == 1 { continue }
            // An agency that labels what follows ("Police log summary: alcohol fuelled domestic",
            // "School: ...") is the line's source, not the subject of the clause after the colon.
            if reference.role == .agency, isLabel(reference, before: position, in: tokens) { continue }
            if isPrepositionalObject(reference, in: tokens) || Self.opensSentencePhrase(reference, in: tokens) { continue }
            if let current = best, current.start == reference.start, declaredWins(current, over: reference) { continue }
            // (A subject pronoun after "and" opens a clause: "…close to their father and he is…".)
            if let listed = object, listed.lowerBound == reference.start
                || listed.upperBound <= reference.start && !CueWords.subjectPronouns.contains(tokens[reference.start].folded)
                    && Self.onlyListSeparators(tokens[listed.upperBound..<reference.start]) {
                object = reference.start..<reference.end
                listedObjects.append(reference.start)
                continue
            }
            if Self.isDescribed(reference, before: position, in: tokens) {
                best = reference
                object = nil
                continue
            }
            if let current = best, isObject(reference, after: current, before: position, in: tokens) {
                object = reference.start..<reference.end
                continue
            }
            if isPassiveSubject(reference, before: position, in: tokens) { continue }
            if best == nil || reference.start >= best!.start { best = reference }
        }
        if let best, opensClauseWithUnnamedSubject(after: best, before: position, in: tokens, references: candidates, listedObjects: listedObjects) {
            return nil
        }
        // A "you" that no letter places, with only auxiliaries between it and the match, is
        // the match's subject, whose role is unknown ("…the children are safe you will need to
        // apply…").
        if let best, best.end < position, position <= tokens.count,
           let you = tokens[best.end..<position].lastIndex(where: { $0.is("you") }),
           tokens[(you + 1)..<position].allSatisfy({ CueWords.auxiliaries.contains($0.folded) }),
           !candidates.contains(where: { $0.start == you }) {
            return nil
        }
        if let best, let child = Self.childThePronounNames(best, among: candidates, in: tokens) { return child }
        // A match that opens with "she" or "he" where the clause before names no one or only a
        // child names its own subject: "…is harming the children, yet she has not taken the
        // steps". So does one that opens with a name after only a child ("Since they split, Mr
        // Jones has been besotted with Mr Wood": "they" may be children), unless it is a
        // possessive ("Ms Reid's drinking…", whose rule reads the owner itself).
        // So does one after the writer ("…and when I visited she came across as…": the writer
        // is never "she").
        let writerIsBest = best.map { $0.end - $0.start == 1 && (tokens[$0.start].is("i") || tokens[$0.start].is("we")) } ?? false
        if best == nil || best?.role == .child || writerIsBest, position < tokens.count,
           tokens[position].is("she") || tokens[position].is("he") || best != nil && !writerIsBest && tokens[position].isCapitalised,
           let opening = references(in: Array(tokens[..<min(tokens.count, position + 2)])).first(where: { $0.start == position }),
           opening.role != .child, opening.end >= tokens.count || !["'s", "'"].contains(tokens[opening.end].folded) {
            return Self.childThePronounNames(opening, among: candidates, in: tokens) ?? opening
        }
        return best
    }

    /// True if `reference` is the object of a verb that describes or judges it, and so the
    /// subject of the match: "The IDVA described Mr Reid as obsessed with…" (the match after
    /// "as"), "Officers found Ms Mensah hysterical" (the match right after the object).
    private static func isDescribed(_ reference: Reference, before position: Int, in tokens: [Token]) -> Bool {
        guard reference.start > 0, reference.end <= position else { return false }
        let verb = tokens[reference.start - 1].folded
        if reference.end == position { return judgingVerbs.contains(verb) }
        return describingVerbs.contains(verb) && tokens[reference.end].is("as")
    }

    /// Verbs that pass a judgement on their object ("found Ms Mensah hysterical", "considered
    /// her unreliable"): an object right before the match is what the match describes.
    private static let judgingVerbs: WordSet = [
        "found", "finds", "find", "considered", "considers", "consider", "deemed", "deems", "judged", "judges",
        "thought", "thinks", "believed", "believes",
    ]

    /// Words that front a clause or phrase before the sentence's subject, besides the
    /// subordinating conjunctions: "Given Mr Chaudhry's standing, Ms Begum's account…",
    /// "Should Mr Bailey be found there, Ms Reid will…", "Unless Mr Eze engages, Ms Obi…".
    private static let frontingOpeners: WordSet = ["given", "unless", "until", "should", "considering"]

    /// True if ", which" opens a clause at `index` (the "which"): its subject is what the
    /// clause before it did, and it is the writer's comment on what went before.
    static func opensWhichClause(at index: Int, in tokens: [Token]) -> Bool {
        index >= 1 && index < tokens.count && tokens[index].is("which") && tokens[index - 1].is(",")
    }

    /// Words that open a clause about a thing ("…; it is learned behaviour", "…; this was…").
    private static let thingSubjects: WordSet = ["it", "this", "there"]
    /// Words that open a noun phrase as a clause's subject after a semicolon ("…; the concerns
    /// are…", "…; his abuse of her is…"); not "her", which may be the person herself.
    private static let subjectDeterminers: WordSet = ["the", "his", "their", "its", "these", "those"]
    private static let pronouns: WordSet = ["she", "he", "her", "him", "his", "they", "them", "their", "hers"]

    /// The child that a subject pronoun stands for, if the sentence names no one else before it:
    /// in "Ashleigh (15) has been missing…; staff believe she is staying with her boyfriend",
    /// "she" is Ashleigh.
    private static func childThePronounNames(_ pronoun: Reference, among references: [Reference], in tokens: [Token]) -> Reference? {
        guard pronoun.end - pronoun.start == 1, !pronoun.isDeclared, tokens[pronoun.start].is("she") || tokens[pronoun.start].is("he"),
              let child = references.last(where: { $0.role == .child && $0.end <= pronoun.start && tokens[$0.start].isCapitalised })
        else { return nil }
        // A parent word between them ("…close to their father and he is…") may be the one; so
        // may the same pronoun earlier in the sentence ("He takes Lena to the park and he is…").
        if tokens[child.end..<pronoun.start].contains(where: { CueWords.parentWords.contains($0.folded) }) { return nil }
        // Nor is a pronoun that the sentence calls a parent ("With Amara he is a loving dad").
        if isCalledAParent(pronoun, in: tokens) { return nil }
        if tokens[..<pronoun.start].contains(where: { $0.folded == tokens[pronoun.start].folded }) { return nil }
        // Anyone else named before the pronoun may be the one it stands for (not pronouns, nor
        // a body of people: "staff believe she…").
        let others = references.filter {
            $0.end <= pronoun.start && $0.role != .child && !pronouns.contains(tokens[$0.start].folded)
                && !($0.role == .agency && CueWords.professionalGroups.contains(tokens[$0.end - 1].folded))
        }
        guard others.isEmpty else { return nil }
        var resolved = child
        resolved.start = pronoun.start
        resolved.end = pronoun.end
        return resolved
    }

    /// True if a form of "be" and "a"/"an" after `pronoun` lead, within a few words, to a
    /// parent word: "he is a really loving dad", "she was a good mum".
    private static func isCalledAParent(_ pronoun: Reference, in tokens: [Token]) -> Bool {
        guard pronoun.end + 2 < tokens.count, CueWords.beForms.contains(tokens[pronoun.end].folded) else { return false }
        let predicate = tokens[(pronoun.end + 1)..<min(tokens.count, pronoun.end + 6)]
        guard let article = predicate.firstIndex(where: { $0.is("a") || $0.is("an") }) else { return false }
        return tokens[article..<predicate.endIndex].contains { CueWords.parentWords.contains($0.folded) }
    }

    /// `references` with each name that a bracket after it places ("Seán (Mr Murphy)", "F (Mr
    /// Reilly)") read as one reference in the bracket's role: the name before it is no
    /// reference yet, or only a guess or of unknown role. A bracket after a role word keeps
    /// that word's role ("the social worker (Ms Kerr)").
    private static func introducedByBrackets(_ references: [Reference], in tokens: [Token]) -> [Reference] {
        var result = references
        var changed = false
        for inside in references where inside.role != .unknown && inside.start >= 2 && inside.end < tokens.count
            && tokens[inside.start - 1].is("(") && tokens[inside.end].is(")") {
            let nameAt = inside.start - 2
            guard tokens[nameAt].kind == .word, tokens[nameAt].isCapitalised else { continue }
            let before = references.filter { $0.end == nameAt + 1 }
            guard before.allSatisfy({ $0.role == .unknown || $0.isGuessed || $0.end - $0.start == 1 && parentLetters.contains(tokens[$0.start].folded) })
            else { continue }
            result.removeAll { $0.end == nameAt + 1 }
            result.append(Reference(start: before.map(\.start).min() ?? nameAt, end: inside.end + 1, role: inside.role,
                                    isDeclared: inside.isDeclared, isGuessed: inside.isGuessed, isYoungPerson: inside.isYoungPerson))
            changed = true
        }
        guard changed else { return references }
        return result.sorted { ($0.start, -($0.end - $0.start)) < ($1.start, -($1.end - $1.start)) }
    }

    /// True if `tokens` hold only what joins the entries of a list of people: "and", "or", a
    /// comma, and a bracketed age ("Amara (6) and Tobi").
    private static func onlyListSeparators(_ tokens: ArraySlice<Token>) -> Bool {
        tokens.contains { $0.is("and") || $0.is("or") || $0.is(",") }
            && tokens.allSatisfy { $0.is("and") || $0.is("or") || $0.is(",") || $0.is("(") || $0.is(")") || $0.kind == .number }
    }

    /// How many words after a reference a label's colon may stand ("Police log summary:").
    private static let labelLength = 3

    /// True if a colon follows `reference` within ``labelLength`` words and before `position`.
    private func isLabel(_ reference: Reference, before position: Int, in tokens: [Token]) -> Bool {
        let end = min(position, reference.end + Self.labelLength)
        return reference.end < end && tokens[reference.end..<end].contains { $0.is(":") }
    }

    /// The role that the sentence itself shows for `subject` where a guess would mislead, or
    /// nil to keep its role (``RoleEvidence``).
    func roleShown(for subject: Reference, in tokens: [Token]) -> Role? {
        // A name the note writes with its title ("Mr Rhys Morgan") has its role from the title:
        // a guess, too, however the cast took it.
        let isTitled = CueWords.titles.contains(tokens[subject.start].folded)
        guard !subject.isDeclared || subject.isGuessed || isTitled, subject.role != .agency, subject.role != .child else { return nil }
        // Most sentences name no violence: read their people only to compare guesses.
        guard subject.isGuessed || RoleEvidence.mayTellWhoIsViolent(tokens) else { return nil }
        let others = references(in: tokens).filter {
            ($0.end <= subject.start || $0.start >= subject.end) && !Self.isVocative($0, in: tokens)
        }
        return RoleEvidence.role(of: subject, among: others, in: tokens)
    }

    /// True if `reference` is a vocative ("Dean, you…"), the "you" it names rather than another
    /// person: a comma follows it, and no relative clause (", who has assaulted him").
    private static func isVocative(_ reference: Reference, in tokens: [Token]) -> Bool {
        reference.end < tokens.count && tokens[reference.end].is(",")
            && !(reference.end + 1 < tokens.count && tokens[reference.end + 1].is("who"))
    }

    /// The role of the partner that a possessive of `reference` names ("Ms Wood's partner",
    /// "Mr Hale's ex"): a survivor's partner is the person causing harm, and his partner the
    /// survivor. Nil if no partner word follows the possessive.
    private static func partnerRole(after reference: Reference, in tokens: [Token]) -> Role? {
        guard reference.end + 1 < tokens.count, ["'s", "'"].contains(tokens[reference.end].folded),
              partnerWords.contains(tokens[reference.end + 1].folded) else { return nil }
        switch reference.role {
        case .survivor: return .causer
        case .causer: return .survivor
        default: return nil
        }
    }

    /// Words for a partner whose role is the other partner's opposite.
    private static let partnerWords: WordSet = ["partner", "ex", "ex-partner", "fiance", "fiancé", "fiancee", "fiancée"]

    /// The spans of relative clauses and participle phrases set off by commas that close before
    /// `position` (", whom Mr Dale assaulted in May,", ", referred after Mr Petrov's arrest,"):
    /// the people in them are not the main clause's subject.
    private static func relativeClauses(in tokens: [Token], before position: Int) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = 0
        while index + 1 < position {
            if tokens[index].is(","), clauseOpeners.contains(tokens[index + 1].folded),
               let close = tokens[(index + 2)..<position].firstIndex(where: { $0.is(",") }) {
                spans.append(index..<close)
                index = close
            }
            index += 1
        }
        return spans
    }

    /// Words that open a relative clause or a participle phrase after a comma.
    private static let clauseOpeners: WordSet = [
        "who", "whom", "whose", "referred", "arrested", "charged", "convicted", "supported", "released", "bailed", "seen",
        "interviewed", "visited",
    ]

    /// Verbs after which a person is described "as" something ("described him as obsessed").
    private static let describingVerbs: WordSet = [
        "described", "describes", "describe", "regarded", "regards", "regard", "viewed", "views", "saw", "sees",
        "portrayed", "portrays", "characterised", "characterises", "characterized", "characterizes",
    ]

    /// Nouns of a view that a "that" clause states ("the manager's view that…").
    private static let viewNouns: WordSet = [
        "view", "views", "opinion", "belief", "assessment", "conclusion", "understanding", "position", "concern", "feeling",
        "impression", "sense", "argument", "case", "evidence", "suggestion", "claim", "fear", "worry", "hope",
    ]

    /// The lexicon's one-letter person references: "M" for the mother, "F" for the father.
    private static let parentLetters: WordSet = ["m", "f"]
    /// Words that make a following single letter part of a name or a label ("Ms F", "Adult M",
    /// "Flat F").
    private static let namePrefixes = WordSet(Array(CueWords.titles) + [
        "adult", "child", "person", "subject", "family", "sex", "gender", "male", "female",
        "baby", "case", "appendix", "section", "part", "grade", "class", "block", "flat", "unit", "room", "ward", "plan", "option", "of",
    ])

    /// True if `reference` is the object of a preposition: right after it ("towards Ms Hale"),
    /// or after it and an article or a possessive ("with the children", "loyal to their
    /// father"; "as a child", where "as" counts only before an article, since "as she left"
    /// opens a clause). An agency may have words of its
    /// name or kind before it ("with the IDVA service", "to local housing services").
    private func isPrepositionalObject(_ reference: Reference, in tokens: [Token]) -> Bool {
        var start = reference.start
        if reference.role == .agency {
            while start > 0, reference.start - start < 2, CueWords.serviceModifiers.contains(tokens[start - 1].folded) { start -= 1 }
        }
        guard start > 0 else { return false }
        let before = tokens[start - 1].folded
        if CueWords.prepositions.contains(before) { return true }
        // "Mr Obi's abuse of Ms Eze…": the person harmed, not the subject.
        if before == "of", start > 1, Self.harmNouns.contains(tokens[start - 2].folded) { return true }
        guard start > 1 else { return false }
        let preposition = tokens[start - 2].folded
        if CueWords.possessivePronouns.contains(before) { return CueWords.prepositions.contains(preposition) }
        guard CueWords.articles.contains(before) else { return false }
        return CueWords.prepositions.contains(preposition) || preposition == "as"
    }

    /// Nouns of harm whose "of" leads to the person harmed ("his abuse of Ms Eze").
    private static let harmNouns: WordSet = [
        "abuse", "violence", "assault", "assaults", "treatment", "harassment", "stalking", "intimidation", "control", "rape",
        "strangulation", "abduction", "murder", "coercion",
    ]

    /// Words that open a sentence with a phrase or a clause before its subject ("Despite the
    /// previous police call-outs Kayleigh has failed…", "After the school's referral Ms Hale…",
    /// "When I visited on 2 September the home was chaotic").
    private static let phraseOpeners: WordSet = [
        "despite", "following", "after", "since", "before", "given", "during", "throughout", "when", "whenever", "while", "whilst", "once",
    ]
    /// Of those, the ones that open a clause (with its own subject), never a phrase.
    private static let subordinators: WordSet = ["when", "whenever", "while", "whilst", "once"]

    /// True if `reference` is an agency within three words of such an opening word at the
    /// sentence's start, with only lower-case words between: part of the phrase, not the subject.
    /// A "you" that no letter places after such a clause ("When I visited you presented as…")
    /// may be either parent, or the reader: the writer stays the subject.
    private static func opensSentencePhrase(_ reference: Reference, in tokens: [Token]) -> Bool {
        guard reference.role == .agency, reference.start >= 1, reference.start <= 4, phraseOpeners.contains(tokens[0].folded) else { return false }
        if subordinators.contains(tokens[0].folded), tokens[reference.end...].contains(where: { $0.is("you") }) { return false }
        return tokens[1..<reference.start].allSatisfy { $0.kind == .word && !$0.isCapitalised && !CueWords.auxiliaries.contains($0.folded) }
    }

    /// Nouns of a judgement whose "is that" opens what is judged ("the assessment is that…").
    private static let judgementNouns: WordSet = [
        "assessment", "view", "conclusion", "concern", "worry", "opinion", "analysis", "judgement", "judgment", "recommendation",
        "finding", "impression", "sense", "position",
    ]
    /// Determiners that open a noun phrase about a thing ("the recent assaults"), or the
    /// reader's ("we understand that your violence…", in a letter to him).
    private static let thingDeterminers: WordSet = ["the", "this", "these", "those", "your"]
    /// Verbs of the writer's own view ("We think the recent assaults…", "We understand that
    /// your violence…").
    private static let thinkingVerbs: WordSet = [
        "think", "thinks", "thought", "believe", "believes", "believed", "feel", "feels", "felt", "consider", "considers", "considered",
        "understand", "understands", "understood", "know", "knows", "knew", "recognise", "recognises", "recognize", "recognizes",
    ]

    /// True if a verb of saying or thinking after `reference` opens a clause whose subject is a
    /// capitalised word that is no known person ("The social worker feels Chloe is choosing…",
    /// "Mr Hale said that Jo…"), or that starts the match ("Probation said Mr Croft's
    /// offending…"), or no person at all ("I find that the assault was caused by…"): the match
    /// belongs to that clause, whose subject is unknown. `references` are the people before the match.
    private func opensClauseWithUnnamedSubject(after reference: Reference, before position: Int, in tokens: [Token],
                                               references: [Reference], listedObjects: [Int]) -> Bool {
        var index = reference.end
        while index < position, index + 1 < tokens.count {
            let word = tokens[index].folded
            // A label's colon opens one too ("Probation: Mr Croft's offending…").
            // A finding whose clause names no person before the match.
            // So does a judgement's "is that" ("…while Niamh (5) was upstairs, and the
            // assessment is that this attack was fuelled by…").
            let statesJudgement = (word == "is" || word == "was") && index > 0 && Self.judgementNouns.contains(tokens[index - 1].folded)
            if CueWords.findingVerbs.contains(word) || statesJudgement, tokens[index + 1].is("that"),
               !references.contains(where: { $0.start > index && $0.start < position }) {
                return true
            }
            // So does a conjunction before a name no one has introduced ("The unborn baby is at
            // risk because Kayla has…").
            if CueWords.clauseVerbs.contains(word) || word == ":" || CueWords.clauseOpeners.contains(word) {
                var next = index + 1
                if tokens[next].is("that"), next + 1 < tokens.count { next += 1 }
                // Not a name that continues a list of objects ("keep Amara (6) and Tobi (4)").
                if tokens[next].kind == .word, tokens[next].isCapitalised, !listedObjects.contains(next) { return true }
                // "I think there may be disguised compliance", "We think the recent assaults are
                // driven by…": a clause about no one named.
                // (Not counting a person after a preposition inside the noun phrase: "your
                // violence towards Ms Hale is…".)
                if tokens[next].is("there")
                    || reference.role == .agency && Self.thinkingVerbs.contains(word) && Self.thingDeterminers.contains(tokens[next].folded),
                   !references.contains(where: { $0.start > next && $0.start < position && !isPrepositionalObject($0, in: tokens) }) {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// True if `reference` directly follows a verb-like word in the clause whose subject is `subject`.
    /// Not when that clause is a subordinate one opening the sentence and `reference` is followed
    /// by nothing but auxiliaries before the match at `position`: in "When police arrived Ms Dunn
    /// was hysterical", Ms Dunn is the subject of the main clause.
    private func isObject(_ reference: Reference, after subject: Reference, before position: Int, in tokens: [Token]) -> Bool {
        guard reference.start > subject.end, reference.start > 0 else { return false }
        if opensElidedClause(reference, before: position, in: tokens) { return false }
        // Look past an article: "that the mother has…" opens a clause as "that Ms Hale has…" does.
        var before = reference.start - 1
        while before > subject.end, CueWords.articles.contains(tokens[before].folded) { before -= 1 }
        let previous = tokens[before]
        guard previous.kind == .word, !previous.isCapitalised, !CueWords.clauseBreaks.contains(previous.folded),
              !CueWords.clauseVerbs.contains(previous.folded),
              !["or", "that", "'s", "'", "of", "about", "for"].contains(previous.folded) else { return false }
        // A clause break or a "that" between them opens a new clause ("The school are aware that
        // over the holidays mum allowed…").
        guard !tokens[subject.end..<reference.start].contains(where: { CueWords.clauseBreaks.contains($0.folded) || $0.is("that") })
        else { return false }
        let opensSubordinateClause = subject.start > 0 && tokens[subject.start - 1].kind == .word
            && CueWords.clauseBreaks.contains(tokens[subject.start - 1].folded)
        let leadsToMatch = reference.end < position && tokens[reference.end..<position].allSatisfy { CueWords.auxiliaries.contains($0.folded) }
        return !(opensSubordinateClause && leadsToMatch)
    }

    /// True if `reference`, kept from the match at `position` by auxiliaries only, opens a
    /// clause whose "that" was left out: a subject pronoun or a name (capitalised, or known to
    /// the note in any case) before a finite verb ("I
    /// advised M on the phone she must apply…", "We remain worried M lacks insight"; not a noun
    /// such as "service", which may end a phrase: "his PTSD from his army service is…"; not
    /// before a past tense, which may be a relative clause's: "about the night he lost his temper").
    private func opensElidedClause(_ reference: Reference, before position: Int, in tokens: [Token]) -> Bool {
        // "you" too: a letter's "…the children are safe you will need to apply…".
        let isSubjectPronoun = reference.end - reference.start == 1
            && (CueWords.subjectPronouns.contains(tokens[reference.start].folded) || tokens[reference.start].is("you"))
        return (reference.end < position || reference.end == position && position < tokens.count)
            && (isSubjectPronoun || tokens[reference.start].isCapitalised || reference.isDeclared)
            && tokens[reference.end..<position].allSatisfy({ CueWords.auxiliaries.contains($0.folded) && !$0.is("'s") })
            && Self.opensFiniteClause(tokens[reference.end], matchStartsHere: reference.end == position)
    }

    /// True if `token` is a finite verb that opens a clause after a person: one of
    /// ``CueWords/clauseOpeningVerbs``, or, where the match starts at it, a present-tense verb in -s ("M lacks
    /// insight"; the match's own first word is a verb, not an object's noun).
    private static func opensFiniteClause(_ token: Token, matchStartsHere: Bool) -> Bool {
        guard token.kind == .word, !token.isCapitalised else { return false }
        if CueWords.clauseOpeningVerbs.contains(token.folded) { return true }
        let folded = token.folded
        return matchStartsHere && folded.utf8.count >= 4 && folded.hasSuffix("s") && !folded.hasSuffix("ss")
    }

    /// True if only auxiliaries with a form of "be" stand between `reference` and a match that
    /// starts with a past participle ("have been put", "was exposed"); not one of
    /// ``CueWords/feelingWords`` ("is worried"), whose subject feels it.
    private func isPassiveSubject(_ reference: Reference, before position: Int, in tokens: [Token]) -> Bool {
        let between = tokens[reference.end..<position].map(\.folded)
        guard !between.isEmpty, between.count <= 4, position < tokens.count,
              between.allSatisfy(CueWords.auxiliaries.contains), between.contains(where: CueWords.beForms.contains) else { return false }
        let next = tokens[position].folded
        if CueWords.feelingWords.contains(next) { return false }
        return next.hasSuffix("ed") || next.hasSuffix("en") || next.hasSuffix("wn") || CueWords.irregularParticiples.contains(next)
    }

    /// The role of a person reference starting within two tokens of `position` ("according to
    /// the school", "according to Ms Hale"), or `.unknown`.
    func roleOfReference(startingNear position: Int, in tokens: [Token]) -> Role {
        let window = Array(tokens[..<min(tokens.count, position + 6)])
        // A relative ("her mother") is read by its possessive below, as "her" alone.
        let isRelative = { (reference: Reference) in reference.role == .unknown && !reference.isDeclared && reference.end - reference.start == 2 }
        guard let reference = references(in: window).first(where: { $0.start >= position && $0.start <= position + 2 && !isRelative($0) })
        else { return .unknown }
        // "according to Mr Kaur's probation officer": the officer speaks, not Mr Kaur; so too
        // "according to her head of year" (but "according to her sister", a relative of hers).
        if reference.end < tokens.count, ["'s", "'"].contains(tokens[reference.end].folded) { return .unknown }
        if reference.end == reference.start + 1, CueWords.possessivePronouns.contains(tokens[reference.start].folded),
           reference.end < tokens.count, tokens[reference.end].kind == .word, !CueWords.relatives.contains(tokens[reference.end].folded) {
            return .unknown
        }
        return reference.role
    }

    private func declaredWins(_ current: Reference, over other: Reference) -> Bool {
        current.end - current.start >= other.end - other.start
    }
}
