/// Reads how a case note introduces a parent by a bare name, and gives the name the role the
/// catalogue gives that parent word (the lexicon's patterns read "mother" and "mum" as the
/// survivor, "father", "dad" and "boyfriend" as the person causing harm):
/// - "Kerry (mother)", "Dean (dad)", "Dean (mum's partner)";
/// - "Mum Kerry", "the children's father, Dean", "her partner Dean";
/// - "Kerry, the children's mother,", "Dean is the father of Ayla".
///
/// A parent of someone else ("Kerry's mother, Jean", "his father Dean") is not the children's
/// parent and is left alone, unless that someone is one of the note's children: such
/// introductions keep their possessor, and ``RoleClues`` counts them only if the note gives
/// that name a child's age ("Ayla (6)"). A bare "Jean, mum and Ayla" may be a list, so a
/// comma needs a determiner ("the", "their", a possessive) with the parent word.
enum RoleIntroductions {
    /// One introduction read: the role its parent word gives the name, and, if the note says
    /// whose parent it is by name ("Ayla's mother, Kerry"), that name, which must be a child's.
    struct Introduction: Equatable {
        var role: Role
        var possessor: String?
    }

    private static let mothers: WordSet = ["mother", "mum", "mummy", "mom"]
    private static let fathers: WordSet = ["father", "dad", "daddy", "stepfather", "stepdad", "step-father", "step-dad"]
    /// A mother's partner ("mum's partner", "her boyfriend") is read as the person causing harm.
    private static let partners: WordSet = ["partner", "boyfriend", "husband", "ex-partner", "ex-husband", "ex-boyfriend", "ex"]
    /// The parent and partner words an introduction needs (the linter reads a note's people
    /// only if it speaks of abuse or holds one of these).
    static var relationWords: [String] { Array(relations) }

    /// Words whose possessive names the children as a group ("the children's mother").
    private static let childGroups: WordSet = ["children", "child", "baby", "kids", "boys", "girls", "twins", "siblings", "family"]
    /// Possessive pronouns that make a parent someone else's ("his father Dean").
    private static let otherPeoples: WordSet = ["her", "his", "my", "your", "our", "its"]
    private static let her: WordSet = ["her"]
    private static let determiners: WordSet = ["the", "their"]
    private static let relations = WordSet(Array(mothers) + Array(fathers) + Array(partners))
    /// Per byte: true if it is the last letter of a relation word, in lower case.
    private static let relationLastLetters: [Bool] = {
        var letters = [Bool](repeating: false, count: 256)
        for word in relations { letters[Int(word.utf8.last!)] = true }
        return letters
    }()
    /// Words after a parent word that leave it the whole relation ("mother of Ayla", "mum
    /// said"), unlike a longer noun ("mother figure").
    private static let relationEnds: WordSet = ["of", "to", "said", "says", "reported", "told", "has", "had", "was", "is", "attended", "stated"]

    /// Words that open a professional's role in brackets after a name ("Kerry Blythe (SW)",
    /// "Anne Fuller (health visitor)", "Mrs Shah (nursery manager)").
    private static let professions = WordSet(Array(modifiersAndVerbs) + Array(CueWords.professionalAbbreviations) + [
        "officer", "teacher", "headteacher", "manager", "midwife", "nurse", "cafcass", "practitioner", "caseworker", "worker",
        "advocate", "paediatrician", "psychologist",
        // Ranks and titles before a name ("Detective Sergeant Amy Hale", "Dr Lena Ford").
        "sergeant", "sgt", "constable", "detective", "inspector", "di", "dci", "superintendent", "dr", "doctor", "judge",
        "councillor", "cllr", "solicitor", "barrister",
        // Roles whose own word opens them ("Learning Mentor" and "Housing Officer" open with
        // ``modifiersAndVerbs``).
        "mentor", "therapist", "counsellor", "psychiatrist", "paramedic", "consultant", "coordinator", "co-ordinator",
        "childminder", "interpreter", "assistant",
    ])

    /// The introduction around the capitalised name at `name` in `bytes`, if there is one: as a
    /// parent, or else as a professional (``Role/agency``), who speaks for an agency, not for
    /// the family.
    static func introduction(ofNameAt name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Introduction? {
        after(name, bytes) ?? before(name, bytes) ?? professional(name, bytes)
    }

    /// True if the titled name at `name` (from the title to the surname) is introduced as a
    /// professional's: "Mr Pell (DSL)", "Mr Pell, DSL", "DSL (Mr Pell)", "DSL Mr Pell". A title
    /// says a family role only when nothing else does.
    static func isProfessional(titledNameAt name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if professional(name, bytes) != nil { return true }
        let end = name.upperBound
        if end + 2 < bytes.count, bytes[end] == UInt8(ascii: ","), bytes[end + 1] == 0x20,
           let word = word(at: end + 2, bytes), professions.contains(text(word, bytes)) { return true }
        var start = name.lowerBound
        if start > 0, bytes[start - 1] == UInt8(ascii: "(") { start -= 1 }
        guard start > 1, bytes[start - 1] == 0x20, let word = word(endingAt: start - 1, bytes) else { return false }
        let before = text(word, bytes)
        return professions.contains(before) && !modifiersAndVerbs.contains(before)
    }

    /// Words of ``professions`` that open a profession ("family support worker", "social
    /// worker", "learning mentor") or are verbs, so that before a name they make no
    /// professional: "Carla to support Ms Ashworth", "the school Ms Reid chose".
    private static let modifiersAndVerbs: WordSet = [
        "support", "social", "health", "school", "nursery", "team", "independent", "specialist", "deputy", "head", "student",
        "chair", "police", "probation", "learning", "housing", "youth", "outreach", "pastoral", "safeguarding", "designated",
        "key", "class", "early", "refuge",
    ]

    /// "Kerry (SW)", "Anne Fuller (health visitor)", "Tom Riley, Social Worker", and a
    /// meeting's attendance list: "Helen Fairweather – School Nurse", "Amy Hale - IDVA".
    private static func professional(_ name: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Introduction? {
        let index = name.upperBound
        guard index + 2 < bytes.count else { return nil }
        var roleStart = index + 2
        if bytes[index] == 0x20, let dash = dashLength(at: index + 1, bytes), index + 2 + dash < bytes.count, bytes[index + 1 + dash] == 0x20 {
            roleStart = index + 2 + dash
        } else if !(bytes[index] == 0x20 && bytes[index + 1] == UInt8(ascii: "(") || bytes[index] == UInt8(ascii: ",") && bytes[index + 1] == 0x20) {
            return nil
        }
        guard let word = word(at: roleStart, bytes), professions.contains(text(word, bytes)) else { return nil }
        return Introduction(role: .agency, possessor: nil)
    }

    /// The length of the hyphen, en dash or em dash at `index`, or nil if there is none.
    private static func dashLength(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes[index] == UInt8(ascii: "-") { return 1 }
        // U+2013 and U+2014: E2 80 93, E2 80 94.
        guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 else { return nil }
        return 3
    }

    /// "Kerry (mother)", "Kerry, the children's mother", "Dean is Ayla's father".
    private static func after(_ name: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Introduction? {
        var index = name.upperBound
        guard index + 2 < bytes.count else { return nil }
        if bytes[index] == 0x20, bytes[index + 1] == UInt8(ascii: "(") {
            guard let word = word(at: index + 2, bytes), let found = role(of: word, bytes) else { return nil }
            return Introduction(role: found.role, possessor: found.possessor)
        }
        let afterComma = bytes[index] == UInt8(ascii: ",")
        if afterComma {
            index += 1
        } else if bytes[index] == 0x20, let linkEnd = linkEnd(at: index + 1, bytes) {
            index = linkEnd
        } else {
            return nil
        }
        guard index + 1 < bytes.count, bytes[index] == 0x20, var word = word(at: index + 1, bytes) else { return nil }
        var determined = possessiveEnd(word, bytes) != nil
        if bytes[word.lowerBound] | 0x20 == UInt8(ascii: "t"), determiners.contains(text(word, bytes)) {
            guard word.upperBound < bytes.count, bytes[word.upperBound] == 0x20, let next = self.word(at: word.upperBound + 1, bytes) else { return nil }
            word = next
            determined = true
        }
        guard determined || !afterComma, let found = role(of: word, bytes) else { return nil }
        return Introduction(role: found.role, possessor: found.possessor)
    }

    /// "Mum Kerry", "the children's father, Dean", "her partner Dean", "Ayla's mum Kerry",
    /// "Mother: Kerry Dunn".
    private static func before(_ name: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Introduction? {
        var end = name.lowerBound - 1
        guard end > 0, bytes[end] == 0x20 else { return nil }
        let afterComma = bytes[end - 1] == UInt8(ascii: ",")
        // A record's header line: "Mother: Nicola Bennett".
        let afterColon = bytes[end - 1] == UInt8(ascii: ":")
        if afterComma || afterColon { end -= 1 }
        // A form's label that names the role itself: "Person causing harm: Carol Ashworth".
        if afterColon, let role = labelRole(endingAt: end, bytes) { return Introduction(role: role, possessor: nil) }
        // Most names follow other words: every relation word ends in one of these letters.
        guard end > 0, relationLastLetters[Int(bytes[end - 1] | 0x20)], let relation = word(endingAt: end, bytes),
              relations.contains(text(relation, bytes)) else { return nil }
        let relationText = text(relation, bytes)
        let isMother = mothers.contains(relationText)
        if isMother || fathers.contains(relationText) {
            let role: Role = isMother ? .survivor : .causer
            guard let before = possessiveWord(endingAt: relation.lowerBound - 1, bytes) else {
                return afterComma ? nil : Introduction(role: role, possessor: nil)
            }
            if determiners.contains(text(before.word, bytes)) { return Introduction(role: role, possessor: nil) }
            if otherPeoples.contains(text(before.word, bytes)) { return nil }
            guard before.isPossessive else { return afterComma ? nil : Introduction(role: role, possessor: nil) }
            return parent(role, of: before.word, bytes).map { Introduction(role: $0.role, possessor: $0.possessor) }
        }
        // "her partner Dean", "mum's boyfriend, Dean"
        guard partners.contains(relationText), let before = possessiveWord(endingAt: relation.lowerBound - 1, bytes) else { return nil }
        let owner = text(before.word, bytes)
        guard before.isPossessive ? mothers.contains(owner) : her.contains(owner) else { return nil }
        return Introduction(role: .causer, possessor: nil)
    }

    /// Labels that name a role outright before a colon, as police, MARAC and assessment forms
    /// write them ("Person causing harm: Carol Ashworth", "Victim: Graham Ashworth").
    private static let roleLabels: [String: Role] = [
        "person causing harm": .causer, "person using harm": .causer, "person using violence": .causer, "perpetrator": .causer,
        "alleged perpetrator": .causer, "suspect": .causer, "victim": .survivor, "survivor": .survivor, "victim-survivor": .survivor,
        "adult victim": .survivor, "adult harmed": .survivor, "person harmed": .survivor, "adult survivor": .survivor,
        "non-abusing parent": .survivor, "non-abusing carer": .survivor,
    ]
    /// Per byte: true if it ends what comes before a label (a line break, a full stop, a
    /// semicolon, a comma or a table's bar).
    private static let labelBounds: [Bool] = (0...255).map { [0x0A, 0x0D, 0x2E, 0x3B, 0x2C, 0x7C].contains($0) }
    /// The longest of ``roleLabels``, in bytes.
    private static let longestLabel = roleLabels.keys.map(\.utf8.count).max() ?? 0

    /// The role a label gives, if the words before `colon`, from the start of the line or of
    /// the sentence or cell ("… Ashworth. Adult harmed: Graham Ashworth"), after any indent or
    /// bullet, are one of ``roleLabels``.
    private static func labelRole(endingAt colon: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Role? {
        var start = colon
        while start > 0, !labelBounds[Int(bytes[start - 1])] {
            guard colon - start <= longestLabel + 4 else { return nil }
            start -= 1
        }
        while start < colon, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "*") {
            start += 1
        }
        guard colon - start <= longestLabel else { return nil }
        return roleLabels[String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<colon]), as: UTF8.self).lowercased()]
    }

    /// The role that the relation starting with `word` gives a name: a parent word
    /// ("mother"), a mother's partner ("mum's partner"), or a parent of a child group or of a
    /// named possessor ("children's mother", "Ayla's father").
    private static func role(of word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> (role: Role, possessor: String?)? {
        if let end = possessiveEnd(word, bytes) {
            guard end < bytes.count, bytes[end] == 0x20, let next = self.word(at: end + 1, bytes) else { return nil }
            let nextText = text(next, bytes)
            if mothers.contains(text(word, bytes)), partners.contains(nextText) { return (.causer, nil) }
            guard let role = parentRole(nextText), isRelationEnd(next.upperBound, bytes) else { return nil }
            return parent(role, of: word, bytes)
        }
        guard let role = parentRole(text(word, bytes)), isRelationEnd(word.upperBound, bytes) else { return nil }
        return (role, nil)
    }

    /// A parent in `role` of `owner` (a possessive's word): the children's parent for a child
    /// group; for a capitalised name, a parent of that name, to be checked.
    private static func parent(_ role: Role, of owner: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> (role: Role, possessor: String?)? {
        if childGroups.contains(text(owner, bytes)) { return (role, nil) }
        guard bytes[owner.lowerBound] >= UInt8(ascii: "A"), bytes[owner.lowerBound] <= UInt8(ascii: "Z") else { return nil }
        return (role, String(decoding: text(owner, bytes), as: UTF8.self))
    }

    private static func parentRole(_ word: UnsafeBufferPointer<UInt8>) -> Role? {
        if mothers.contains(word) { return .survivor }
        if fathers.contains(word) { return .causer }
        return nil
    }

    /// True if a parent word ending at `index` ends the relation: a mark, the end of the
    /// text, or a word of ``relationEnds``.
    private static func isRelationEnd(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index < bytes.count else { return true }
        switch bytes[index] {
        case UInt8(ascii: ","), UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: ":"), 0x0A, 0x0D: return true
        case 0x20: return word(at: index + 1, bytes).map { relationEnds.contains(text($0, bytes)) } ?? false
        default: return false
        }
    }

    /// Where "is" or "was" and the space after it end, if they start at `start`.
    private static func linkEnd(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes.spells("is ", at: start) { return start + 2 }
        if bytes.spells("was ", at: start) { return start + 3 }
        return nil
    }

    /// True if `byte` is an ASCII letter or a hyphen (as in "step-father").
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "-")
    }

    private static func text(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[word])
    }

    /// The word of ASCII letters (and hyphens) starting at `start`.
    private static func word(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        var end = start
        while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
        return end > start ? start..<end : nil
    }

    /// The word that ends at `end` (exclusive), if a space or a line break comes before it.
    private static func word(endingAt end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard end > 0, end <= bytes.count else { return nil }
        var start = end
        while start > 0, isWordByte(bytes[start - 1]) { start -= 1 }
        guard start < end, start == 0 || bytes[start - 1] == 0x20 || bytes[start - 1] == 0x0A else { return nil }
        return start..<end
    }

    /// The word that ends at `end` (exclusive), with a possessive `'s`, `’s` or `s'` after it
    /// taken off ("children's" gives "children" and true).
    private static func possessiveWord(endingAt end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (word: Range<Int>, isPossessive: Bool)? {
        guard end > 0, end <= bytes.count else { return nil }
        var wordEnd = end
        if bytes.spells("'s", at: end - 2) {
            wordEnd = end - 2
        } else if bytes.spells("’s", at: end - 4) {
            wordEnd = end - 4
        } else if bytes.spells("s'", at: end - 2) {
            wordEnd = end - 1
        }
        guard let word = word(endingAt: wordEnd, bytes) else { return nil }
        return (word, wordEnd < end)
    }

    /// Where the possessive after `word` (`'s`, `’s`, or `'` after an s) ends, or nil if
    /// none follows.
    private static func possessiveEnd(_ word: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let end = word.upperBound
        if bytes.spells("'s", at: end) { return end + 2 }
        if bytes.spells("’s", at: end) { return end + 4 }
        if bytes.spells("s'", at: end - 1) { return end + 1 }
        return nil
    }
}
