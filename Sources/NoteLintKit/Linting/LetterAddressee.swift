/// Who a letter is written to, read from its salutation, so that "you" and "your" in it are
/// read as that person ("Dear Ms Whitford, … you need to stop prioritising your relationship").
///
/// The salutation is the first line that starts "Dear" (or "Letter to", as a record of a
/// letter sent opens: "Letter to Ms Hussain: we are worried…"), among the first lines of the text: a
/// title and surname ("Dear Ms Whitford": Ms, Mrs and Miss are the survivor, Mr the person
/// causing harm, as the lexicon reads titles), or a bare name whose role the note shows.
enum LetterAddressee {
    /// Only the first lines are looked at: a salutation opens a letter.
    static let linesToRead = 12
    /// The words that open a salutation.
    private static let openers: [StaticString] = ["Dear ", "Letter to "]

    /// The salutation line of the letter in `bytes` ("Dear Ms Whitford,"), trimmed; nil if
    /// the text is no letter.
    static func salutation(in bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        for _ in 0..<linesToRead {
            guard start < bytes.count else { return nil }
            let end = ByteBlocks.firstIndex(of: 0x0A, in: bytes, from: start) ?? bytes.count
            // Most lines do not open "Dear": the bytes tell, without a string of the line (what
            // comes before it may be spacing of any kind, so any non-ASCII byte is skipped too).
            var first = start
            while first < end, bytes[first] <= 0x20 || bytes[first] >= 0x80 { first += 1 }
            for opener in openers where bytes.spells(opener, at: first) {
                let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).trimmed
                if line.hasPrefix(opener.description) { return line }
            }
            start = end + 1
        }
        return nil
    }

    /// Phrases of a letter that say the person written to is harmed ("his behaviour towards
    /// you") or harms ("your behaviour towards her"), for a salutation whose name tells nothing
    /// ("Dear Priya,").
    private static let harmedPhrases = [
        "towards you", "behaviour to you", "threatened you", "hurt you", "hit you", "pushed you", "assaulted you",
        "strangled you", "frightened you", "controlled you", "threats to you", "abuse you have experienced",
        "violence you have experienced", "keep you safe", "keeping you safe", "your safety",
    ]
    private static let harmingPhrases = [
        "your behaviour towards", "your violence", "your abuse of", "your use of violence", "your use of abuse",
        "perpetrator programme for you", "you have hurt", "you hit", "you threatened", "you assaulted",
    ]

    /// The role of the person a letter is written to, read from what the letter says happened
    /// to them or what they did; nil if it says neither, or both.
    static func role(fromLetter bytes: UnsafeBufferPointer<UInt8>) -> Role? {
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        let harmed = harmedPhrases.contains { text.contains($0) }
        let harming = harmingPhrases.contains { text.contains($0) }
        guard harmed != harming else { return nil }
        return harmed ? .survivor : .causer
    }

    /// The role named by a salutation line ("Dear Ms Whitford,").
    static func role(salutation line: String, known: [String: Role]) -> Role? {
        guard let opener = openers.first(where: { line.hasPrefix($0.description) }) else { return nil }
        let words = line.dropFirst(opener.description.count).split(whereSeparator: { !$0.isLetter && $0 != "-" && $0 != "'" }).map(String.init)
        guard let first = words.first else { return nil }
        if let role = NoteCast.titles[first], words.count >= 2, words[1].first?.isUppercase == true { return role }
        guard words.count == 1, let role = known[first], role == .survivor || role == .causer else { return nil }
        return role
    }
}
