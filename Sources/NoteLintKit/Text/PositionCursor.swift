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
        while offset < limit {
            let byte = bytes[offset]
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            offset += 1
        }
        return SourcePosition(line: line, column: column)
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
