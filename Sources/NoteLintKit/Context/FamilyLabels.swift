/// Reads the labels that mark a line as a family member's own words rather than the writer's:
/// a minutes-style speaker label ("Kyle Dunn (father): …", "Mother's account: …", "Mum: I …")
/// or a heading over their views ("Father's views", "Views of the child").
/// A professional's label ("Tom Ellery (SW): …", "Chair: …") marks the writer's own record.
///
/// Every line of a paragraph with a finding is asked about, so the checks read bytes and make
/// no strings.
enum FamilyLabels {
    /// Words that name a family member in a label.
    static let familyWords: WordSet = [
        "mother", "mum", "mummy", "mom", "father", "dad", "daddy", "stepfather", "stepdad", "stepmother",
        "parent", "parents", "grandmother", "grandfather", "grandparent", "grandparents", "nan", "nana",
        "grandad", "grandma", "grandpa", "maternal", "paternal", "child", "children", "son", "daughter",
        "aunt", "uncle", "young", "yp",
    ]
    /// Words that make a possessive label someone's own account ("Mother's views").
    static let viewWords: WordSet = [
        "view", "views", "account", "comments", "comment", "wishes", "feelings", "perspective", "response",
        "version", "voice", "words", "opinion", "understanding",
    ]
    /// First-person words (their letters: "I'm" reads as "I"): after a bare role label
    /// ("Mum: …") they make the line direct speech.
    static let firstPersonWords: WordSet = ["i", "me", "my", "we", "us", "our"]
    /// Words that open what someone says ("Ms Begum: It was just a row"); a label over the
    /// writer's observations opens with a verb instead ("Ms Begum: presents as low").
    static let speechOpeners: WordSet = [
        "i", "we", "he", "she", "it", "they", "you", "there", "that", "this", "my", "our", "his", "her", "their",
        "the", "a", "no", "yes", "not", "nothing", "mum", "dad", "me", "us",
    ]
    private static let of: WordSet = ["of"]
    /// The noun that ends a family member's label other than a family word ("Young person:").
    private static let personWords: WordSet = ["person", "people"]
    /// A label is at most this many bytes before its colon.
    static let maximumLabelLength = 48

    /// The words of the names of the note's family members, for labels that name them ("Ms
    /// Begum: it was just a row"): the family among `people`, and the cast's `titled` names
    /// ("Ms Begum", see ``NoteCast``).
    static func nameWords(of people: [String: Role], titled: [String]) -> WordSet {
        let family = people.compactMap { $0.value == .survivor || $0.value == .causer || $0.value == .child ? $0.key : nil }
        var words: Set<String> = []
        for name in family + titled {
            for word in name.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count > 1 && !Segmenter.personTitles.contains(String(word)) {
                words.insert(String(word))
            }
        }
        return words.isEmpty ? noNames : WordSet(words)
    }
    /// No family names.
    static let noNames: WordSet = []

    /// True if the trimmed line `line` opens with a family member's label and a colon, and has
    /// their words after it. `familyNames` holds the words of the cast's names
    /// (``nameWords(of:titled:)``).
    static func isLabelledWords(_ line: UnsafeBufferPointer<UInt8>, familyNames: WordSet = noNames) -> Bool {
        guard let colon = line.prefix(maximumLabelLength + 1).firstIndex(of: UInt8(ascii: ":")), colon > 0,
              line[(colon + 1)...].contains(where: { $0 > 0x20 }),
              !line[..<colon].contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return false }
        let label = UnsafeBufferPointer(rebasing: line[..<colon])
        let said = UnsafeBufferPointer(rebasing: line[(colon + 1)...])
        if isViewLabel(label) { return true }
        // "Kyle Dunn (father)": the bracket says who speaks.
        if let open = label.firstIndex(of: UInt8(ascii: "(")), label.last == UInt8(ascii: ")") {
            let inside = words(in: UnsafeBufferPointer(rebasing: label[(open + 1)..<(label.count - 1)]))
            return inside.count <= 3 && inside.first.map { familyWords.contains($0) } == true && opensSpeech(said)
        }
        let labelWords = words(in: label)
        guard labelWords.count <= 3, let first = labelWords.first else { return false }
        // "Ms Begum:", "Fatima Begum:": a family member the note names.
        let named = labelWords.drop { Segmenter.personTitles.contains($0) }
        if !named.isEmpty, named.allSatisfy({ familyNames.contains($0) }) { return opensSpeech(said) }
        // "Mum: we just argue", "Maternal grandmother: I…": a bare role, then words in the first
        // person. "Children's guardian: In my view…" is a professional's.
        guard let last = labelWords.last, familyWords.contains(last) || personWords.contains(last) else { return false }
        return familyWords.contains(first) && holdsFirstPerson(said)
    }

    /// True if the trimmed line `line` is a heading over a family member's views ("Father's
    /// views", "Views of the mother:"), with nothing after it.
    static func isViewHeading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count <= maximumLabelLength else { return false }
        return isViewLabel(line.last == UInt8(ascii: ":") ? UnsafeBufferPointer(rebasing: line.dropLast()) : line)
    }

    /// True if `text` opens as speech does, with a subject ("It was…", "He…", "I…"), not as an
    /// observation does ("presents as…", "has failed to…").
    private static func opensSpeech(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let opening = words(in: text, atMost: 2)
        guard let first = opening.first, speechOpeners.contains(first) else { return false }
        // "No, he never touched me" answers; "no concerns about his parenting" is a finding
        // recorded under the name.
        if first.elementsEqual("no".utf8), opening.count > 1, summaryNouns.contains(opening[1]) { return false }
        return true
    }

    /// Nouns that make a "no" after a label the writer's finding ("Mr Dunn: no concerns").
    private static let summaryNouns: WordSet = [
        "concerns", "concern", "issues", "issue", "worries", "parenting", "further", "contact", "change", "changes",
        "engagement", "response", "update", "action", "risk", "evidence", "injuries", "new",
    ]

    /// True if `line` holds a word in the first person ("I", "me", "we", …) that is not the
    /// writer's stance ("In my view Aoife has been…", "my assessment is…"): a report's author
    /// speaks so under a family member's heading too.
    static func holdsFirstPerson(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let lineWords = words(in: line)
        return lineWords.indices.contains { index in
            firstPersonWords.contains(lineWords[index])
                && !(lineWords[index].elementsEqual("my".utf8) && index + 1 < lineWords.count && stanceNouns.contains(lineWords[index + 1]))
        }
    }

    /// Nouns after "my" that make a line the writer's judgement ("in my view", "my assessment").
    private static let stanceNouns: WordSet = ["view", "opinion", "assessment", "professional", "analysis", "judgement", "judgment"]

    /// True if `label` names a family member's account: a possessive role word before a view
    /// word ("Mother's account", "Parents' views") or a view word of a role word ("Views of the
    /// child").
    private static func isViewLabel(_ label: UnsafeBufferPointer<UInt8>) -> Bool {
        // Both shapes need an apostrophe or start with a view word: most labels ("Date", "SW")
        // are ruled out before their words are read.
        let apostrophe = label.firstIndex { $0 == UInt8(ascii: "'") || $0 == 0xE2 }
        if apostrophe == nil {
            guard let first = words(in: label, atMost: 1).first, viewWords.contains(first) else { return false }
        }
        let labelWords = words(in: label)
        guard (2...7).contains(labelWords.count) else { return false }
        if viewWords.contains(labelWords[0]) {
            return of.contains(labelWords[1]) && labelWords.dropFirst(2).contains { familyWords.contains($0) }
        }
        guard let apostrophe else { return false }
        // The owner is the word the apostrophe ends ("Mother's", "Parents'"); the owned word
        // follows it, after the "s" of "'s".
        guard let ownerIndex = labelWords.lastIndex(where: { $0.endIndex <= apostrophe }),
              familyWords.contains(labelWords[ownerIndex]) else { return false }
        var ownedIndex = ownerIndex + 1
        if ownedIndex < labelWords.count, labelWords[ownedIndex].count == 1, labelWords[ownedIndex].first == UInt8(ascii: "s") {
            ownedIndex += 1
        }
        return ownedIndex < labelWords.count && viewWords.contains(labelWords[ownedIndex])
    }

    /// The runs of ASCII letters in `bytes` (the first `atMost` of them), as slices of it.
    private static func words(in bytes: UnsafeBufferPointer<UInt8>, atMost limit: Int = .max) -> [Slice<UnsafeBufferPointer<UInt8>>] {
        var words: [Slice<UnsafeBufferPointer<UInt8>>] = []
        var start: Int? = nil
        for index in bytes.indices {
            let byte = bytes[index] | 0x20
            if byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") {
                if start == nil { start = index }
            } else if let wordStart = start {
                words.append(bytes[wordStart..<index])
                if words.count == limit { return words }
                start = nil
            }
        }
        if let wordStart = start { words.append(bytes[wordStart..<bytes.count]) }
        return words
    }
}

private extension WordSet {
    @inline(__always)
    func contains(_ word: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        contains(UnsafeBufferPointer(rebasing: word))
    }
}
