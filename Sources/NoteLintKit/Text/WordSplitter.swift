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
                // ICU's word rules take the colon out of MidLetter: "re:send" is three segments.
                if scalar == 0x3A { return Class.other }
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
    /// character these rules leave to ICU. `classes` is working memory.
    func segments(in bytes: UnsafeBufferPointer<UInt8>, into segments: inout [ICUBreaker.Segment],
                  classes: inout [(class: UInt8, offset: Int32)]) -> Bool {
        segments.removeAll(keepingCapacity: true)
        guard classify(bytes, into: &classes) else { return false }
        let count = classes.count
        guard count > 0 else { return true }
        var start = 0
        var first = 0
        for index in 0..<count {
            guard index + 1 == count || breaks(after: index, classes) else { continue }
            let end = index + 1 == count ? bytes.count : Int(classes[index + 1].offset)
            let status = Self.status(last: classes[index].class, before: index > first ? classes[index - 1].class : nil)
            segments.append(ICUBreaker.Segment(start: start, end: end, ruleStatus: status))
            start = end
            first = index + 1
        }
        return true
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

    /// True if the word rules break between character `index` and the next.
    @inline(__always)
    private func breaks(after index: Int, _ classes: [(class: UInt8, offset: Int32)]) -> Bool {
        let before = classes[index].class, after = classes[index + 1].class
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
        let afterIsMidLetter = after == Class.midLetter || after == Class.midNumLet || after == Class.singleQuote
        let afterIsMidNum = after == Class.midNum || after == Class.midNumLet || after == Class.singleQuote
        let next = index + 2 < classes.count ? classes[index + 2].class : Class.unhandled
        if before == Class.aLetter, afterIsMidLetter, next == Class.aLetter { return false } // WB6
        if before == Class.numeric, afterIsMidNum, next == Class.numeric { return false }    // WB12
        guard index > 0 else { return true }
        let previous = classes[index - 1].class
        let beforeIsMidLetter = before == Class.midLetter || before == Class.midNumLet || before == Class.singleQuote
        let beforeIsMidNum = before == Class.midNum || before == Class.midNumLet || before == Class.singleQuote
        if previous == Class.aLetter, beforeIsMidLetter, after == Class.aLetter { return false } // WB7
        if previous == Class.numeric, beforeIsMidNum, after == Class.numeric { return false }    // WB11
        return true
    }

    /// Fills `classes` with each character's class and offset; false if one is unhandled.
    private func classify(_ bytes: UnsafeBufferPointer<UInt8>, into classes: inout [(class: UInt8, offset: Int32)]) -> Bool {
        classes.removeAll(keepingCapacity: true)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                classes.append((latinClasses[Int(byte)], Int32(index)))
                index += 1
                continue
            }
            guard let scalar = bytes.scalar(at: index) else { return false }
            let value = Int(scalar.value)
            let kind: UInt8
            if value < latinClasses.count {
                kind = latinClasses[value]
            } else if value >= 0x2000, value < 0x2000 + punctuationClasses.count {
                kind = punctuationClasses[value - 0x2000]
            } else {
                return false
            }
            if kind == Class.unhandled { return false }
            classes.append((kind, Int32(index)))
            index += UTF8.width(scalar)
        }
        return true
    }
}
