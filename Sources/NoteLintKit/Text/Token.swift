/// One word, number or punctuation mark of a document, in the form that patterns match.
public struct Token: Sendable, Equatable {
    /// What a token is made of.
    public enum Kind: Sendable, Equatable {
        case word
        case number
        case punctuation
    }

    /// The normalised form: case-folded, apostrophes and dashes unified.
    public var folded: String
    /// Word, number or punctuation.
    public var kind: Kind
    /// UTF-8 byte offset of the first byte in the document.
    public var start: Int
    /// UTF-8 byte offset one past the last byte in the document.
    public var end: Int
    /// The id of `folded` in the matcher's vocabulary, or ``Token/unknownID`` if no pattern uses it.
    public var id: Int32 = Token.unknownID
    /// True if the token's first letter is upper-case in the document ("Zoë", "Mr").
    public var isCapitalised = false

    /// The id of a token that no pattern names.
    public static let unknownID: Int32 = -1

    public init(folded: String, kind: Kind, start: Int, end: Int) {
        self.folded = folded
        self.kind = kind
        self.start = start
        self.end = end
    }

    /// True if the token is `word` (lower-case, as ``folded`` is). The lengths are compared
    /// first: most tokens differ in length from the word asked about, and the string
    /// comparison after a mismatch of their bits costs a call.
    @inline(__always)
    func `is`(_ word: String) -> Bool {
        folded.utf8.count == word.utf8.count && folded == word
    }

    /// True for words and numbers.
    public var isWordLike: Bool { kind != .punctuation }

    /// True if a pattern gap (`*`) may match this token: anything but punctuation that ends a
    /// sentence or clause, or opens or closes a quotation (`.` `;` `!` `?` `"`). A colon does
    /// not stop a gap: case notes use it after labels, as in "Safety plan: Mother to…".
    var fillsGap: Bool {
        // The stoppers are one ASCII byte each: compare bytes rather than hash the string.
        guard kind == .punctuation, folded.utf8.count == 1, let byte = folded.utf8.first else { return true }
        switch byte {
        case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""): return false
        default: return true
        }
    }
}

/// A sentence of a document: its byte range and its tokens.
public struct Sentence: Sendable, Equatable {
    /// UTF-8 byte offset of the sentence's first byte.
    public var start: Int
    /// UTF-8 byte offset one past the sentence's last byte.
    public var end: Int
    /// The tokens of the sentence, in order.
    public var tokens: [Token]
}
