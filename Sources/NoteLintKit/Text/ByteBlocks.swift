#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tests on eight bytes at once (SWAR), for the loops that pass over every byte of a text
/// looking for a few kinds of byte: they step over whole blocks that hold none. For one kind
/// of byte, the C library's vectorised `memchr`.
enum ByteBlocks {
    /// The offset of the first `byte` in `bytes` at or after `start`, or nil.
    @inline(__always)
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
    }

    /// The offset of the last `byte` (an ASCII byte) in `bytes` before `end`, or nil: eight
    /// bytes at a time, backwards.
    static func lastIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int? {
        var index = min(end, bytes.count)
        while index >= 8 {
            let marks = matches(of: byte, in: load(bytes, at: index - 8))
            if marks != 0 { return index - 8 + (63 - marks.leadingZeroBitCount) / 8 }
            index -= 8
        }
        while index > 0 {
            index -= 1
            if bytes[index] == byte { return index }
        }
        return nil
    }

    /// The ranges of the lines of `bytes`, without their line feeds (a last line without one
    /// included).
    static func lineRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while let index = firstIndex(of: 0x0A, in: bytes, from: start) {
            ranges.append(start..<index)
            start = index + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }

    /// How many times `byte` occurs in `bytes`.
    static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while let found = firstIndex(of: byte, in: bytes, from: index) {
            count += 1
            index = found + 1
        }
        return count
    }

    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The offset from which `bytes` must be read byte by byte: `start`, moved on past every
    /// whole block of eight bytes for which `isQuiet` is true (one that holds nothing the
    /// caller looks for).
    @inline(__always)
    static func skipQuietBlocks(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, isQuiet: (UInt64) -> Bool) -> Int {
        var index = start
        while index + 8 <= bytes.count, isQuiet(load(bytes, at: index)) { index += 8 }
        return index
    }

    /// The eight bytes at `index` (which must have eight readable bytes), first byte lowest.
    @inline(__always)
    static func load(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// True if some byte of `block` is not ASCII.
    @inline(__always)
    static func hasNonASCII(_ block: UInt64) -> Bool { nonASCII(in: block) != 0 }

    /// The bytes of `block` that are not ASCII: the high bit of each such byte.
    @inline(__always)
    static func nonASCII(in block: UInt64) -> UInt64 { block & highBits }

    /// The UTF-8 continuation bytes (`10xxxxxx`) of `block`: the high bit of each such byte.
    @inline(__always)
    static func continuations(in block: UInt64) -> UInt64 { block & ~(block << 1) & highBits }

    /// True if some byte of `block` equals `byte` (an ASCII byte).
    @inline(__always)
    static func has(_ block: UInt64, _ byte: UInt8) -> Bool {
        let difference = block ^ (ones &* UInt64(byte))
        return (difference &- ones) & ~difference & highBits != 0
    }

    /// The bytes of `block` equal to `byte` (an ASCII byte): the high bit of each such byte,
    /// exactly (no borrow from one byte reaches the next, as it may in ``has(_:_:)``).
    @inline(__always)
    static func matches(of byte: UInt8, in block: UInt64) -> UInt64 {
        let difference = block ^ (ones &* UInt64(byte))
        return ~((difference & ~highBits) &+ ~highBits | difference) & highBits
    }

    /// True if some byte of `block` is less than `limit` (at most 0x80).
    @inline(__always)
    static func hasLess(_ block: UInt64, than limit: UInt8) -> Bool {
        (block &- ones &* UInt64(limit)) & ~block & highBits != 0
    }

    /// True if some byte of `block` is an ASCII capital letter (`A` to `Z`).
    @inline(__always)
    static func hasCapital(_ block: UInt64) -> Bool { capitals(in: block) != 0 }

    /// The ASCII capital letters (`A` to `Z`) of `block`: the high bit of each such byte.
    @inline(__always)
    static func capitals(in block: UInt64) -> UInt64 {
        // A byte's high bit is set in `atLeastA` if its low seven bits are `A` or more, and in
        // `beyondZ` if they are past `Z`; the sums cannot carry into the next byte.
        let low = block & ~highBits
        let atLeastA = low &+ 0x3F3F_3F3F_3F3F_3F3F
        let beyondZ = low &+ 0x2525_2525_2525_2525
        return atLeastA & ~beyondZ & ~block & highBits
    }

    /// The offset within `block` of its first byte that is not an ASCII letter or digit (8 if
    /// none): where a word of the literal scan ends.
    @inline(__always)
    static func firstNonLetterOrDigit(in block: UInt64) -> Int {
        firstMarked(~lettersOrDigits(in: block) & highBits)
    }

    /// The offset within `block` of its first byte that is not an ASCII letter (8 if none).
    @inline(__always)
    static func firstNonLetter(in block: UInt64) -> Int {
        firstMarked(~letters(in: block) & highBits)
    }

    /// The ASCII letters and digits of `block`: the high bit of each such byte.
    @inline(__always)
    static func lettersOrDigits(in block: UInt64) -> UInt64 {
        // Digits: low bits from `0` to `9`.
        let low = block & ~highBits
        let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646)
        return letters(in: block) | digits & ~block & highBits
    }

    /// The ASCII letters of `block`: the high bit of each such byte.
    @inline(__always)
    static func letters(in block: UInt64) -> UInt64 {
        // With the case bit set, from `a` to `z`.
        let folded = block & ~highBits | 0x2020_2020_2020_2020
        return (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(folded &+ 0x0505_0505_0505_0505) & ~block & highBits
    }

    /// The offset within `block` of its first byte whose high bit is set in `marks` (8 if none).
    @inline(__always)
    static func firstMarked(_ marks: UInt64) -> Int { marks.trailingZeroBitCount / 8 }
}
