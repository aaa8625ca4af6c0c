/// Reads the labels that mark a line as a family member's own words rather than the writer's:
/// a minutes-style speaker label ("Kyle Dunn (father): …", "Mother's account: …", "Mum: I …")
/// or a heading over their views ("Father's views", "Views of the child").
/// A professional's label ("Tom Ellery (SW): …", "Chair: …") marks the writer's own record.
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
    /// First-person words: after a bare role label ("Mum: …") they make the line direct speech.
    static let firstPersonWords: WordSet = ["i", "i'm", "i've", "i'd", "i'll", "me", "my", "we", "we're", "us", "our"]
    /// A label is at most this many bytes before its colon.
    static let maximumLabelLength = 48

    /// True if the trimmed line `line` opens with a family member's label and a colon, and has
    /// their words after it.
    static func isLabelledWords(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let colon = line.prefix(maximumLabelLength + 1).firstIndex(of: UInt8(ascii: ":")),
              colon > 0, colon + 1 < line.count,
              !line[..<colon].contains(where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return false }
        let label = String(decoding: UnsafeBufferPointer(rebasing: line[..<colon]), as: UTF8.self)
        let after = String(decoding: UnsafeBufferPointer(rebasing: line[(colon + 1)...]), as: UTF8.self)
        guard !after.trimmed.isEmpty else { return false }
        if isViewLabel(label) { return true }
        // "Kyle Dunn (father)": the bracket says who speaks.
        if let open = label.firstIndex(of: "("), label.hasSuffix(")") {
            let inside = words(label[label.index(after: open)..<label.index(before: label.endIndex)])
            return inside.count <= 3 && inside.first.map { familyWords.contains($0) } == true
        }
        // "Mum: we just argue": a bare role word, then words in the first person.
        let labelWords = words(Substring(label))
        guard labelWords.count <= 3, let first = labelWords.first, familyWords.contains(first) else { return false }
        return holdsFirstPerson(after)
    }

    /// True if `line` holds a word in the first person ("I", "me", "we", …).
    static func holdsFirstPerson(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        holdsFirstPerson(String(decoding: line, as: UTF8.self))
    }

    private static func holdsFirstPerson(_ text: String) -> Bool {
        words(Substring(text)).contains { firstPersonWords.contains($0) }
    }

    /// True if the trimmed line `text` is a heading over a family member's views ("Father's
    /// views", "Views of the mother:"), with nothing after it.
    static func isViewHeading(_ text: String) -> Bool {
        guard text.utf8.count <= maximumLabelLength else { return false }
        var label = Substring(text)
        if label.last == ":" { label = label.dropLast() }
        return isViewLabel(String(label))
    }

    /// True if `label` names a family member's account: a possessive role word before a view
    /// word ("Mother's account", "Parents' views") or a view word of a role word ("Views of the
    /// child").
    private static func isViewLabel(_ label: String) -> Bool {
        let labelWords = words(Substring(label))
        guard (2...6).contains(labelWords.count) else { return false }
        if viewWords.contains(labelWords[0]) {
            return labelWords[1] == "of" && labelWords.dropFirst(2).contains { familyWords.contains($0) }
        }
        // Possessive: the role word's apostrophe is lost to `words`, so look at the text.
        let possessive = label.range(of: "'s ") ?? label.range(of: "\u{2019}s ") ?? label.range(of: "s' ") ?? label.range(of: "s\u{2019} ")
        guard let possessive else { return false }
        let owner = words(label[..<possessive.lowerBound])
        let owned = words(label[possessive.upperBound...])
        return owner.last.map { familyWords.contains($0) || familyWords.contains($0 + "s") } == true
            && owned.first.map { viewWords.contains($0) } == true
    }

    /// The lower-case words of `text` (letters and apostrophes).
    private static func words(_ text: Substring) -> [String] {
        text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" })
            .map { $0.lowercased().replacingOccurrences(of: "\u{2019}", with: "'") }
    }
}
