/// A 1-based line and column (in Unicode scalars) of a place in a document.
public struct SourcePosition: Sendable, Equatable, Codable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// Maps UTF-8 byte offsets of a document to lines and columns.
///
/// A line ends at LF; a CR before it belongs to the line break, so CRLF files count lines
/// as LF files do. Columns count Unicode scalars from 1.
public struct LineIndex: Sendable {
    private let lineStarts: [Int]
    private let bytes: [UInt8]

    public init(_ bytes: [UInt8]) {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
        self.bytes = bytes
    }

    /// The line and column of `offset`.
    public func position(of offset: Int) -> SourcePosition {
        let lineNumber = lineIndex(containing: offset)
        let lineStart = (offset: lineStarts[lineNumber], position: SourcePosition(line: lineNumber + 1, column: 1))
        return bytes.withUnsafeBufferPointer { PositionCursor($0).position(of: offset, from: lineStart) }
    }

    /// The byte range of the line holding `offset`, without its line break.
    public func lineRange(containing offset: Int) -> Range<Int> {
        let lineNumber = lineIndex(containing: offset)
        let start = lineStarts[lineNumber]
        var end = lineNumber + 1 < lineStarts.count ? lineStarts[lineNumber + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return start..<max(start, end)
    }

    private func lineIndex(containing offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }
}
