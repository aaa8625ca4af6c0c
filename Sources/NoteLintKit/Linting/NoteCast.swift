import Foundation

/// The people a note names, by role: who fills `[person causing harm]`, `[survivor]` and
/// `[child]` in suggestions, and whose bare names the context checks should know.
///
/// Names come from declarations (front matter or options) first, then from a scan of the
/// note: a title and surname ("Mr Hale" for the person causing harm; "Ms", "Mrs", "Miss Nowak"
/// for the survivor, as the lexicon's person classes read them), a child written with an
/// age ("Amy (7)"), and bare names in the plainest statements of who harmed whom ("Dean hit
/// Sarah", see ``RoleClues``). The most often named person of a role wins, and a role with no
/// name stays a placeholder. Bare names that none of these place are guessed from their sex
/// (``GivenNames``) for the context checks and patterns only (``guessed``), never for
/// suggestions.
struct NoteCast: Equatable {
    var personCausingHarm: String?
    var survivor: String?
    var children: [String] = []
    /// Bare names whose role the note's statements or introductions show (``RoleClues``),
    /// other than declared names and children: the survivor, the person causing harm, and
    /// professionals (``Role/agency``, "Kerry Blythe (SW)").
    var inferred: [String: Role] = [:]
    /// Bare given names that nothing else in the note places, with the role their sex suggests
    /// ("Leanne must ensure Dean has no contact"): neither declared, inferred, a child's nor a
    /// professional's.
    var guessed: [String: Role] = [:]
    /// Children written with an age from ``domesticAbuseAge`` ("Chloe (16)"): still children,
    /// but old enough to be abused by a partner of their own, so a rule about a survivor may
    /// be about them.
    var youngPeople: Set<String> = []
    /// True if the note writes its people's given names in lower case only ("kasia chose to
    /// stay w tomasz"): ``guessed`` holds them as typed, and patterns should read them so.
    var namesInLowerCase = false
    /// True if the note places a titled woman as the person causing harm and a titled man as
    /// the survivor, and no titled name the other way ("Ms Turner hit Mr Kowal"): its "she" is
    /// then the person causing harm and its "he" the survivor (``PersonFinder``).
    var pronounsSwapRoles = false

    static let titles: [String: Role] = ["Mr": .causer, "Ms": .survivor, "Mrs": .survivor, "Miss": .survivor]
    /// The titles as UTF-8, with their roles.
    private static let titleBytes = titles.map { (bytes: Array($0.key.utf8), title: $0.key, role: $0.value) }
    /// The age from which a person written as "Name (age)" is an adult, not a child.
    static let adulthood = 18
    /// The age from which abuse by a partner counts as domestic abuse in the law of England and
    /// Wales (Domestic Abuse Act 2021, s.2): a young person of this age may be its survivor.
    static let domesticAbuseAge = 16

    init(personCausingHarm: String? = nil, survivor: String? = nil, children: [String] = []) {
        self.personCausingHarm = personCausingHarm
        self.survivor = survivor
        self.children = children
    }

    init(bytes: UnsafeBufferPointer<UInt8>, declared: [String: Role]) {
        var tally = NameTally()
        var clues = RoleClues()
        var index = 0
        // The last capitalised word read: in "Kaylee Simmons (5)" the child is Kaylee, whose
        // surname her parents may share.
        var lastCapitalised = 0..<0
        // The end of the last entry of a list of counts ("Lewisham (8 referrals), Camden (11)"):
        // the entries after it are counts too, not children's ages.
        var countListEnd: Int? = nil
        // Titled names the note introduces as professionals ("Mr Pell (DSL)").
        var professionals: Set<String> = []
        // Bare given names with the role their sex suggests (``GivenNames``), in the order read.
        var givenNames: [(name: String, role: Role)] = []
        // The given names of titled full names ("Jade" of "Ms Jade Fletcher"), with the title's
        // role (an agency's for a professional), in the order read.
        var titledGivenNames: [(name: String, role: Role)] = []
        // Whether the last capitalised word read was a listed given name or a title's name:
        // a listed name right after it is a surname ("Nadia Hussain", "Ms Nadia Hussain").
        var lastWasName = false
        let givenNameTable = GivenNames.shared
        while index < bytes.count {
            // Most bytes are ASCII other than a capital: pass eight at a time, then one by one.
            index = ByteBlocks.skipQuietBlocks(in: bytes, from: index) { !ByteBlocks.hasNonASCII($0) && !ByteBlocks.hasCapital($0) }
            if index + 8 <= bytes.count {
                // Straight to the block's first capital or non-ASCII byte.
                let block = ByteBlocks.load(bytes, at: index)
                index += ByteBlocks.firstMarked(ByteBlocks.capitals(in: block) | ByteBlocks.nonASCII(in: block))
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte < 0x80, byte < UInt8(ascii: "A") || byte > UInt8(ascii: "Z") { index += 1; continue }
            guard Self.isWordStart(index, bytes), Self.isUpperCase(at: index, bytes) else { index += 1; continue }
            let wordEnd = Self.wordEnd(from: index, bytes)
            var next = wordEnd
            // Most capitalised words are neither a title nor a child's name with an age: make
            // a string only of those that are.
            let word = UnsafeBufferPointer(rebasing: bytes[index..<wordEnd])
            // Whom a bracket after this word names (see `lastCapitalised`): not a word that opens
            // the sentence ("As Isla (2) was asleep").
            let followsName = lastCapitalised.upperBound + 1 == index && bytes[index - 1] == 0x20
                && RoleClues.isName(lastCapitalised, bytes)
            let givenName = followsName ? UnsafeBufferPointer(rebasing: bytes[lastCapitalised]) : word
            let isSurname = followsName && lastWasName
            lastWasName = false
            /// Reads a bare capitalised word: a statement or introduction of it, and its sex if
            /// it is a listed given name.
            func readBareName() {
                clues.read(nameAt: index..<wordEnd, in: bytes) { Self.wordEnd(from: $0, bytes) }
                if let role = givenNameTable.role(ofNameAt: index..<wordEnd, in: bytes, wordEnd: { Self.wordEnd(from: $0, bytes) }) {
                    lastWasName = true
                    if !isSurname { givenNames.append((String(decoding: word, as: UTF8.self), role)) }
                }
            }
            if let (title, role) = Self.title(word) {
                if next < bytes.count, bytes[next] == UInt8(ascii: ".") { next += 1 }
                var nameStart = next
                while nameStart < bytes.count, bytes[nameStart] == 0x20 { nameStart += 1 }
                if nameStart > next, nameStart < bytes.count, Self.isUpperCase(at: nameStart, bytes) {
                    var nameEnd = Self.wordEnd(from: nameStart, bytes)
                    // "Ms Jade Fletcher (22)": a given name and a surname. The note calls her "Ms
                    // Fletcher", and "Jade" on her own is the same person.
                    var givenName: String? = nil
                    if let surname = Self.surname(after: nameStart..<nameEnd, bytes, givenNames: givenNameTable) {
                        givenName = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd]), as: UTF8.self)
                        nameStart = surname.lowerBound
                        nameEnd = surname.upperBound
                    }
                    let name = UnsafeBufferPointer(rebasing: bytes[nameStart..<nameEnd])
                    tally.note(title: title, name, role, at: index)
                    // "Ms Price hit Mr Okafor": a statement may say what the titles do not.
                    clues.read(titledNameAt: nameStart..<nameEnd, title: title, titleRole: role, in: bytes) { Self.wordEnd(from: $0, bytes) }
                    // "Mr Pell (DSL)": a professional, whatever the title says.
                    let isProfessional = RoleIntroductions.isProfessional(titledNameAt: index..<nameEnd, in: bytes)
                    if isProfessional { professionals.insert(title + " " + String(decoding: name, as: UTF8.self)) }
                    if let givenName { titledGivenNames.append((givenName, isProfessional ? .agency : role)) }
                    lastCapitalised = nameStart..<nameEnd
                    lastWasName = true
                    index = nameEnd
                    continue
                }
            } else if next + 3 < bytes.count, bytes[next] == 0x20, bytes[next + 1] == UInt8(ascii: "("),
                      let digits = Self.ageStart(inBracketFrom: next + 2, bytes) {
                var close = digits
                var age = 0
                while close < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[close]), age < Self.adulthood {
                    age = age * 10 + Int(bytes[close] - UInt8(ascii: "0"))
                    close += 1
                }
                let entryStart = followsName ? lastCapitalised.lowerBound : index
                // "Amy (7)" and "Harper (7 weeks)" are children; "Sutton (2019)", a citation, and
                // "Mr Dodd (24)" are not.
                let unit = Self.ageUnit(after: close, bytes)
                if let unit { close = unit.close }
                if close < bytes.count, bytes[close] == UInt8(ascii: ")"), Self.isChild(age: age, inInfantUnit: unit?.isInfant == true) {
                    if let end = countListEnd, Self.continuesList(from: end, to: entryStart, bytes) {
                        countListEnd = close + 1
                    } else {
                        tally.note(title: nil, givenName, .child, at: index)
                        if Self.isYoungPerson(age: age, inInfantUnit: unit?.isInfant == true) {
                            youngPeople.insert(String(decoding: givenName, as: UTF8.self))
                        }
                    }
                } else if let end = Self.countEnd(from: close, bytes) {
                    countListEnd = end
                } else {
                    // "Gareth (35)": an adult's age; the name is read as any other.
                    readBareName()
                }
            } else if let age = Self.ageBetweenCommas(from: next, bytes), Self.isChild(age: age, inInfantUnit: false) {
                // "Leah, 13, lashes out…": a child's age set off by commas.
                tally.note(title: nil, givenName, .child, at: index)
                if Self.isYoungPerson(age: age, inInfantUnit: false) { youngPeople.insert(String(decoding: givenName, as: UTF8.self)) }
            } else if next + 4 < bytes.count, bytes[next] == 0x20, bytes[next + 1] == UInt8(ascii: "("), Self.isSchoolYear(from: next + 2, bytes) {
                // "Mia (Y2)", "Reece (Year 6)": a pupil is a child.
                tally.note(title: nil, givenName, .child, at: index)
            } else {
                // Any capital, "Łukasz" and "Ömer" as well as "Dean".
                readBareName()
            }
            lastCapitalised = index..<wordEnd
            index = wordEnd
        }
        let tallyChildren = tally.names(.child)
        let inferredRoles = clues.roles(excluding: Set(declared.keys), children: Set(tallyChildren))
        inferred = Dictionary(inferredRoles.map { ($0.name, $0.role) }, uniquingKeysWith: { first, _ in first })
        for name in professionals where declared[name] == nil { inferred[name] = .agency }
        for (name, role) in titledGivenNames where declared[name] == nil && inferred[name] == nil { inferred[name] = role }
        // A name the note places otherwise is not guessed, nor one written after a title ("Ms
        // Hussain", "Mr Owen Reed": a surname, or a given name the title places). Names are
        // compared without case: "REECE" in a heading is the "Reece (Y6)" the note places.
        // A note that names no one with a capital may be typed all in lower case: its listed
        // given names, as typed, are the names to guess from.
        if givenNames.isEmpty, titledGivenNames.isEmpty, tally.entries.isEmpty, clues.namesRead.isEmpty, professionals.isEmpty {
            givenNames = Self.lowerCaseGivenNames(in: bytes, table: givenNameTable)
            namesInLowerCase = !givenNames.isEmpty
        }
        if !givenNames.isEmpty {
            let placedNames = Array(declared.keys) + Array(inferred.keys) + tallyChildren + Array(clues.namesRead) + Array(tally.titledWords)
            var placed = Set(placedNames.map { $0.lowercased() })
            for (name, role) in givenNames where placed.insert(name.lowercased()).inserted { guessed[name] = role }
        }
        // A titled name that a statement places against its title ("Ms Price hit Mr Okafor")
        // fills neither role by its title.
        // Spouses who share a surname are read with their titles ("Mrs Ashworth").
        let placedAgainstTitle = Set(inferredRoles.flatMap { inferred in
            if let space = inferred.name.firstIndex(of: " "), let titleRole = Self.titles[String(inferred.name[..<space])] {
                return titleRole == inferred.role ? [] : [inferred.name]
            }
            return Self.titles.filter { $0.value != inferred.role }.map { $0.key + " " + inferred.name }
        })
        pronounsSwapRoles = Self.placesWomanCausingHarm(declared.map { ($0.key, $0.value) } + inferredRoles, tally: tally)
        func best(_ role: Role) -> String? {
            if let declaredName = declared.filter({ $0.value == role }).keys.sorted().first { return declaredName }
            return tally.mostFrequent(role, excluding: professionals.union(placedAgainstTitle)) ?? inferredRoles.first { $0.role == role }?.name
        }
        personCausingHarm = best(.causer)
        survivor = best(.survivor)
        let declaredChildren = declared.filter { $0.value == .child }.keys.sorted()
        children = declaredChildren.isEmpty
            ? tallyChildren
            : declaredChildren
    }

    /// True if, of the names in `placed`, at least one is a titled woman's placed as the person
    /// causing harm and one a titled man's placed as the survivor, and none is placed against
    /// that reading. A name written without a title takes the titles the note writes it with
    /// (`tally`); a name the note writes with no title, or with both a man's and a woman's, does
    /// not tell.
    private static func placesWomanCausingHarm(_ placed: [(name: String, role: Role)], tally: NameTally) -> Bool {
        var titlesOfWord: [String: Set<String>] = [:]
        for name in tally.titledNames {
            titlesOfWord[name.word, default: []].insert(name.title)
        }
        var womanCausesHarm = false, manSurvives = false
        for (name, role) in placed where role == .causer || role == .survivor {
            let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
            let written: Set<String> = parts.count == 2 && titles[parts[0]] != nil ? [parts[0]] : titlesOfWord[name] ?? []
            let isWoman = written.contains { titles[$0] == .survivor }, isMan = written.contains { titles[$0] == .causer }
            guard isWoman != isMan else { continue }
            if role == .causer && isMan || role == .survivor && isWoman { return false }
            if role == .causer { womanCausesHarm = true } else { manSurvives = true }
        }
        return womanCausesHarm && manSurvives
    }

    /// The surname after a titled given name ("Fletcher" of "Ms Jade Fletcher"): a capitalised
    /// word after one space, where the first is a listed given name (``GivenNames``), or the
    /// pair is introduced in brackets ("Mr Olusegun Adeyemi (father)") or ends a list entry or
    /// a sentence ("Mother: Mrs Harleen Kaur", a comma, a full stop or the end of the line
    /// after it), so that a
    /// title-case heading ("Visit With Mr Hale And Ms Dunn") is not read as one.
    private static func surname(after given: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>, givenNames: GivenNames) -> Range<Int>? {
        let start = given.upperBound + 1
        guard start < bytes.count, bytes[given.upperBound] == 0x20, isUpperCase(at: start, bytes) else { return nil }
        let end = wordEnd(from: start, bytes)
        guard end - start >= 2 else { return nil }
        let introduced = end + 1 < bytes.count && bytes[end] == 0x20 && bytes[end + 1] == UInt8(ascii: "(")
        // A full stop ends an entry too when a space or the line's end follows it ("We act for
        // Ms Farah Iqbal. Our client…"), not an abbreviation's ("Ms Farah Iqbal.Ref").
        let endsSentence = end < bytes.count && bytes[end] == UInt8(ascii: ".")
            && (end + 1 == bytes.count || bytes[end + 1] == 0x20 || bytes[end + 1] == 0x0A || bytes[end + 1] == 0x0D)
        let endsEntry = end == bytes.count || bytes[end] == 0x0A || bytes[end] == 0x0D || bytes[end] == UInt8(ascii: ",") || bytes[end] == UInt8(ascii: ";")
            || endsSentence
        return introduced || endsEntry || givenNames.isListed(UnsafeBufferPointer(rebasing: bytes[given])) ? start..<end : nil
    }

    /// The listed given names that `bytes` write in lower case ("kasia", "tomasz"), in the order
    /// read, with the role their sex suggests; not names that are also everyday words in
    /// lower case, nor a relative's or a place's (``GivenNames/role(ofLowerCaseNameAt:in:wordEnd:)``).
    private static func lowerCaseGivenNames(in bytes: UnsafeBufferPointer<UInt8>, table: GivenNames) -> [(name: String, role: Role)] {
        var found: [(name: String, role: Role)] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "a"), byte <= UInt8(ascii: "z"), index == 0 || !isWordByte(bytes[index - 1]) else {
                index += 1
                continue
            }
            let end = wordEnd(from: index, bytes)
            let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
            if end - index >= 3, let role = table.role(ofLowerCaseNameAt: index..<end, in: bytes, wordEnd: { wordEnd(from: $0, bytes) }) {
                found.append((String(decoding: word, as: UTF8.self), role))
            }
            index = end
        }
        return found
    }

    /// True if a school year and its closing bracket start at `start`: "Y2)", "Yr 6)",
    /// "Year 11)", "Y6,"… up to the bracket.
    private static func isSchoolYear(from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes[start] == UInt8(ascii: "Y") else { return false }
        var index = start + 1
        if bytes.spells("ear", at: index) {
            index += 3
        } else if bytes.spells("r", at: index) {
            index += 1
        }
        if index < bytes.count, bytes[index] == 0x20 { index += 1 }
        let digits = index
        while index < bytes.count, index - digits < 2, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
        return index > digits && index < bytes.count && bytes[index] == UInt8(ascii: ")")
    }

    /// The title that `word` spells, with its role, if it is one.
    static func title(_ word: UnsafeBufferPointer<UInt8>) -> (String, Role)? {
        // Every title is two to four letters from "M" (``mayBeTitle(length:first:)``): most
        // capitalised words are passed over on that alone.
        guard let first = word.first, mayBeTitle(length: word.count, first: first) else { return nil }
        for entry in titleBytes where entry.bytes.count == word.count {
            // By index: the generic `elementsEqual` costs a call per byte here.
            var same = true
            for offset in 0..<word.count where entry.bytes[offset] != word[offset] {
                same = false
                break
            }
            if same { return (entry.title, entry.role) }
        }
        return nil
    }

    /// False if no title (``titles``) has `length` bytes and starts with `first`.
    @inline(__always)
    static func mayBeTitle(length: Int, first: UInt8) -> Bool {
        (2...4).contains(length) && first == UInt8(ascii: "M")
    }

    private static func isLetterByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z"))
    }

    /// True if `byte` may be part of a word: a letter, a digit or any non-ASCII byte.
    static func isWordByte(_ byte: UInt8) -> Bool {
        isLetterByte(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private static func isWordStart(_ index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isLetterByte(bytes[index]), bytes[index] & 0xC0 != 0x80 else { return false }
        return index == 0 || !isWordByte(bytes[index - 1])
    }

    /// Words for the unit of an age after its number ("7 weeks", "3 yrs"), each with whether it
    /// counts a baby's age (weeks, months or days: a child's, whatever the number).
    static let ageUnits: [String: Bool] = [
        "day": true, "days": true, "wk": true, "wks": true, "week": true, "weeks": true, "mth": true, "mths": true,
        "month": true, "months": true, "y": false, "yo": false, "yr": false, "yrs": false, "year": false, "years": false,
    ]

    /// Words that may open a bracket before an age: "(aged 8)", "(twins, 8)", "(son, 4)".
    static let agePrefixes: WordSet = [
        "aged", "age", "twins", "twin", "son", "daughter", "brother", "sister", "stepson", "stepdaughter", "sibling",
        "half-brother", "half-sister", "nephew", "niece", "cousin", "grandson", "granddaughter", "child", "baby", "boy", "girl",
    ]

    /// Where the number of an age starts in a bracket whose contents start at `start`: there, or
    /// after a word of ``agePrefixes`` and a space or a comma and a space ("aged 8", "twins,
    /// 8"); nil if no digit starts there.
    private static func ageStart(inBracketFrom start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let isDigit = { (index: Int) in index < bytes.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) }
        if isDigit(start) { return start }
        var end = start
        while end < bytes.count, end - start <= 14, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end]) || bytes[end] == UInt8(ascii: "-") {
            end += 1
        }
        guard end > start, agePrefixes.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)) else { return nil }
        if end < bytes.count, bytes[end] == UInt8(ascii: ",") { end += 1 }
        guard end < bytes.count, bytes[end] == 0x20, isDigit(end + 1) else { return nil }
        return end + 1
    }

    /// The age in ", 13," or ", aged 13," starting at `start`, just after a name; nil if there is
    /// none (one or two digits, then a comma).
    private static func ageBetweenCommas(from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard start + 4 < bytes.count, bytes[start] == UInt8(ascii: ","), bytes[start + 1] == 0x20 else { return nil }
        var index = start + 2
        if bytes.spells("aged ", at: index) { index += 5 }
        var age = 0
        var digits = 0
        while index < bytes.count, digits < 3, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            age = age * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            digits += 1
            index += 1
        }
        guard (1...2).contains(digits), index < bytes.count, bytes[index] == UInt8(ascii: ",") else { return nil }
        return age
    }

    /// The closing bracket after an age's unit whose number ends at `numberEnd` ("7 weeks)"),
    /// and whether the unit counts a baby's age; nil if no unit (``ageUnits``) and bracket follow.
    private static func ageUnit(after numberEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> (close: Int, isInfant: Bool)? {
        // The same shape as a count's bracket ("(8 referrals)"), with a unit for its word.
        guard let end = countEnd(from: numberEnd, bytes),
              let isInfant = ageUnits[String(decoding: UnsafeBufferPointer(rebasing: bytes[(numberEnd + 1)..<(end - 1)]), as: UTF8.self)]
        else { return nil }
        return (end - 1, isInfant)
    }

    /// True if a person written with `age` is a child: under ``adulthood``, or any age in a
    /// baby's unit (``ageUnits``: "7 weeks").
    static func isChild(age: Int, inInfantUnit: Bool) -> Bool {
        age < adulthood || inInfantUnit
    }

    /// True if a child written with `age` is a young person (``youngPeople``).
    static func isYoungPerson(age: Int, inInfantUnit: Bool) -> Bool {
        !inInfantUnit && age >= domesticAbuseAge && age < adulthood
    }

    /// The end of a count's bracket ("(8 referrals)", "(12 cases)") whose number ends at
    /// `numberEnd`: a space, a lower-case word and ")".
    private static func countEnd(from numberEnd: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard numberEnd + 2 < bytes.count, bytes[numberEnd] == 0x20,
              (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[numberEnd + 1]) else { return nil }
        var end = numberEnd + 1
        while end < bytes.count, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[end]) { end += 1 }
        return end < bytes.count && bytes[end] == UInt8(ascii: ")") ? end + 1 : nil
    }

    /// True if only a list separator (",", "and", ", and") lies between `end` and `start`.
    private static func continuesList(from end: Int, to start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end <= start, start - end <= 6 else { return false }
        let gap = String(decoding: UnsafeBufferPointer(rebasing: bytes[end..<start]), as: UTF8.self)
            .split(separator: " ").joined(separator: " ")
        return gap == "," || gap == "and" || gap == ", and"
    }

    /// True if the character at `index` is a capital letter, ASCII or not ("Ł" of "Łukasz").
    @inline(__always)
    static func isUpperCase(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 { return byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
        return bytes.scalar(at: index)?.properties.isUppercase ?? false
    }

    /// The end of a name word: letters, with inner apostrophes and hyphens ("O'Brien", "Smith-Jones").
    static func wordEnd(from start: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var end = start
        // ASCII letters eight at a time; anything else one byte at a time below.
        while end + 8 <= bytes.count {
            let letters = ByteBlocks.firstNonLetter(in: ByteBlocks.load(bytes, at: end))
            end += letters
            if letters < 8 { break }
        }
        while end < bytes.count {
            let byte = bytes[end]
            if isLetterByte(byte) {
                // Stop before a curly apostrophe (E2 80 99) unless a letter follows it.
                if byte == 0xE2, end + 3 < bytes.count, bytes[end + 1] == 0x80, bytes[end + 2] == 0x99 {
                    guard isLetterByte(bytes[end + 3]), !(bytes[end + 3] == UInt8(ascii: "s") && (end + 4 == bytes.count || !isLetterByte(bytes[end + 4]))) else { break }
                    end += 3
                    continue
                }
                if byte >= 0x80, byte & 0xC0 != 0x80, !isLetterScalar(at: end, bytes) { break }
                end += 1
            } else if (byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")), end + 1 < bytes.count, isLetterByte(bytes[end + 1]),
                      !(byte == UInt8(ascii: "'") && bytes[end + 1] | 0x20 == UInt8(ascii: "s") && (end + 2 == bytes.count || !isLetterByte(bytes[end + 2]))) {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    private static func isLetterScalar(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.scalar(at: index)?.properties.isAlphabetic ?? false
    }

    /// True if the note names someone in `role`.
    func names(_ role: Role) -> Bool {
        switch role {
        case .causer: personCausingHarm != nil
        case .survivor: survivor != nil
        case .child: !children.isEmpty
        case .agency, .unknown: false
        }
    }

    /// `template` with the role placeholders filled where a name is known, in one pass over
    /// its bytes (a batch of small notes fills every suggestion of every rule it meets).
    func fill(_ template: String) -> String {
        let childList = children.isEmpty ? nil : Self.list(children)
        var source = template
        return source.withUTF8 { source in
            guard var open = ByteBlocks.firstIndex(of: UInt8(ascii: "["), in: source, from: 0) else { return template }
            var result: [UInt8] = []
            result.reserveCapacity(source.count + 32)
            var copied = 0
            func replace(_ placeholder: StaticString, with name: String?) -> Bool {
                guard let name, source.spells(placeholder, at: open) else { return false }
                result += source[copied..<open]
                result += name.utf8
                copied = open + placeholder.utf8CodeUnitCount
                return true
            }
            while true {
                if !replace("[person causing harm]", with: personCausingHarm), !replace("[survivor]", with: survivor),
                   replace("[child]", with: childList), children.count > 1 {
                    // Several children: the verb after the placeholder agrees with them.
                    for (singular, plural) in Self.pluralVerbs where source.spells(singular, at: copied) {
                        result += UnsafeBufferPointer(start: plural.utf8Start, count: plural.utf8CodeUnitCount)
                        copied += singular.utf8CodeUnitCount
                        break
                    }
                }
                guard let next = ByteBlocks.firstIndex(of: UInt8(ascii: "["), in: source, from: max(open + 1, copied)) else { break }
                open = next
            }
            guard copied > 0 else { return template }
            result += source[copied...]
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Verbs (and a verb with its complement) that follow `[child]` in suggestion templates,
    /// singular → plural, longest first, with the spaces around them.
    static let pluralVerbs: [(StaticString, StaticString)] = [
        (" is a victim ", " are victims "), (" is ", " are "), (" was ", " were "), (" has ", " have "), (" says ", " say "),
        (" needs ", " need "), (" does ", " do "), (" includes ", " include "),
    ]

    /// "Amy", "Amy and Ben", "Amy, Ben and Zoë".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}

extension String {
    /// The string with every occurrence of `target` (matched byte for byte, as suggestion
    /// placeholders are) replaced by `replacement`. Foundation's Unicode-aware search cost a
    /// quarter of a batch of small notes.
    func replacingAll(_ target: String, with replacement: String) -> String {
        var source = self
        var pattern = target
        return source.withUTF8 { source in
            pattern.withUTF8 { pattern in
                guard let first = pattern.first else { return self }
                var result: [UInt8] = []
                var copied = 0
                var index = 0
                while let found = ByteBlocks.firstIndex(of: first, in: source, from: index), found + pattern.count <= source.count {
                    guard UnsafeBufferPointer(rebasing: source[found..<(found + pattern.count)]).elementsEqual(pattern) else {
                        index = found + 1
                        continue
                    }
                    result += source[copied..<found]
                    result += replacement.utf8
                    index = found + pattern.count
                    copied = index
                }
                guard copied > 0 else { return self }
                result += source[copied...]
                return String(decoding: result, as: UTF8.self)
            }
        }
    }
}
