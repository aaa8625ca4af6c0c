/// Finds the spans of a document that are inside quotation marks.
///
/// Straight and curly quotes, double and single, nested. A single quote between two letters
/// ("Ms B's", "don't") is an apostrophe, as is a closing-shaped single quote with no open
/// single quote ("the parents' home"). Markdown's italics (`*…*`) count as quotation marks
/// where a research source is named in brackets in them or right after them ("*We used to say
/// the relationship was volatile* (Senior practitioner, interview)"): the words of an
/// interviewee or a survey respondent. Italics that reproduce a case file's wording are left
/// to be checked. Quotes are paired within a paragraph; an unpaired quote marks nothing.
enum QuoteScanner {
    /// Byte ranges of quoted spans, quote marks included, sorted by start. `bytes` must be
    /// valid UTF-8.
    static func quotedRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: [(mark: Mark, offset: Int)] = []
        let count = bytes.count
        var index = 0
        while index < count {
            // Only line feeds and the lead bytes of quote marks matter; skip the rest, eight
            // bytes at a time where they hold no line feed, straight quote or non-ASCII byte.
            index = ByteBlocks.skipQuietBlocks(in: bytes, from: index) {
                !ByteBlocks.hasNonASCII($0) && !ByteBlocks.has($0, 0x0A) && !ByteBlocks.has($0, 0x22) && !ByteBlocks.has($0, 0x27)
                    && !ByteBlocks.has($0, 0x2A)
            }
            guard index < count else { break }
            let byte = bytes[index]
            guard byte == 0x0A || byte == 0x22 || byte == 0x27 || byte == 0x2A || byte == 0xE2 || byte == 0xC2 || byte == 0xEF else {
                index += 1
                continue
            }
            let scalar = byte < 0x80 ? Unicode.Scalar(byte) : (bytes.scalar(at: index) ?? " ")
            let start = index
            let end = start + UTF8.width(scalar)
            index = end
            // A blank line ends a paragraph: unpaired quotes are forgotten.
            if byte == 0x0A {
                if start > 0, bytes[start - 1] == 0x0A || (start > 1 && bytes[start - 1] == 0x0D && bytes[start - 2] == 0x0A) {
                    open.removeAll()
                }
                continue
            }
            func close(_ mark: Mark) -> Bool {
                guard let position = open.lastIndex(where: { $0.mark == mark }) else { return false }
                if mark == .double && isCSVField(open[position].offset..<end, in: bytes) {
                    // A field of a comma-separated row pasted into the text, not a quotation.
                } else if mark != .emphasis || namesResearchSource(open[position].offset..<end, in: bytes) {
                    ranges.append(open[position].offset..<end)
                }
                open.removeSubrange(position...)
                return true
            }
            switch scalar {
            case "\"", "\u{FF02}":
                if !close(.double) { open.append((.double, start)) }
            case "\u{201C}", "\u{201E}", "\u{00AB}":
                open.append((.double, start))
            case "\u{201D}", "\u{00BB}":
                if !close(.double), scalar == "\u{201D}" { open.append((.double, start)) }
            case "\u{2018}":
                if isLetter(scalarBefore(start, in: bytes)) && isLetter(scalarAfter(end, in: bytes)) { break }
                open.append((.single, start))
            case "*":
                // Italics open before a word or a quote and close after one ("*'Parents have a
                // long history of DV…'*"); a bullet's "* " and "**" of bold open nothing.
                let previous = scalarBefore(start, in: bytes)
                let next = scalarAfter(end, in: bytes)
                if !previous.properties.isWhitespace, previous != "*", close(.emphasis) { break }
                if isOpeningContext(previous) || previous == "*", isLetter(next) || next == "'" || next == "\"" || next == "\u{2018}" || next == "\u{201C}" {
                    open.append((.emphasis, start))
                }
            case "'", "\u{2019}":
                let previous = scalarBefore(start, in: bytes)
                let next = scalarAfter(end, in: bytes)
                if isLetter(previous) && isLetter(next) { break }
                if isOpeningContext(previous), isLetter(next) || next.properties.numericType != nil || next == "\"" {
                    open.append((.single, start))
                } else if open.contains(where: { $0.mark == .single }), isPluralPossessive(start, end, in: bytes),
                    closingQuoteFollows(end, in: bytes) {
                    // "'the parents' volatile relationship'": the apostrophe of a plural
                    // possessive inside a quotation, which closes further on.
                } else {
                    _ = close(.single)
                }
            default:
                break
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    enum Mark { case double, single, emphasis }

    /// True if the double-quoted `span` is a field of a comma-separated row
    /// (`"02/09/2022","Police","Parents arguing…"`): a comma or the line's start right before it
    /// and a comma or the line's end right after it, with another quoted field next to it.
    private static func isCSVField(_ span: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let before: UInt8? = span.lowerBound > 0 ? bytes[span.lowerBound - 1] : nil
        let after: UInt8? = span.upperBound < bytes.count ? bytes[span.upperBound] : nil
        let startsField = before == nil || before == 0x0A || before == UInt8(ascii: ",")
        let endsField = after == nil || after == 0x0A || after == 0x0D || after == UInt8(ascii: ",")
        guard startsField, endsField else { return false }
        let nextIsField = after == UInt8(ascii: ",") && span.upperBound + 1 < bytes.count && bytes[span.upperBound + 1] == 0x22
        return before == UInt8(ascii: ",") || nextIsField
    }

    /// Words that name a research source in an attribution's brackets.
    private static let researchSources: [StaticString] = ["interview", "survey", "respondent", "response", "participant", "focus group", "feedback"]

    /// True if the italic span `span` holds, or is followed on its line by, a bracket naming a
    /// research source ("(Advocate, interview)", "(participant, post Core survey)"). Read in
    /// bytes: long reports set many spans in italics.
    private static func namesResearchSource(_ span: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var end = span.upperBound
        while end < bytes.count, end - span.upperBound < 160, bytes[end] != 0x0A { end += 1 }
        var index = span.lowerBound
        while index < end {
            guard bytes[index] == UInt8(ascii: "(") else { index += 1; continue }
            var close = index + 1
            while close < end, bytes[close] != UInt8(ascii: ")") { close += 1 }
            guard close < end else { return false }
            if researchSources.contains(where: { holds($0, in: (index + 1)..<close, bytes) }) { return true }
            index = close + 1
        }
        return false
    }

    /// True if `bytes[range]` holds the lower-case `word`, ASCII letters compared without case.
    private static func holds(_ word: StaticString, in range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = word.utf8CodeUnitCount
        guard range.count >= length else { return false }
        return (range.lowerBound...(range.upperBound - length)).contains { bytes.spellsIgnoringCase(word, at: $0) }
    }

    /// True if the closing-shaped single quote at `start..<end` follows an "s" and comes before
    /// a space and a word, as the apostrophe of a plural possessive does ("the parents' home").
    private static func isPluralPossessive(_ start: Int, _ end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let previous = scalarBefore(start, in: bytes)
        guard previous == "s" || previous == "S", scalarAfter(end, in: bytes) == " " else { return false }
        return isLetter(scalarAfter(end + 1, in: bytes))
    }

    /// True if a closing-shaped single quote other than a plural possessive's follows `offset` on
    /// its line, before any quote that opens.
    private static func closingQuoteFollows(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = offset
        while index < bytes.count, bytes[index] != 0x0A {
            let byte = bytes[index]
            guard byte == 0x27 || byte == 0xE2 else { index += 1; continue }
            let scalar = byte < 0x80 ? Unicode.Scalar(byte) : (bytes.scalar(at: index) ?? " ")
            let start = index
            let end = start + UTF8.width(scalar)
            index = end
            guard scalar == "'" || scalar == "\u{2019}" || scalar == "\u{2018}" else { continue }
            let previous = scalarBefore(start, in: bytes)
            let next = scalarAfter(end, in: bytes)
            if isLetter(previous) && isLetter(next) { continue }
            if scalar == "\u{2018}" || isOpeningContext(previous) { return false }
            if !isPluralPossessive(start, end, in: bytes) { return true }
        }
        return false
    }

    /// The scalar that ends just before byte `offset`, or a space at the start.
    private static func scalarBefore(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        var start = offset - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start >= 0 ? bytes.scalar(at: start) ?? " " : " "
    }

    /// The scalar that starts at byte `offset`, or a space at the end.
    private static func scalarAfter(_ offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar {
        offset < bytes.count ? bytes.scalar(at: offset) ?? " " : " "
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isAlphabetic }

    private static func isOpeningContext(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace || "([{\u{201C}\"-\u{2013}\u{2014}/:*_".unicodeScalars.contains(scalar)
    }
}
