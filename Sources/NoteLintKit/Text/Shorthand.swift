/// Case-note shorthand that the segmenter reads as the words it stands for, and the
/// prefilter's scan finds as those words: negative contractions typed without an apostrophe
/// ("doesnt", "cant", "didnt"), slash abbreviations ("w/", "w/o", "b/c"), a plus or an
/// ampersand for "and" ("M isolated + controlled", "Gemma & Mr Fraser") and an at sign for
/// "at" ("DA @ home addr").
///
/// A hurried draft drops apostrophes and shortens "with": "M chose to stay w/ F", "why doesnt
/// she just leave", "he didnt lose his temper". Read as typed, the first two would be missed
/// and the last would lose its negation.
enum Shorthand {
    /// Negative contractions without their apostrophe. Each splits before its final "nt" as
    /// its spelling with one splits before "n't" ("doesnt" → "does", "n't"; "cant" → "ca").
    static let negativeContractions = [
        "dont", "doesnt", "didnt", "cant", "wont", "isnt", "wasnt", "arent", "werent", "hasnt", "havent", "hadnt", "couldnt",
        "wouldnt", "shouldnt", "mustnt", "neednt",
    ]
    private static let contractionTable = WordTable(negativeContractions.sorted())

    /// Slash abbreviations and the words they stand for.
    static let abbreviations: [(spelling: StaticString, word: String)] = [("w/o", "without"), ("b/c", "because"), ("w/", "with")]
    /// A word that a symbol between spaces stands for.
    enum SymbolWord {
        /// A plus or an ampersand: "M isolated + controlled", "Gemma & Mr Fraser argued".
        case and
        /// An at sign: "DA @ home addr", "police att @ 23:40".
        case at

        /// The word as the segmenter writes it and the prefilter's scan finds it.
        var spelling: String {
            switch self {
            case .and: "and"
            case .at: "at"
            }
        }
    }

    /// True if `byte` may stand for a word when it has a space on either side (a plus, an
    /// ampersand or an at sign): one comparison for the scan's skip loop.
    @inline(__always)
    static func maySpellWord(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "+") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "@")
    }

    /// The word that the symbol at `index` of `bytes` stands for, if it is a "+" or "&"
    /// (``SymbolWord/and``) or an "@" (``SymbolWord/at``) with a space on either side; otherwise
    /// nil. The segmenter reads the symbol as that word, and the prefilter's scan finds it as
    /// that literal.
    @inline(__always)
    static func spacedSymbolWord(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> SymbolWord? {
        guard maySpellWord(bytes[index]), index > 0, index + 1 < bytes.count,
              bytes[index - 1] == UInt8(ascii: " "), bytes[index + 1] == UInt8(ascii: " ") else { return nil }
        return bytes[index] == UInt8(ascii: "@") ? .at : .and
    }

    /// The words that slash abbreviations stand for.
    static var abbreviatedWords: [String] { abbreviations.map(\.word) }

    /// True if the ASCII word `word` (any case) is a negative contraction without its
    /// apostrophe. Most words do not end in "nt": two bytes tell.
    @inline(__always)
    static func isNegativeContraction(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        word.count >= 4 && word[word.count - 1] | 0x20 == UInt8(ascii: "t") && word[word.count - 2] | 0x20 == UInt8(ascii: "n")
            && contractionTable.id(of: word, hash: WordTable.hash(word)) != nil
    }

    /// The word that the abbreviation starting at `index` of `bytes` stands for, with the
    /// abbreviation's length, or nil. `index` starts a word (the caller has checked). "w/o" and
    /// "b/c" stand alone; "w/" may run into the next word ("w/mum"), but not into a single
    /// letter ("w/c 12 May" is week commencing, "w/e" a weekend).
    static func abbreviation(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (word: String, length: Int)? {
        guard index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") else { return nil }
        for (spelling, word) in abbreviations where bytes.spellsIgnoringCase(spelling, at: index) {
            let end = index + spelling.utf8CodeUnitCount
            let endsWithLetter = spelling.utf8CodeUnitCount == 3
            if endsWithLetter {
                if end == bytes.count || !NoteCast.isWordByte(bytes[end]) { return (word, spelling.utf8CodeUnitCount) }
            } else if end == bytes.count || !NoteCast.isWordByte(bytes[end]) || end + 1 < bytes.count && NoteCast.isWordByte(bytes[end + 1]) {
                return (word, spelling.utf8CodeUnitCount)
            }
        }
        return nil
    }
}
