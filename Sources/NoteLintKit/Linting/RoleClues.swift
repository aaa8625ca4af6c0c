/// The roles of people a note names by a bare name ("Dean", "Sarah"), read from the plainest
/// statements of who did what to whom:
/// - "Dean hit Sarah", "Dean punches Sarah": Dean causes harm, Sarah survives it;
/// - "Dean's abuse of Sarah", "Dean's violence towards Sarah";
/// - "Sarah was strangled by Dean";
/// - "Dean was arrested for assaulting Sarah" (charged with, convicted of…);
/// - an introduction as a parent ("Kerry (mother)", "the children's father, Dean"; see
///   ``RoleIntroductions``).
///
/// ``NoteCast`` feeds it each capitalised word that is not a title, and each titled name, whose
/// statements count only where they say what the titles do not ("Ms Price hit Mr Okafor"). A
/// name read in both roles is left out, and so is a child (the caller excludes them): a wrong
/// guess would turn the context checks against the note, so only these forms count.
struct RoleClues {
    /// How often each name was read in each role.
    private var seen: [String: (causer: Int, survivor: Int)] = [:]
    /// Names in the order first read.
    private var order: [String] = []
    /// Parents introduced by name (``RoleIntroductions``), with whose parent the note says
    /// each is if that is a name: counted only if it is a child's.
    private var introductions: [(name: String, role: Role, possessor: String?)] = []
    /// Names introduced as professionals ("Kerry Blythe (SW)").
    private var professionals: [String] = []
    /// The surname last read as part of an introduction of its given name ("Adeyemi" of
    /// "Olusegun Adeyemi (father)"): the family's surname, which introduces no one itself.
    private var introducedSurname: Range<Int>? = nil

    /// Acts of abuse with an object, in the forms case notes write them.
    private static let acts: WordSet = [
        "hit", "hits", "punched", "punches", "slapped", "slaps", "kicked", "kicks", "strangled", "strangles", "choked", "chokes",
        "assaulted", "assaults", "attacked", "attacks", "pushed", "pushes", "shoved", "shoves", "grabbed", "grabs", "raped", "rapes",
        "threatened", "threatens", "beat", "beats", "headbutted", "headbutts", "bit", "bites", "abused", "abuses", "battered",
        "stabbed", "smacked", "throttled", "controls", "controlled", "stalked", "stalks", "harassed", "harasses", "beaten", "bitten",
    ]
    /// Verbs of throwing something at someone ("threw a glass at Mr Okafor", "has thrown plates
    /// at Mr Fitzgerald").
    private static let throwingVerbs: WordSet = ["threw", "throws", "thrown"]
    /// The auxiliaries of the perfect ("Ms Reid has punched Mr Reid").
    private static let perfectAuxiliaries: WordSet = ["has", "had", "have"]
    /// Words of how often or when, between an auxiliary and its participle ("has repeatedly
    /// hit", "was twice arrested").
    private static let auxiliaryAdverbs: WordSet = [
        "repeatedly", "regularly", "often", "also", "again", "twice", "once", "previously", "recently", "later", "subsequently",
    ]
    /// How many words "threw … at" may hold, "at" included ("threw a drinking glass at").
    private static let thrownWords = 4
    /// The auxiliaries of "Sarah was strangled by Dean".
    private static let passiveAuxiliaries: WordSet = ["was", "is"]
    /// What the law does to someone for an act ("Dean was arrested for assaulting Sarah"), with
    /// the words that lead from it to the act.
    private static let legalSteps: WordSet = ["arrested", "charged", "convicted", "cautioned", "remanded", "prosecuted", "bailed"]
    private static let legalLinks: WordSet = ["for", "with", "of"]
    /// Partners named before their names ("assaulting her partner Ms Lewis").
    private static let partnerWords: WordSet = ["partner", "wife", "husband", "girlfriend", "boyfriend", "fiance", "fiancee"]
    /// Acts of abuse with an object, as the law names them after "arrested for".
    private static let chargedActs: WordSet = [
        "assaulting", "attacking", "hitting", "punching", "kicking", "strangling", "choking", "stabbing", "threatening",
        "harassing", "stalking", "battering", "raping", "abusing", "controlling", "wounding",
    ]
    /// Nouns of abuse after a possessive ("Dean's abuse of Sarah").
    private static let abuseNouns: WordSet = ["abuse", "violence", "assault", "assaults", "attack", "attacks", "control", "threats"]
    /// Words after such a noun that lead to the person harmed.
    private static let towards: WordSet = ["of", "towards", "toward", "against", "on", "to"]
    /// Capitalised words that begin sentences or name roles and places, not people.
    private static let notNames: WordSet = [
        "the", "a", "an", "he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "his", "her", "their",
        "mum", "mummy", "mom", "dad", "daddy", "mother", "father", "parent", "parents", "police", "officers", "officer", "social",
        "worker", "school", "nursery", "court", "health", "then", "when", "after", "before", "on", "in", "at", "if", "but", "and",
        "also", "later", "today", "yesterday", "tonight", "children", "child", "baby", "staff", "teacher", "nobody", "someone",
        "everyone", "grandmother", "grandfather", "nan", "nanna", "grandma", "grandad", "grandpa", "uncle", "aunt", "auntie",
        "sister", "brother", "partner", "husband", "wife", "boyfriend", "girlfriend", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "who", "what", "where", "why", "how", "there", "here", "all", "both", "one", "no", "not",
        "as", "since", "because", "while", "whilst", "although", "though", "once", "until", "unless", "so", "for", "with",
    ]

    /// Every name read in a statement or introduction, whatever the verdict on its role (a
    /// name read in both roles, or as a professional, is not for guessing either).
    var namesRead: Set<String> {
        Set(order).union(introductions.map(\.name)).union(professionals)
    }

    /// Reads the statement, if any, that begins with the capitalised word at `name` in
    /// `bytes`; `wordEnd` finds where a name ends (as ``NoteCast`` reads names).
    /// Most capitalised words are followed by no act of abuse: the words after the name are
    /// looked at first, and the name itself only when they fit.
    mutating func read(nameAt name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, wordEnd: (Int) -> Int) {
        // "Kerry (mother)", "the children's father, Dean", "Kerry (SW)"; and "Kerry Dunn
        // (mother)", where the note calls her Kerry.
        // "Mrs Adeyemi" is not the father of "Olusegun Adeyemi (father)"; "Ms Hutton" is the
        // professional of "Gail Hutton (social worker)".
        if name == introducedSurname {
            introducedSurname = nil
        } else if readIntroduction(at: name, of: name, bytes) == nil, let surname = Self.surname(after: name, bytes, wordEnd: wordEnd),
                  let role = readIntroduction(at: surname, of: name, bytes) {
            if role != .agency {
                introducedSurname = surname
            } else if let initials = Self.initials(of: name, surname, bytes) {
                // "Supervisee: Tolu Bankole (SW)" … "TB feels…": a professional's initials.
                professionals.append(initials)
            }
        }
        guard let statement = Self.statement(after: name.upperBound, bytes, readingThrows: false, other: { Self.name(at: $0, bytes, wordEnd: wordEnd) }),
              Self.isName(name, bytes) else { return }
        switch statement {
        // "Dean's abuse of Sarah"
        case .possessive(let other): note(causer: name, survivor: other, bytes)
        // "Sarah was strangled by Dean"
        case .passive(let other): note(causer: other, survivor: Self.person(named: name, bytes), bytes)
        // "Dean hit Sarah"
        case .active(let other): note(causer: Self.person(named: name, bytes), survivor: other, bytes)
        }
    }

    /// Reads the statement, if any, that begins with a titled name whose surname is at `name`
    /// and whose title gives `titleRole` ("Ms Price hit Mr Okafor", "Ms Price threw a glass at
    /// Mr Okafor", "Ms Price's violence towards Mr Okafor", "Mr Okafor was assaulted by Ms
    /// Price"), where the other person is titled too. It counts only where the statement says
    /// what the titles do not (a woman harming a man, or two people of one title): titles alone
    /// say the rest.
    ///
    /// Spouses who share a surname ("Mrs Ashworth hit Mr Ashworth") are read with their titles
    /// ("Mrs Ashworth", "Mr Ashworth"): the surname alone would name both.
    mutating func read(titledNameAt name: Range<Int>, title: String, titleRole: Role, in bytes: UnsafeBufferPointer<UInt8>,
                       wordEnd: (Int) -> Int) {
        guard let statement = Self.statement(after: name.upperBound, bytes, readingThrows: true,
                                             other: { Self.titledName(at: $0, bytes, wordEnd: wordEnd) }) else { return }
        let this = (name: name, title: title, titleRole: titleRole)
        let (causer, survivor) = switch statement {
        case .possessive(let other), .active(let other): (this, other)
        case .passive(let other): (other, this)
        }
        guard causer.titleRole == .survivor || survivor.titleRole == .causer else { return }
        if causer.title != survivor.title, bytes[causer.name].elementsEqual(bytes[survivor.name]) {
            let surname = String(decoding: UnsafeBufferPointer(rebasing: bytes[causer.name]), as: UTF8.self)
            Self.count(causer.title + " " + surname, as: .causer, in: &seen, order: &order)
            Self.count(survivor.title + " " + surname, as: .survivor, in: &seen, order: &order)
        } else {
            note(causer: causer.name, survivor: survivor.name, bytes)
        }
    }

    /// How a statement after a name places it, with the other person it names.
    private enum Statement<Other> {
        /// "Dean's abuse of Sarah": the name harms the other.
        case possessive(Other)
        /// "Sarah was strangled by Dean": the other harms the name.
        case passive(Other)
        /// "Dean hit Sarah", "Ms Price threw a glass at Mr Okafor": the name harms the other.
        case active(Other)
    }

    /// The statement that follows a name ending at `index`, with the other person as `other`
    /// reads them where they are written; "threw … at" only if `readingThrows`. Inlined: it
    /// runs at every capitalised word, and as a generic call it cost 1.5 M instructions on 5 MB.
    @inline(__always)
    private static func statement<Other>(after index: Int, _ bytes: UnsafeBufferPointer<UInt8>, readingThrows: Bool,
                                         other: (Int) -> Other?) -> Statement<Other>? {
        if let afterPossessive = possessiveEnd(at: index, bytes) {
            guard let noun = word(at: afterPossessive, bytes), abuseNouns.contains(noun.bytes),
                  let link = word(at: noun.end + 1, bytes), towards.contains(link.bytes),
                  let person = other(link.end + 1) else { return nil }
            return .possessive(person)
        }
        // "Dean, who hit Sarah…": a relative clause says what the name did.
        let index = bytes.spells(", who ", at: index) ? index + 5 : index
        guard var verb = word(at: index + 1, bytes) else { return nil }
        // "Ms Reid has (repeatedly) punched Mr Reid": the perfect's participle is the act.
        if perfectAuxiliaries.contains(verb.bytes), var participle = word(at: verb.end + 1, bytes) {
            if auxiliaryAdverbs.contains(participle.bytes), let next = word(at: participle.end + 1, bytes) { participle = next }
            if acts.contains(participle.bytes) || readingThrows && throwingVerbs.contains(participle.bytes) { verb = participle }
        }
        if passiveAuxiliaries.contains(verb.bytes) {
            guard var act = word(at: verb.end + 1, bytes) else { return nil }
            // "Dean was (twice) arrested for assaulting (his partner) Sarah"
            if auxiliaryAdverbs.contains(act.bytes), let step = word(at: act.end + 1, bytes), legalSteps.contains(step.bytes) { act = step }
            if legalSteps.contains(act.bytes) {
                guard let link = word(at: act.end + 1, bytes), legalLinks.contains(link.bytes),
                      let charged = word(at: link.end + 1, bytes), chargedActs.contains(charged.bytes) else { return nil }
                var named = charged.end + 1
                if let possessive = word(at: named, bytes), possessive.bytes.elementsEqual("her".utf8) || possessive.bytes.elementsEqual("his".utf8),
                   let relation = word(at: possessive.end + 1, bytes), partnerWords.contains(relation.bytes) {
                    named = relation.end + 1
                }
                guard let person = other(named) else { return nil }
                return .active(person)
            }
            guard acts.contains(act.bytes), bytes.spells(" by ", at: act.end), let person = other(act.end + 4) else { return nil }
            return .passive(person)
        }
        if readingThrows, throwingVerbs.contains(verb.bytes) {
            var thrown = verb
            var read = 0
            repeat {
                guard let next = word(at: thrown.end + 1, bytes) else { return nil }
                thrown = next
                read += 1
            } while !thrown.bytes.elementsEqual("at".utf8) && read < thrownWords
            guard thrown.bytes.elementsEqual("at".utf8), let person = other(thrown.end + 1) else { return nil }
            return .active(person)
        }
        guard acts.contains(verb.bytes), let person = other(verb.end + 1) else { return nil }
        return .active(person)
    }

    /// The surname of a titled name starting at `start` ("Mr Okafor"), with its title and the
    /// title's role.
    private static func titledName(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>,
                                   wordEnd: (Int) -> Int) -> (name: Range<Int>, title: String, titleRole: Role)? {
        guard start < bytes.count, start > 0, bytes[start - 1] == 0x20 else { return nil }
        let titleEnd = wordEnd(start)
        guard let (title, role) = NoteCast.title(UnsafeBufferPointer(rebasing: bytes[start..<titleEnd])) else { return nil }
        var surnameStart = titleEnd
        if surnameStart < bytes.count, bytes[surnameStart] == UInt8(ascii: ".") { surnameStart += 1 }
        guard let surname = name(at: surnameStart + 1, bytes, wordEnd: wordEnd) else { return nil }
        return (surname, title, role)
    }

    /// The name that stands for the person written `name`: in "Jason Doherty hit Karen Doherty"
    /// the act is Jason's, since a family surname takes no role.
    private static func person(named name: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        givenName(before: name, bytes) ?? name
    }

    /// The capitalised name right before `name` and one space, if `name` may be its surname
    /// ("Jason Doherty").
    private static func givenName(before name: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let end = name.lowerBound - 1
        guard end > 0, bytes[end] == 0x20 else { return nil }
        var start = end
        while start > 0, bytes[start - 1] | 0x20 >= UInt8(ascii: "a"), bytes[start - 1] | 0x20 <= UInt8(ascii: "z") { start -= 1 }
        guard start < end, start == 0 || bytes[start - 1] < 0x80 && !NoteCast.isWordByte(bytes[start - 1]),
              bytes[start] >= UInt8(ascii: "A"), bytes[start] <= UInt8(ascii: "Z") else { return nil }
        return isName(start..<end, bytes) ? start..<end : nil
    }

    /// Each name read in one role only, in the order first read, leaving out `excluded` and
    /// `children` (the note's children, whose parents' introductions count). Statements of who
    /// harmed whom outweigh an introduction as a parent: "Chantelle (mother)" is the survivor
    /// only until the note says "Chantelle hit Łukasz"; an introduction decides where the
    /// statements say nothing or disagree.
    func roles(excluding excluded: Set<String>, children: Set<String>) -> [(name: String, role: Role)] {
        var introduced: [String: (causer: Int, survivor: Int)] = [:]
        var order = self.order
        for (name, role, possessor) in introductions where possessor.map(children.contains) ?? true {
            Self.count(name, as: role, in: &introduced, order: &order)
        }
        let family: [(name: String, role: Role)] = order.compactMap { name in
            guard !excluded.contains(name), !children.contains(name) else { return nil }
            return (seen[name].flatMap(Self.soleRole) ?? introduced[name].flatMap(Self.soleRole)).map { (name, $0) }
        }
        // A professional's name that the note also reads in a family role is left out.
        var listed = Set(family.map(\.name))
        let agencies: [(name: String, role: Role)] = professionals.compactMap { name in
            guard !excluded.contains(name), !children.contains(name), seen[name] == nil, introduced[name] == nil, listed.insert(name).inserted else { return nil }
            return (name, .agency)
        }
        return family + agencies
    }

    /// Reads an introduction of the word at `introduced` ("Kerry (mother)", "Dunn (SW)") as one
    /// of the person the note calls by the capitalised word at `name`; the role it gives, if
    /// there is one.
    @discardableResult @inline(__always)
    private mutating func readIntroduction(at introduced: Range<Int>, of name: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Role? {
        guard let introduction = RoleIntroductions.introduction(ofNameAt: introduced, in: bytes) else { return nil }
        guard Self.isName(name, bytes) else { return introduction.role }
        let named = String(decoding: UnsafeBufferPointer(rebasing: bytes[name]), as: UTF8.self)
        if introduction.role == .agency {
            professionals.append(named)
        } else {
            introductions.append((named, introduction.role, introduction.possessor))
        }
        return introduction.role
    }

    /// The initials of a given name and a surname that both start with an ASCII capital
    /// ("TB" for "Tolu Bankole"), as notes write professionals after introducing them.
    private static func initials(of name: Range<Int>, _ surname: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let first = bytes[name.lowerBound], second = bytes[surname.lowerBound]
        guard (0x41...0x5A).contains(first), (0x41...0x5A).contains(second) else { return nil }
        return String(decoding: [first, second], as: UTF8.self)
    }

    /// The capitalised word after `name` and one space, if it may be a surname followed by a
    /// role in brackets or after a comma ("Kerry Dunn (mother)", "Tom Riley, Social Worker");
    /// most capitalised pairs are not, and end here.
    private static func surname(after name: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, wordEnd: (Int) -> Int) -> Range<Int>? {
        let start = name.upperBound + 1
        guard start < bytes.count, bytes[name.upperBound] == 0x20, NoteCast.isUpperCase(at: start, bytes) else { return nil }
        let end = wordEnd(start)
        guard end + 1 < bytes.count, bytes[end] == 0x20 && bytes[end + 1] == UInt8(ascii: "(") || bytes[end] == UInt8(ascii: ","),
              isName(start..<end, bytes) else { return nil }
        return start..<end
    }

    private mutating func note(causer: Range<Int>, survivor: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) {
        let causerName = String(decoding: UnsafeBufferPointer(rebasing: bytes[causer]), as: UTF8.self)
        let survivorName = String(decoding: UnsafeBufferPointer(rebasing: bytes[survivor]), as: UTF8.self)
        guard causerName != survivorName else { return }
        Self.count(causerName, as: .causer, in: &seen, order: &order)
        Self.count(survivorName, as: .survivor, in: &seen, order: &order)
    }

    /// The one role `counts` hold, if they hold only one.
    private static func soleRole(_ counts: (causer: Int, survivor: Int)) -> Role? {
        if counts.causer > 0, counts.survivor == 0 { return .causer }
        if counts.survivor > 0, counts.causer == 0 { return .survivor }
        return nil
    }

    /// Counts one reading of `name` in `role` (the person causing harm or the survivor).
    private static func count(_ name: String, as role: Role, in seen: inout [String: (causer: Int, survivor: Int)], order: inout [String]) {
        if seen[name] == nil {
            seen[name] = (0, 0)
            order.append(name)
        }
        if role == .causer { seen[name]!.causer += 1 } else { seen[name]!.survivor += 1 }
    }

    /// A lower-case ASCII word starting at `start` (after one space), or nil.
    private static func word(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (bytes: UnsafeBufferPointer<UInt8>, end: Int)? {
        var end = start
        while end < bytes.count, bytes[end] >= UInt8(ascii: "a"), bytes[end] <= UInt8(ascii: "z") { end += 1 }
        guard end > start, start > 0, bytes[start - 1] == 0x20 else { return nil }
        return (UnsafeBufferPointer(rebasing: bytes[start..<end]), end)
    }

    /// The capitalised name starting at `start` (after one space), or nil.
    private static func name(at start: Int, _ bytes: UnsafeBufferPointer<UInt8>, wordEnd: (Int) -> Int) -> Range<Int>? {
        guard start < bytes.count, start > 0, bytes[start - 1] == 0x20, NoteCast.isUpperCase(at: start, bytes) else { return nil }
        let range = start..<wordEnd(start)
        return isName(range, bytes) ? range : nil
    }

    /// True if the capitalised word at `range` may be a person's name: two letters or more, not
    /// a title, and not a word that begins sentences or names a role or place ("As", "When",
    /// "Mum").
    static func isName(_ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let word = UnsafeBufferPointer(rebasing: bytes[range])
        return word.count >= 2 && NoteCast.title(word) == nil && !notNames.contains(word)
    }

    /// Where the word after a possessive `'s` (or `’s`) at `index` starts, or nil.
    private static func possessiveEnd(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes.spells("'s ", at: index) { return index + 3 }
        if bytes.spells("’s ", at: index) { return index + 5 }
        return nil
    }
}
