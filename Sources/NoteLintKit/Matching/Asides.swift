import Foundation

/// Short asides set off by commas inside a phrase, which matching looks through: "Ms Hart has,
/// in my view, failed to protect Leo", "chose, once again, to stay", "the relationship is, at
/// times, volatile". Formal writing puts them in the middle of exactly the phrases the rules
/// name.
///
/// An aside is a comma, one to ``maxWords`` words of which the first opens asides ("in my
/// view", "at times", "once again", "over the years"), and a comma. Asides that attribute
/// ("according to Ms Hart") are not among them: they change whose words the phrase is.
///
/// A short bracket is an aside too, whatever its first word: case notes put a person's role,
/// name or age in one right inside a phrase ("Mum (Kerry) and dad (Leon) are always fighting",
/// "allowed Mr Dunn (father) back into the home").
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
    /// each from its opening to its closing comma or bracket. With the `text` that the tokens'
    /// offsets point into, an aside must stay on one line, as the prefilter's look through it
    /// does; a bracket must also end its line's words ("ABUSE (PPN1)" ending a heading does
    /// not join the heading to the next line's "Incident").
    static func ranges(in tokens: [Token], before limit: Int? = nil, text: UnsafeBufferPointer<UInt8>? = nil) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        let count = min(tokens.count, limit ?? tokens.count)
        var index = 0
        while index < count {
            // Most tokens are words: one comparison passes them.
            guard tokens[index].kind == .punctuation else {
                index += 1
                continue
            }
            if let end = endOfBracket(openingAt: index, in: tokens, count: count),
               text.map({ !holdsLineBreak(tokens[index].start..<(end + 1 < tokens.count ? tokens[end + 1].start : tokens[end].end), $0) }) ?? true {
                ranges.append(index..<(end + 1))
                index = end + 1
                continue
            }
            if isComma(tokens[index]), index + 2 < count, openers.contains(tokens[index + 1].folded) {
                var end = index + 1
                while end < count, end - index - 1 < maxWords, tokens[end].isWordLike { end += 1 }
                // Within the bytes the prefilter looks through (``end(ofAsideAt:in:)``).
                if end < count, end > index + 1, isComma(tokens[end]), tokens[end].start - tokens[index].start < maxBytes,
                   text.map({ !holdsLineBreak(tokens[index].start..<tokens[end].end, $0) }) ?? true {
                    ranges.append(index..<(end + 1))
                    index = end + 1
                    continue
                }
            }
            index += 1
        }
        return ranges
    }

    /// The index of the `)` that closes a short bracket opened at `index`: at most ``maxWords``
    /// words, no other bracket, within ``maxBytes``.
    private static func endOfBracket(openingAt index: Int, in tokens: [Token], count: Int) -> Int? {
        guard tokens[index].kind == .punctuation, tokens[index].folded == "(" else { return nil }
        var end = index + 1
        var words = 0
        while end < count, words <= maxWords {
            let token = tokens[end]
            if token.kind == .punctuation {
                if token.folded == ")" { break }
                if token.folded == "(" { return nil }
            } else {
                words += 1
            }
            end += 1
        }
        guard end < count, end > index + 1, words <= maxWords, tokens[end].folded == ")",
              tokens[end].start - tokens[index].start < maxBytes else { return nil }
        return end
    }

    /// True if `text` holds a line break in `range`.
    private static func holdsLineBreak(_ range: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let slice = UnsafeBufferPointer(rebasing: text[range.clamped(to: 0..<text.count)])
        guard let base = slice.baseAddress, !slice.isEmpty else { return false }
        return memchr(base, 0x0A, slice.count) != nil
    }

    /// True if `token` closes an aside: a comma, or a closing bracket.
    @inline(__always)
    static func closesAside(_ token: Token) -> Bool {
        token.kind == .punctuation && (token.folded == "," || token.folded == ")")
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

    /// If the comma or opening bracket at `index` of `bytes` may open an aside, the offset just
    /// past its closing comma or bracket; else nil. Looser than ``ranges(in:)`` (any words, up
    /// to ``maxBytes``), so that the prefilter lets through every sentence where the matcher
    /// looks through an aside.
    static func end(ofAsideAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if bytes[index] == UInt8(ascii: "(") { return end(ofBracketAt: index, in: bytes) }
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

    /// The offset just past the first `)` after the `(` at `index`, within ``maxBytes`` and the
    /// line, with no other `(` before it; else nil. The words inside may hold any marks (a
    /// title's full stop: "(Mr. Dunn)").
    private static func end(ofBracketAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var next = index + 1
        let limit = min(bytes.count, index + maxBytes)
        while next < limit {
            switch bytes[next] {
            case UInt8(ascii: ")"): return next > index + 1 ? next + 1 : nil
            case UInt8(ascii: "("), 0x0A: return nil
            default: next += 1
            }
        }
        return nil
    }
}
