import CICU

/// Cuts UTF-8 text into word-break segments by the Unicode word rules (UAX #29) with ICU's
/// rule statuses: the same segments as ICU's word break iterator (a differential test checks
/// this), found in one pass over the bytes instead of through ICU's state machine.
///
/// It handles the text of case notes: ASCII, Latin letters, and general punctuation such as
/// curly quotes and dashes. Text with anything the rules treat specially beyond that (combining
/// marks and other Extend or Format characters, joiners, Hebrew, kana, CJK and other scripts ICU
/// segments with dictionaries, emoji flags) is left to ICU: ``segments(in:into:)`` returns
/// false for it.
struct WordSplitter: Sendable {
    /// ICU's Word_Break values (UCHAR_WORD_BREAK) that the rules here use.
    private enum Class {
        static let other: UInt8 = 0, aLetter: UInt8 = 1, midLetter: UInt8 = 4, midNum: UInt8 = 5, numeric: UInt8 = 6
        static let extendNumLet: UInt8 = 7, cr: UInt8 = 8, lf: UInt8 = 10, midNumLet: UInt8 = 11, newline: UInt8 = 12
        static let singleQuote: UInt8 = 15, doubleQuote: UInt8 = 16, wSegSpace: UInt8 = 22
        /// Any class these rules do not handle.
        static let unhandled: UInt8 = 255
        /// Before the first character and after the last.
        static let edge: UInt8 = 254
    }

    /// ICU's rule statuses for a segment: no word, a number, a word with letters.
    enum Status {
        static let none: Int32 = 0, number: Int32 = 100, letter: Int32 = 200
    }

    /// The class of each character below U+0250 (ASCII, Latin-1, Latin Extended A and B), and
    /// of each in U+2000–U+206F (general punctuation); other characters are left to ICU.
    private let latinClasses: [UInt8]
    private let punctuationClasses: [UInt8]

    init() {
        func classes(_ range: ClosedRange<Int32>) -> [UInt8] {
            range.map { scalar in
                let value = UInt8(truncatingIfNeeded: cicu_word_break_class(scalar))
                // ICU's word rules take the colon out of MidLetter ("re:send" is three segments)
                // and count `@` as a letter (an e-mail address is one word).
                if scalar == 0x3A { return Class.other }
                if scalar == 0x40 { return Class.aLetter }
                switch value {
                case Class.other, Class.aLetter, Class.midLetter, Class.midNum, Class.numeric, Class.extendNumLet, Class.cr,
                     Class.lf, Class.midNumLet, Class.newline, Class.singleQuote, Class.doubleQuote, Class.wSegSpace:
                    return value
                default:
                    return Class.unhandled
                }
            }
        }
        latinClasses = classes(0...0x24F)
        punctuationClasses = classes(0x2000...0x206F)
    }

    /// Replaces the contents of `segments` with the segments of `bytes` and their statuses,
    /// and returns true; returns false, leaving `segments` unspecified, if `bytes` hold a
    /// character these rules leave to ICU.
    func segments(in bytes: UnsafeBufferPointer<UInt8>, into segments: inout [ICUBreaker.Segment]) -> Bool {
        segments.removeAll(keepingCapacity: true)
        let count = bytes.count
        guard count > 0 else { return true }
        // A window of four characters: the rules look at most two back and one ahead of a gap.
        var (current, currentLength) = self.class(at: 0, in: bytes)
        guard current != Class.unhandled else { return false }
        var previous = Class.edge
        var nextOffset = currentLength
        var (next, nextLength) = self.class(at: nextOffset, in: bytes)
        var start = 0
        var currentStartsSegment = true
        while nextOffset < count {
            if next == Class.unhandled { return false }
            if current == Class.aLetter, next == Class.aLetter {
                // Nothing breaks inside a run of letters (WB5): go to its last ASCII letter.
                var index = nextOffset + nextLength
                while index < count, bytes[index] < 0x80, latinClasses[Int(bytes[index])] == Class.aLetter { index += 1 }
                previous = Class.aLetter
                currentStartsSegment = false
                nextOffset = index
                (next, nextLength) = self.class(at: index, in: bytes)
                continue
            }
            let (afterNext, afterNextLength) = self.class(at: nextOffset + nextLength, in: bytes)
            if Self.breaks(previous, current, next, afterNext) {
                segments.append(ICUBreaker.Segment(start: start, end: nextOffset,
                                                   ruleStatus: Self.status(last: current, before: currentStartsSegment ? nil : previous)))
                start = nextOffset
                currentStartsSegment = true
            } else {
                currentStartsSegment = false
            }
            previous = current
            current = next
            next = afterNext
            nextOffset += nextLength
            nextLength = afterNextLength
        }
        segments.append(ICUBreaker.Segment(start: start, end: count,
                                           ruleStatus: Self.status(last: current, before: currentStartsSegment ? nil : previous)))
        return true
    }

    /// True if the word rules break between `before` and `after`, given the characters on
    /// either side of them (``Class/edge`` at the ends of the text).
    @inline(__always)
    private static func breaks(_ previous: UInt8, _ before: UInt8, _ after: UInt8, _ next: UInt8) -> Bool {
        // WB3, WB3a, WB3b: CR LF stays together; otherwise break around line breaks.
        if before == Class.cr, after == Class.lf { return false }
        if before == Class.cr || before == Class.lf || before == Class.newline
            || after == Class.cr || after == Class.lf || after == Class.newline { return true }
        switch (before, after) {
        case (Class.wSegSpace, Class.wSegSpace): return false // WB3d
        case (Class.aLetter, Class.aLetter), (Class.numeric, Class.numeric),
             (Class.aLetter, Class.numeric), (Class.numeric, Class.aLetter): return false // WB5, WB8, WB9, WB10
        case (Class.aLetter, Class.extendNumLet), (Class.numeric, Class.extendNumLet), (Class.extendNumLet, Class.extendNumLet),
             (Class.extendNumLet, Class.aLetter), (Class.extendNumLet, Class.numeric): return false // WB13a, WB13b
        default: break
        }
        if before == Class.aLetter, next == Class.aLetter, isMidLetter(after) { return false }    // WB6
        if before == Class.numeric, next == Class.numeric, isMidNumber(after) { return false }    // WB12
        if previous == Class.aLetter, after == Class.aLetter, isMidLetter(before) { return false } // WB7
        if previous == Class.numeric, after == Class.numeric, isMidNumber(before) { return false } // WB11
        return true
    }

    @inline(__always)
    private static func isMidLetter(_ kind: UInt8) -> Bool {
        kind == Class.midLetter || kind == Class.midNumLet || kind == Class.singleQuote
    }

    @inline(__always)
    private static func isMidNumber(_ kind: UInt8) -> Bool {
        kind == Class.midNum || kind == Class.midNumLet || kind == Class.singleQuote
    }

    /// The class and byte length of the character at `index`: ``Class/edge`` at the end of
    /// `bytes`, ``Class/unhandled`` for a character left to ICU.
    @inline(__always)
    private func `class`(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (UInt8, Int) {
        guard index < bytes.count else { return (Class.edge, 0) }
        let byte = bytes[index]
        if byte < 0x80 { return (latinClasses[Int(byte)], 1) }
        guard let scalar = bytes.scalar(at: index) else { return (Class.unhandled, 1) }
        let value = Int(scalar.value)
        if value < latinClasses.count { return (latinClasses[value], UTF8.width(scalar)) }
        if value >= 0x2000, value < 0x2000 + punctuationClasses.count { return (punctuationClasses[value - 0x2000], UTF8.width(scalar)) }
        return (Class.unhandled, 1)
    }

    /// ICU's status of a segment: that of the rule that joined its last two characters, or
    /// of its only character (`before` nil).
    private static func status(last: UInt8, before: UInt8?) -> Int32 {
        switch last {
        case Class.aLetter: return Status.letter
        case Class.numeric: return Status.number
        case Class.extendNumLet:
            guard let before else { return Status.none }
            return before == Class.numeric ? Status.number : Status.letter
        default: return Status.none
        }
    }
}
