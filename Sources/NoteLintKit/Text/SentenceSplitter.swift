import CICU

/// Finds sentence boundaries in UTF-8 text by the Unicode sentence rules (UAX #29, rules SB3
/// to SB11) and ICU's suppression of breaks after English abbreviations: the same boundaries as
/// ICU's `en_GB@ss=standard` sentence break iterator (a differential test checks this), found
/// in one pass over the bytes instead of through ICU's state machine and its backward checks.
///
/// Character classes come from ICU's Sentence_Break property. Text holding a character that
/// the rules fold into the one before it (classes Extend and Format, such as combining accents,
/// the soft hyphen and the byte order mark) is left to ICU: ``segmentEnds(in:into:)`` returns
/// false for it.
struct SentenceSplitter: Sendable {
    /// ICU's Sentence_Break values (UCHAR_SENTENCE_BREAK).
    private enum Class {
        static let other: UInt8 = 0, aTerm: UInt8 = 1, close: UInt8 = 2, format: UInt8 = 3, lower: UInt8 = 4
        static let numeric: UInt8 = 5, oLetter: UInt8 = 6, sep: UInt8 = 7, sp: UInt8 = 8, sTerm: UInt8 = 9
        static let upper: UInt8 = 10, cr: UInt8 = 11, extend: UInt8 = 12, lf: UInt8 = 13, sContinue: UInt8 = 14
    }

    /// The class of each ASCII byte.
    private let asciiClasses: [UInt8]
    /// Per ASCII byte: true if its class can end a sentence or is left to ICU (terminators,
    /// separators, Extend, Format); the scan passes every other byte.
    private let asciiIsSignificant: [Bool]
    private let abbreviations: AbbreviationFilter
    /// True if the significant ASCII bytes are just `.` `!` `?` CR and LF (as in ICU's data),
    /// so that blocks of eight bytes without them can be stepped over.
    private let blocksCanSkip: Bool

    /// A splitter with ICU's character classes and English abbreviations; nil if ICU's
    /// abbreviation data cannot be read.
    init?() {
        let classes = (0..<128).map { UInt8(truncatingIfNeeded: cicu_sentence_break_class(Int32($0))) }
        let significant = classes.map { [Class.aTerm, Class.sTerm, Class.cr, Class.lf, Class.sep, Class.extend, Class.format].contains($0) }
        asciiClasses = classes
        asciiIsSignificant = significant
        blocksCanSkip = significant.indices.filter { significant[$0] } == [0x0A, 0x0D, 0x21, 0x2E, 0x3F]
        let needed = cicu_sentence_exceptions(nil, 0)
        guard needed >= 0 else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(needed))
        guard buffer.withUnsafeMutableBufferPointer({ cicu_sentence_exceptions($0.baseAddress, needed) }) == needed else { return nil }
        let strings = buffer.split(separator: 0).map { String(decoding: $0.map { UInt8(bitPattern: $0) }, as: UTF8.self) }
        abbreviations = AbbreviationFilter(abbreviations: strings)
    }

    /// Replaces the contents of `ends` with the end offset of each sentence of `bytes`, in
    /// order (the last is `bytes.count`), and returns true; returns false, leaving `ends`
    /// unspecified, if `bytes` hold a character of class Extend or Format.
    func segmentEnds(in bytes: UnsafeBufferPointer<UInt8>, into ends: inout [Int]) -> Bool {
        ends.removeAll(keepingCapacity: true)
        let count = bytes.count
        var index = 0
        while index < count {
            // Most text has no terminator, line break or non-ASCII byte for long stretches.
            if blocksCanSkip {
                index = ByteBlocks.skipQuietBlocks(in: bytes, from: index) {
                    !ByteBlocks.hasNonASCII($0) && !ByteBlocks.has($0, UInt8(ascii: ".")) && !ByteBlocks.has($0, UInt8(ascii: "!"))
                        && !ByteBlocks.has($0, UInt8(ascii: "?")) && !ByteBlocks.has($0, 0x0A) && !ByteBlocks.has($0, 0x0D)
                }
                guard index < count else { break }
            }
            let byte = bytes[index]
            let kind: UInt8
            var length = 1
            if byte < 0x80 {
                // Most bytes are letters, digits, spaces and commas: nothing can break there.
                guard asciiIsSignificant[Int(byte)] else {
                    index += 1
                    continue
                }
                kind = asciiClasses[Int(byte)]
            } else {
                (kind, length) = self.class(at: index, in: bytes)
            }
            if kind == Class.extend || kind == Class.format { return false }
            switch kind {
            case Class.cr, Class.lf, Class.sep:
                // SB3, SB4: break after a paragraph separator, keeping CR LF together.
                index = afterSeparator(at: index, kind: kind, length: length, in: bytes)
                addBreak(at: index, in: bytes, to: &ends)
            case Class.aTerm, Class.sTerm:
                guard let next = afterTerminator(at: index, kind: kind, length: length, in: bytes, ends: &ends) else { return false }
                index = next
            default:
                index += length
            }
        }
        ends.append(count)
        return true
    }

    /// Applies SB6 to SB11 to the terminator at `start`: adds the break they give, if any, and
    /// returns where scanning goes on; nil if an Extend or Format character is met.
    private func afterTerminator(at start: Int, kind: UInt8, length: Int, in bytes: UnsafeBufferPointer<UInt8>,
                                 ends: inout [Int]) -> Int? {
        let count = bytes.count
        var index = start + length
        var next = Class.other, nextLength = 0
        // SATerm Close* Sp*: no break inside (SB9, SB10).
        var sawClose = false, sawSpace = false
        while index < count {
            (next, nextLength) = self.class(at: index, in: bytes)
            if next == Class.extend || next == Class.format { return nil }
            if next == Class.close, !sawSpace {
                sawClose = true
            } else if next != Class.sp {
                break
            } else {
                sawSpace = true
            }
            index += nextLength
        }
        if index == count { return count }
        switch next {
        case Class.cr, Class.lf, Class.sep:
            // SB11 after SB9/SB10: the separator belongs to this sentence.
            let end = afterSeparator(at: index, kind: next, length: nextLength, in: bytes)
            addBreak(at: end, in: bytes, to: &ends)
            return end
        case Class.sContinue, Class.aTerm, Class.sTerm:
            return index // SB8a: no break; a terminator is looked at in its turn
        default:
            break
        }
        if kind == Class.aTerm {
            if !sawClose, !sawSpace {
                if next == Class.numeric { return index } // SB6
                if next == Class.upper, start > 0 {       // SB7
                    let before = self.class(before: start, in: bytes)
                    if before == Class.upper || before == Class.lower { return index }
                }
            }
            // SB8: no break if a lower-case letter comes before any other letter, separator or terminator.
            var scan = index, scanned = next, scannedLength = nextLength
            while true {
                if scanned == Class.lower { return index }
                if scanned == Class.oLetter || scanned == Class.upper || scanned == Class.sep || scanned == Class.cr
                    || scanned == Class.lf || scanned == Class.aTerm || scanned == Class.sTerm { break }
                if scanned == Class.extend || scanned == Class.format { return nil }
                scan += scannedLength
                if scan >= count { break }
                (scanned, scannedLength) = self.class(at: scan, in: bytes)
            }
        }
        addBreak(at: index, in: bytes, to: &ends)
        return index
    }

    /// The offset after the separator at `index` (after LF too if it is CR LF).
    private func afterSeparator(at index: Int, kind: UInt8, length: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if kind == Class.cr, index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { return index + 2 }
        return index + length
    }

    /// Records a break at `offset` unless it is the end of the text or follows an abbreviation.
    private func addBreak(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, to ends: inout [Int]) {
        guard offset < bytes.count, !abbreviations.suppressesBreak(at: offset, in: bytes) else { return }
        ends.append(offset)
    }

    /// The class and byte length of the character at `index`.
    private func `class`(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> (UInt8, Int) {
        let byte = bytes[index]
        if byte < 0x80 { return (asciiClasses[Int(byte)], 1) }
        guard let scalar = bytes.scalar(at: index) else { return (Class.other, 1) }
        return (UInt8(truncatingIfNeeded: cicu_sentence_break_class(Int32(scalar.value))), UTF8.width(scalar))
    }

    /// The class of the character that ends just before `index`.
    private func `class`(before index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        var start = index - 1
        while start > 0, bytes[start] & 0xC0 == 0x80, index - start < 4 { start -= 1 }
        return self.class(at: start, in: bytes).0
    }
}
