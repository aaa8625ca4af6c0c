/// Decides which line breaks are only wrapping inside a sentence.
///
/// Exported notes and reports are often hard-wrapped at a fixed width, and ICU ends a sentence
/// at every line break. A break is treated as a space when the line before it is long prose
/// that does not end in sentence punctuation, and the line after it is prose too (not blank,
/// not a list item or heading).
enum LineJoiner {
    /// Lines shorter than this are labels or list entries, not wrapped prose.
    static let minimumWrappedLineLength = 40

    /// A copy of `bytes` with wrapping line breaks replaced by spaces (same length, so byte
    /// offsets are unchanged), or nil if no line break is wrapping.
    static func joinWrappedLines(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var copy: [UInt8]? = nil
        var lineStart = 0
        var index = 0
        while let newline = ByteBlocks.firstIndex(of: 0x0A, in: bytes, from: index) {
            index = newline
            let breakStart = index > 0 && bytes[index - 1] == 0x0D ? index - 1 : index
            let nextStart = index + 1
            if isWrapped(bytes, lineStart: lineStart, lineEnd: breakStart, nextStart: nextStart) {
                if copy == nil { copy = Array(bytes) }
                for position in breakStart...index { copy![position] = 0x20 }
            }
            lineStart = nextStart
            index += 1
        }
        return copy
    }

    /// The stretches of `bytes` between hard line breaks (line breaks that are not wrapping),
    /// without the breaks themselves; blank stretches are left out. No sentence crosses a hard
    /// break, so each unit can be segmented on its own with the same result.
    static func units(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var units: [Range<Int>] = []
        var unitStart = 0
        var lineStart = 0
        var index = 0
        func close(_ end: Int) {
            var hasText = false
            for position in unitStart..<end where ![0x20, 0x09, 0x0D].contains(bytes[position]) { hasText = true; break }
            if hasText { units.append(unitStart..<end) }
        }
        while let newline = ByteBlocks.firstIndex(of: 0x0A, in: bytes, from: index) {
            index = newline
            let breakStart = index > 0 && bytes[index - 1] == 0x0D ? index - 1 : index
            if !isWrapped(bytes, lineStart: lineStart, lineEnd: breakStart, nextStart: index + 1) {
                close(breakStart)
                unitStart = index + 1
            }
            lineStart = index + 1
            index += 1
        }
        close(bytes.count)
        return units
    }

    /// The paragraph (between blank lines) holding `offset`, extended to the end of the first
    /// line of the next paragraph, where a speaker line may stand, and of the line after that,
    /// which tells a speaker line (a blank line or nothing follows) from a heading ("Social
    /// work" over its section's text).
    static func paragraphWindow(around offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        paragraph(around: offset, in: bytes, withNextLine: true)
    }

    /// The paragraph (between blank lines) holding `offset`; with `withNextLine`, extended to
    /// the end of the first line of the next paragraph and of the line after it.
    static func paragraph(around offset: Int, in bytes: UnsafeBufferPointer<UInt8>, withNextLine: Bool = false) -> Range<Int> {
        let count = bytes.count
        func lineStart(_ index: Int) -> Int {
            ByteBlocks.lastIndex(of: 0x0A, in: bytes, before: index).map { $0 + 1 } ?? 0
        }
        func lineEnd(_ index: Int) -> Int {
            ByteBlocks.firstIndex(of: 0x0A, in: bytes, from: index) ?? count
        }
        func isBlank(_ range: Range<Int>) -> Bool {
            range.allSatisfy { [0x20, 0x09, 0x0D].contains(bytes[$0]) }
        }
        var start = lineStart(min(offset, count))
        while start > 0 {
            let previousStart = lineStart(start - 1)
            if isBlank(previousStart..<(start - 1)) { break }
            start = previousStart
        }
        var end = lineEnd(min(offset, count))
        while end < count {
            let nextEnd = lineEnd(end + 1)
            if isBlank((end + 1)..<nextEnd) { break }
            end = nextEnd
        }
        var cursor = end
        while withNextLine, cursor < count {
            let nextEnd = lineEnd(cursor + 1)
            if !isBlank((cursor + 1)..<nextEnd) {
                end = nextEnd < count ? lineEnd(nextEnd + 1) : nextEnd
                break
            }
            cursor = nextEnd
        }
        return start..<min(end, count)
    }

    private static func isWrapped(_ bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, lineEnd: Int, nextStart: Int) -> Bool {
        var end = lineEnd
        while end > lineStart, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        var start = lineStart
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        guard end - start >= minimumWrappedLineLength else { return false }
        switch bytes[end - 1] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ";"):
            return false
        default: break
        }
        var next = nextStart
        while next < bytes.count, bytes[next] == 0x20 || bytes[next] == 0x09 { next += 1 }
        guard next < bytes.count else { return false }
        switch bytes[next] {
        case 0x0A, 0x0D, UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "#"), UInt8(ascii: ">"), UInt8(ascii: "|"):
            return false
        case 0xE2 where next + 2 < bytes.count && bytes[next + 1] == 0x80 && bytes[next + 2] == 0xA2: // •
            return false
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var digit = next
            while digit < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[digit]) { digit += 1 }
            return !(digit < bytes.count && (bytes[digit] == UInt8(ascii: ".") || bytes[digit] == UInt8(ascii: ")")))
        default:
            return true
        }
    }
}
