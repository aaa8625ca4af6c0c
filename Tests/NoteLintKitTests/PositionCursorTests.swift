import Testing
@testable import NoteLintKit

/// Lines and columns must be what a byte-by-byte count gives, wherever the line feeds and
/// multi-byte characters fall in the blocks the cursor reads at once.
@Suite struct PositionCursorTests {
    /// The line and column of `target`, one byte at a time.
    private func counted(_ bytes: [UInt8], to target: Int) -> SourcePosition {
        var position = SourcePosition(line: 1, column: 1)
        for byte in bytes[..<target] {
            if byte == 0x0A {
                position.line += 1
                position.column = 1
            } else if byte & 0xC0 != 0x80 {
                position.column += 1
            }
        }
        return position
    }

    @Test func agreesWithAByteByByteCount() {
        let texts = randomTexts(of: ["a", "bc ", "\n", "\r\n", "é", "’", "😀", "Zoë", "\n\n", "tab\t"], count: 300, maxPieces: 40, seed: 0xC0_1A)
        var generator = SeededGenerator(seed: 0x71)
        for text in texts {
            let bytes = Array(text.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                var cursor = PositionCursor(buffer)
                var targets = (0..<6).map { _ in Int.random(in: 0...bytes.count, using: &generator) }.sorted()
                targets.append(bytes.count + 3)
                for target in targets {
                    let expected = counted(bytes, to: min(target, bytes.count))
                    #expect(cursor.position(of: target) == expected, "\(text.debugDescription) at \(target)")
                    if target > 0, target <= bytes.count {
                        let base = (offset: target - 1, position: counted(bytes, to: target - 1))
                        #expect(cursor.position(of: target, from: base) == expected)
                    }
                }
            }
        }
    }
}
