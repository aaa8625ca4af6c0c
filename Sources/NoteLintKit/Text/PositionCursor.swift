/// Converts byte offsets into lines and columns in one forward pass over the text, for a
/// sorted series of offsets (no line table, no copy of the text).
struct PositionCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var offset = 0
    private var line = 1
    private var column = 1

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The position of `target`, counting on from `base` (a known position at or before it):
    /// for places inside a sentence whose start is known, in any order.
    func position(of target: Int, from base: (offset: Int, position: SourcePosition)) -> SourcePosition {
        var line = base.position.line
        var column = base.position.column
        var offset = base.offset
        let limit = min(target, bytes.count)
        guard offset < limit else { return SourcePosition(line: line, column: column) }
        // Whole lines by their line feeds (the C library's vectorised search), then the
        // characters of the last line: every byte but UTF-8 continuation bytes.
        let before = UnsafeBufferPointer(rebasing: bytes[..<limit])
        while let lineFeed = ByteBlocks.firstIndex(of: 0x0A, in: before, from: offset) {
            line += 1
            column = 1
            offset = lineFeed + 1
        }
        column += Self.characterCount(in: UnsafeBufferPointer(rebasing: before[offset...]))
        return SourcePosition(line: line, column: column)
    }

    /// The number of characters (Unicode scalars) in UTF-8 `bytes`, eight bytes at a time.
    static func characterCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while index + 8 <= bytes.count {
            count += 8 - ByteBlocks.continuations(in: ByteBlocks.load(bytes, at: index)).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The position of `target`; cheapest when targets come in increasing order.
    mutating func position(of target: Int) -> SourcePosition {
        let base = target < offset ? (0, SourcePosition(line: 1, column: 1)) : (offset, SourcePosition(line: line, column: column))
        let found = position(of: target, from: base)
        offset = min(target, bytes.count)
        line = found.line
        column = found.column
        return found
    }
}
