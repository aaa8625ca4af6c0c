/// The bare names whose role is known in one document (declared, or read from the note by
/// ``RoleClues``), and how patterns get to see them as that role.
///
/// The lexicon's person classes each end with a reserved word that text never holds
/// (``reservedWords``). A name's tokens take that word's id, and the prefilter gets a hit of
/// that word wherever the name is written, so "Sarah keeps going back to Dean" is matched as
/// "… going back to him" once Dean is known to be the person causing harm.
struct RoleNames: Equatable {
    /// Each role's reserved word in the lexicon (`Rules/lexicon.yml`).
    static let reservedWords: [Role: String] = [.causer: "zznlcauser", .survivor: "zznlsurvivor", .child: "zznlchild"]

    private struct Name: Equatable {
        var folded: String
        /// The name in lower-case ASCII, to find it in raw text; nil if it is not ASCII.
        var ascii: [UInt8]?
        var role: Role
    }
    /// The names that are not ASCII ("Siân", "Łukasz"), each as its folded bytes with every
    /// run of non-ASCII bytes made one mark (nil): what the scan can compare in raw text.
    private var otherNames: [OtherName] = []

    private struct OtherName: Equatable {
        var skeleton: [UInt8?]
        var role: Role
    }

    private var names: [Name] = []
    /// The role of the person a letter is written to (``LetterAddressee``): "you" and "your" are
    /// read as that person.
    private(set) var addressee: Role?

    /// True if the names are read in lower case too: the note writes them so ("kasia chose to
    /// stay w tomasz", ``NoteCast/namesInLowerCase``).
    private(set) var readsLowerCase = false
    /// True if the note's "she" is the person causing harm and its "he" the survivor
    /// (``NoteCast/pronounsSwapRoles``): patterns read "she snapped" as "he snapped" and "hit
    /// him" as "hit her".
    private(set) var swapsPronouns = false

    /// The one-word names of `roles` in a role that has a reserved word (names of two words
    /// or more, such as "Mr Hale", are matched by the patterns themselves), written with a
    /// capital, or in any case where `lowerCase` is true.
    init(_ roles: [String: Role], addressee: Role? = nil, lowerCase: Bool = false, swapsPronouns: Bool = false) {
        self.addressee = addressee.flatMap { Self.reservedWords[$0] == nil ? nil : $0 }
        readsLowerCase = lowerCase
        self.swapsPronouns = swapsPronouns
        for (name, role) in roles.sorted(by: { $0.key < $1.key }) where Self.reservedWords[role] != nil {
            guard !name.isEmpty, !name.unicodeScalars.contains(where: { $0.properties.isWhitespace }) else { continue }
            let folded = TokenNormalizer.fold(name)
            names.append(Name(folded: folded, ascii: LiteralScanner.isWord(folded) ? Array(folded.utf8) : nil, role: role))
        }
        let firsts = Set(names.compactMap { $0.ascii?.first })
        if !firsts.isEmpty { startsName = (0...255).map { ($0 < 0x60 || lowerCase && $0 < 0x80) && firsts.contains(UInt8($0) | 0x20) } }
        otherNames = names.filter { $0.ascii == nil }.map { OtherName(skeleton: Self.skeleton(of: $0.folded), role: $0.role) }
    }

    /// `folded` with each run of non-ASCII bytes one nil.
    private static func skeleton(of folded: String) -> [UInt8?] {
        var skeleton: [UInt8?] = []
        for byte in folded.utf8 {
            if byte < 0x80 { skeleton.append(byte) } else if skeleton.last != .some(nil) { skeleton.append(nil) }
        }
        return skeleton
    }

    var isEmpty: Bool { names.isEmpty && addressee == nil && !swapsPronouns }

    /// The possessive that stands for "your" when a letter's addressee has `role`.
    static let possessives: [Role: String] = [.survivor: "her", .causer: "his"]
    /// The object pronoun of each role ("hit her", "let him back").
    static let objects: [Role: String] = [.survivor: "her", .causer: "him"]

    /// Words after "her" that leave it an object ("let her back in", "hit her twice"), not a
    /// possessive ("her temper").
    private static let objectFollowers: WordSet = [
        "back", "in", "out", "up", "down", "off", "away", "to", "and", "or", "that", "the", "a", "an", "with", "about", "for", "at",
        "on", "into", "from", "again", "too", "as", "if", "when", "because", "so", "but", "he", "she", "they", "it", "this", "twice",
        "once", "repeatedly", "over", "around", "by", "while", "whilst", "after", "before", "until", "since", "several", "many",
    ]

    /// The pronouns a note that swaps them (``swapsPronouns``) reads as the other role's: each
    /// with the role it stands for and what it may be in a sentence ("her" is an object or a
    /// possessive, told apart by the word after it).
    private static let swappedPronouns: [(word: String, role: Role, forms: [RoleWordIDs.Form])] = [
        ("she", .causer, [.subject]), ("hers", .causer, [.possessive]), ("her", .causer, [.object, .possessive]),
        ("he", .survivor, [.subject]), ("him", .survivor, [.object]), ("his", .survivor, [.possessive]),
    ]

    /// Gives each token that is one of the names, written with a capital ("Hope", not "hope")
    /// unless the names are read in lower case (``readsLowerCase``), the id of its role's
    /// reserved word (`ids`); and the letter's "you"/"your" and swapped pronouns theirs.
    func assignRoleIDs(to tokens: inout [Token], ids: RoleWordIDs) {
        if swapsPronouns {
            for index in tokens.indices where tokens[index].kind == .word {
                guard let pronoun = Self.swappedPronouns.first(where: { $0.word == tokens[index].folded }) else { continue }
                var form = pronoun.forms[0]
                if pronoun.forms.count > 1 {
                    // "let her back", "hit her." — an object; "her temper" — a possessive.
                    let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                    form = next.map { $0.kind != .word || Self.objectFollowers.contains($0.folded) } ?? true ? .object : .possessive
                }
                if let id = ids[form, pronoun.role] { tokens[index].id = id }
            }
        }
        if let addressee {
            for index in tokens.indices where tokens[index].kind == .word {
                if tokens[index].folded == "you", let id = ids[.subject, addressee] { tokens[index].id = id }
                if tokens[index].folded == "your", let id = ids[.possessive, addressee] { tokens[index].id = id }
            }
        }
        for index in tokens.indices where tokens[index].kind == .word && (tokens[index].isCapitalised || readsLowerCase) {
            if let name = names.first(where: { $0.folded == tokens[index].folded }), let id = ids[.subject, name.role] {
                tokens[index].id = id
                // A name called on at the start of a sentence is the "you" after it ("Kayleigh,
                // you must…" in a letter to both parents).
                if index == 0 || tokens[index - 1].kind != .word, index + 2 < tokens.count, tokens[index + 1].is(","),
                   tokens[index + 2].is("you") {
                    tokens[index + 2].id = id
                }
            }
        }
    }

    /// True if a pass with these names finds the same as a pass with `earlier` wherever
    /// ``addHits(in:anchors:to:)`` adds as many hits for both: these names
    /// hold all of `earlier`'s, in the same roles, and the names they add are ASCII (a name
    /// that is not is found by that scan only by its skeleton, which more text may fit).
    func agreeWherever(sameHitsAs earlier: RoleNames) -> Bool {
        (earlier.addressee == nil || earlier.addressee == addressee) && earlier.readsLowerCase == readsLowerCase
            && earlier.swapsPronouns == swapsPronouns
            && earlier.names.allSatisfy { names.contains($0) }
            && names.allSatisfy { $0.ascii != nil || earlier.names.contains($0) }
    }

    /// Adds to `hits` (kept in order of offset) a hit of the role's reserved word (`anchors`)
    /// wherever one of the names may be written in `bytes` as a whole word (an ASCII name
    /// with a capital, or in any case where ``readsLowerCase``), and returns how many it added.
    func addHits(in bytes: UnsafeBufferPointer<UInt8>, anchors: RoleWordIDs, to hits: inout [Prefilter.Hit]) -> Int {
        let countBefore = hits.count
        if swapsPronouns {
            // Each pronoun as the word it stands for (``assignRoleIDs``): "her" as both the
            // object and the possessive it may be.
            for start in bytes.indices where (bytes[start] | 0x20 == UInt8(ascii: "s") || bytes[start] | 0x20 == UInt8(ascii: "h"))
                && !Self.isWordByte(at: start - 1, bytes) {
                for pronoun in Self.swappedPronouns {
                    let word = Array(pronoun.word.utf8)
                    guard word[0] == bytes[start] | 0x20, Self.holdsWord(word, at: start, in: bytes) else { continue }
                    for form in pronoun.forms {
                        guard let anchor = anchors[form, pronoun.role] else { continue }
                        hits.append(Prefilter.Hit(literal: anchor, offset: start, length: word.count))
                    }
                }
            }
        }
        if let addressee {
            for (word, anchor) in [(Array("you".utf8), anchors[.subject, addressee]), (Array("your".utf8), anchors[.possessive, addressee])] {
                guard let anchor else { continue }
                for start in bytes.indices where bytes[start] | 0x20 == word[0] && !Self.isWordByte(at: start - 1, bytes)
                    && Self.holdsWord(word, at: start, in: bytes) {
                    hits.append(Prefilter.Hit(literal: anchor, offset: start, length: word.count))
                }
            }
        }
        // One pass, whatever the number of names: only a byte that can start one is looked at.
        if !startsName.isEmpty {
            for start in bytes.indices where startsName[Int(bytes[start])] && !Self.isWordByte(at: start - 1, bytes) {
                for name in names {
                    guard let word = name.ascii, word[0] == bytes[start] | 0x20, let anchor = anchors[.subject, name.role],
                          Self.holdsWord(word, at: start, in: bytes) else { continue }
                    hits.append(Prefilter.Hit(literal: anchor, offset: start, length: word.count))
                    if let you = Self.vocativeYou(after: start + word.count, in: bytes) {
                        hits.append(Prefilter.Hit(literal: anchor, offset: you, length: 3))
                    }
                }
            }
        }
        // A name that is not ASCII, wherever its skeleton fits a whole word: the token that
        // folds to it has its ASCII letters (in any case) and non-ASCII bytes where it has them
        // (text whose letters fold to ASCII, such as "ſ", is not prefiltered at all).
        for name in otherNames {
            guard let anchor = anchors[.subject, name.role] else { continue }
            let skeleton = name.skeleton
            let first = skeleton.first ?? nil
            for start in bytes.indices where (first.map { bytes[start] | 0x20 == $0 } ?? (bytes[start] >= 0xC0)) && !Self.isWordByte(at: start - 1, bytes) {
                if let end = Self.end(of: skeleton, at: start, in: bytes), !Self.isWordByte(at: end, bytes) {
                    hits.append(Prefilter.Hit(literal: anchor, offset: start, length: end - start))
                }
            }
        }
        let added = hits.count - countBefore
        if added > 0 { hits.sort { $0.offset < $1.offset } }
        return added
    }

    /// The offset of a "you" that a comma and spaces separate from a name ending at `end`
    /// ("Kayleigh, you must…"): the name calls on the person that "you" then stands for
    /// (``assignRoleIDs(to:ids:)`` checks that the name opens the sentence).
    private static func vocativeYou(after end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard end < bytes.count, bytes[end] == UInt8(ascii: ",") else { return nil }
        var you = end + 1
        while you < bytes.count, bytes[you] == 0x20 || bytes[you] == 0x0A { you += 1 }
        guard bytes.spellsIgnoringCase("you", at: you), !isWordByte(at: you + 3, bytes) else { return nil }
        return you
    }

    /// Where `skeleton` ends if it fits `bytes` at `start`: ASCII letters in any case, and
    /// each mark one or more non-ASCII bytes. A mark that ends the name stops after one
    /// character: "Zoë" followed by a no-break space ("Zoë\u{A0}and") is the name and then a
    /// separator, not one run of non-ASCII bytes that runs into the next word.
    private static func end(of skeleton: [UInt8?], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = start
        for (position, unit) in skeleton.enumerated() {
            guard index < bytes.count else { return nil }
            if let byte = unit {
                guard bytes[index] == byte || bytes[index] | 0x20 == byte && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") else { return nil }
                index += 1
            } else if position == skeleton.count - 1 {
                guard bytes[index] >= 0x80 else { return nil }
                index += 1
                while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            } else {
                guard bytes[index] >= 0x80 else { return nil }
                while index < bytes.count, bytes[index] >= 0x80 { index += 1 }
            }
        }
        return index
    }

    /// Per byte: true if an ASCII name may start with it, written with a capital (a byte below
    /// `` ` `` whose lower-case form is the name's first letter), or in lower case too where
    /// ``readsLowerCase``; empty if there is no ASCII name.
    private var startsName: [Bool] = []

    /// True if `bytes` hold the lower-case ASCII `word` at `start` in any case, as a whole word
    /// at its end (the caller has checked its first byte and its start).
    private static func holdsWord(_ word: [UInt8], at start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let end = start + word.count
        return end <= bytes.count && !isWordByte(at: end, bytes) && (1..<word.count).allSatisfy { bytes[start + $0] | 0x20 == word[$0] }
    }

    /// True if the byte at `index` is inside `bytes` and is an ASCII letter or digit. Any other
    /// byte may end a word (a no-break space is two non-ASCII bytes), so a name next to one
    /// still gets its hit: the prefilter may pass more text, never less.
    private static func isWordByte(at index: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 0, index < bytes.count else { return false }
        let byte = bytes[index]
        return byte < 0x80 && NoteCast.isWordByte(byte)
    }
}
