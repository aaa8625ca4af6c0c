/// Short asides set off by commas inside a phrase, which matching looks through: "Ms Hart has,
/// in my view, failed to protect Leo", "chose, once again, to stay", "the relationship is, at
/// times, volatile". Formal writing puts them in the middle of exactly the phrases the rules
/// name.
///
/// An aside is a comma, one to ``maxWords`` words of which the first opens asides ("in my
/// view", "at times", "once again", "over the years"), and a comma. Asides that attribute
/// ("according to Ms Hart") are not among them: they change whose words the phrase is.
enum Asides {
    /// The most words an aside holds between its commas ("has, despite repeated advice from
    /// this service and the school, failed").
    static let maxWords = 10
    /// Words that open an aside.
    static let openers: WordSet = [
        "in", "at", "once", "yet", "over", "from", "sadly", "unfortunately", "however", "therefore", "again", "also",
        "perhaps", "possibly", "probably", "clearly", "arguably", "still", "then", "though", "despite", "for", "on",
        "by", "it", "sometimes", "often", "occasionally", "frequently", "repeatedly", "understandably", "regrettably",
        "apparently", "reportedly", "seemingly", "increasingly", "now", "against", "contrary", "following",
    ]
    /// The most bytes the prefilter looks through for an aside's closing comma: more than any
    /// aside of ``maxWords`` words needs, so that it never rules out what the matcher finds.
    static let maxBytes = 96

    /// The token ranges of the asides in `tokens` (in its first `limit` tokens, if given),
    /// each from its opening to its closing comma.
    static func ranges(in tokens: [Token], before limit: Int? = nil) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let count = min(tokens.count, limit ?? tokens.count)
        var index = 0
        while index < count {
            if isComma(tokens[index]), index + 2 < count, openers.contains(tokens[index + 1].folded) {
                var end = index + 1
                while end < count, end - index - 1 < maxWords, tokens[end].isWordLike { end += 1 }
                // Within the bytes the prefilter looks through (``end(ofAsideAt:in:)``).
                if end < count, end > index + 1, isComma(tokens[end]), tokens[end].start - tokens[index].start < maxBytes {
                    ranges.append(index..<(end + 1))
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        return ranges
    }

    /// True if `token` is a comma (compared by kind first: most tokens are words).
    @inline(__always)
    static func isComma(_ token: Token) -> Bool {
        token.kind == .punctuation && token.folded == ","
    }

    /// `tokens` without the tokens of `asides`, with each kept token's index in `tokens`.
    static func removing(_ asides: [Range<Int>], from tokens: [Token]) -> (tokens: [Token], indices: [Int]) {
        var kept: [Token] = []
        var indices: [Int] = []
        kept.reserveCapacity(tokens.count)
        var next = asides.makeIterator()
        var aside = next.next()
        for (index, token) in tokens.enumerated() {
            while let current = aside, index >= current.upperBound { aside = next.next() }
            if let current = aside, current.contains(index) { continue }
            kept.append(token)
            indices.append(index)
        }
        return (kept, indices)
    }

    /// If the comma at `index` of `bytes` may open an aside, the offset just past its closing
    /// comma; else nil. Looser than ``ranges(in:)`` (any words, up to ``maxBytes``), so that
    /// the prefilter lets through every sentence where the matcher looks through an aside.
    static func end(ofAsideAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var next = index + 1
        let limit = min(bytes.count, index + maxBytes)
        while next < limit {
            switch bytes[next] {
            case UInt8(ascii: ","): return next > index + 1 ? next + 1 : nil
            case UInt8(ascii: "."), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), 0x0A: return nil
            default: next += 1
            }
        }
        return nil
    }
}
