/// Context facts that span sentences: quoted spans, interview extracts and headings, for one window of
/// a document (a paragraph and the line after it; quotes pair within a paragraph). Offsets
/// are the document's.
struct DocumentContext: Sendable {
    let quotedRanges: [Range<Int>]
    let spokenRanges: [Range<Int>]
    let headingRanges: [Range<Int>]

    /// The facts of `window` of `bytes`; `familyNames` holds the words of the note's family
    /// members' names, whose labelled lines are their words.
    init(bytes: UnsafeBufferPointer<UInt8>, window: Range<Int>, familyNames: WordSet = FamilyLabels.noNames) {
        let slice = UnsafeBufferPointer(rebasing: bytes[window])
        let shift = { (range: Range<Int>) in (range.lowerBound + window.lowerBound)..<(range.upperBound + window.lowerBound) }
        quotedRanges = QuoteScanner.quotedRanges(in: slice).map(shift)
        spokenRanges = InterviewExtracts.spokenRanges(in: slice, familyNames: familyNames).map(shift)
        headingRanges = Headings.ranges(in: slice).map(shift)
    }

    /// True if bytes `range` overlap a quoted span.
    func isQuoted(_ range: Range<Int>) -> Bool { Self.overlaps(quotedRanges, range) }

    /// True if bytes `range` lie in an interview extract.
    func isSpoken(_ range: Range<Int>) -> Bool { Self.overlaps(spokenRanges, range) }

    /// True if bytes `range` lie in a heading line.
    func isHeading(_ range: Range<Int>) -> Bool { Self.overlaps(headingRanges, range) }

    private static func overlaps(_ ranges: [Range<Int>], _ range: Range<Int>) -> Bool {
        // Ranges may nest, so a binary search on starts finds the candidates; scan back a little.
        var low = 0
        var high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].lowerBound < range.upperBound { low = middle + 1 } else { high = middle }
        }
        var index = low - 1
        while index >= 0 {
            if ranges[index].overlaps(range) { return true }
            index -= 1
            if low - index > 16 { break }
        }
        return false
    }
}
