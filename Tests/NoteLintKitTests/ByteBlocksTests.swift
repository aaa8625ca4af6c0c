import Testing
@testable import NoteLintKit

/// The eight-at-a-time byte tests must answer as a byte-by-byte look would, whatever the
/// neighbouring bytes (borrows and carries must not cross into them).
@Suite struct ByteBlocksTests {
    @Test func agreeWithAByteByByteLook() {
        var generator = SeededGenerator(seed: 0xB10C)
        // Bytes near the edges of the ranges tested, and any byte.
        let interesting: [UInt8] = [0x00, 0x01, 0x0A, 0x0D, 0x10, 0x19, 0x1A, 0x20, 0x21, 0x2E, 0x2F, 0x30, 0x39, 0x3A, 0x3F, 0x40, 0x41, 0x5A, 0x5B,
                                    0x60, 0x61, 0x7A, 0x7B, 0x7F, 0x80, 0xB0, 0xC1, 0xDA, 0xE1, 0xFA, 0xFF]
        for _ in 0..<50_000 {
            let block = (0..<8).map { _ in Bool.random(using: &generator) ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator) }
            let value = block.withUnsafeBufferPointer { ByteBlocks.load($0, at: 0) }
            #expect(ByteBlocks.hasNonASCII(value) == block.contains { $0 >= 0x80 })
            // The masks mark exactly the bytes they name, each by its high bit.
            func marks(_ isMarked: (UInt8) -> Bool) -> UInt64 {
                block.indices.reduce(0) { isMarked(block[$1]) ? $0 | 1 << UInt64($1 * 8 + 7) : $0 }
            }
            #expect(ByteBlocks.nonASCII(in: value) == marks { $0 >= 0x80 }, "\(block)")
            #expect(ByteBlocks.continuations(in: value) == marks { $0 & 0xC0 == 0x80 }, "\(block)")
            #expect(ByteBlocks.hasCapital(value) == block.contains { $0 >= 0x41 && $0 <= 0x5A }, "\(block)")
            let capitals = ByteBlocks.capitals(in: value)
            #expect(capitals == marks { $0 >= 0x41 && $0 <= 0x5A }, "\(block)")
            #expect(ByteBlocks.firstMarked(capitals) == (block.firstIndex { $0 >= 0x41 && $0 <= 0x5A } ?? 8), "\(block)")
            // The literal scan's words: ASCII letters and digits, as its byte table has them.
            func isLetterOrDigit(_ byte: UInt8) -> Bool {
                (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            }
            #expect(ByteBlocks.lettersOrDigits(in: value) == marks(isLetterOrDigit), "\(block)")
            #expect(ByteBlocks.firstNonLetterOrDigit(in: value) == (block.firstIndex { !isLetterOrDigit($0) } ?? 8), "\(block)")
            for byte: UInt8 in [0x0A, 0x0B, 0x20, 0x7F] {
                #expect(ByteBlocks.matches(of: byte, in: value) == marks { $0 == byte }, "\(block) = \(byte)")
            }
            // A name's letters, as NoteCast reads them: ASCII letters only.
            func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
            #expect(ByteBlocks.letters(in: value) == marks(isLetter), "\(block)")
            #expect(ByteBlocks.firstNonLetter(in: value) == (block.firstIndex { !isLetter($0) } ?? 8), "\(block)")
            for limit: UInt8 in [0x01, 0x20, 0x41, 0x80] {
                #expect(ByteBlocks.hasLess(value, than: limit) == block.contains { $0 < limit }, "\(block) < \(limit)")
            }
            for byte: UInt8 in [0x0A, 0x0D, 0x21, 0x2E, 0x3F] {
                #expect(ByteBlocks.has(value, byte) == block.contains(byte), "\(block) \(byte)")
            }
        }
    }
    /// The backwards search finds what a byte-by-byte look back finds, from every end, in
    /// texts dense with line feeds and with the bytes a borrow could mistake for one.
    @Test func lastIndexAgreesWithALookBack() {
        var generator = SeededGenerator(seed: 0x1F)
        for length in [0, 1, 7, 8, 9, 15, 16, 17, 40] {
            for _ in 0..<200 {
                let text = (0..<length).map { _ in [0x0A, 0x0B, 0x09, 0x61, 0x00, 0xFF].randomElement(using: &generator)! as UInt8 }
                text.withUnsafeBufferPointer { bytes in
                    for end in 0...length {
                        #expect(ByteBlocks.lastIndex(of: 0x0A, in: bytes, before: end) == bytes[..<end].lastIndex(of: 0x0A), "\(text) before \(end)")
                    }
                }
            }
        }
    }
}
