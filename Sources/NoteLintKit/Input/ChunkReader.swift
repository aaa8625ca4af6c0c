import Foundation

/// Reads a large file in blocks and cuts it into ``DocumentChunk``s at paragraph breaks (a
/// blank line), or failing that at a line break, so that a file of any size is linted in
/// bounded memory. Each chunk is checked for UTF-8 as it is read.
public struct ChunkReader {
    /// The size of one read.
    public let blockSize: Int
    /// The path shown in messages.
    public let path: String
    private let handle: FileHandle
    private var pending: [UInt8] = []
    private var atEnd = false
    private var byteOffset = 0
    private var lineOffset = 0
    private var chunkIndex = 0
    private var failed = false

    /// Opens `path`; fails with a problem the user can act on.
    public init(path: String, blockSize: Int) throws(InputProblem) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputProblem(path: path, message: FileManager.default.fileExists(atPath: path) ? "permission denied (cannot read the file)" : "no such file or directory")
        }
        self.init(handle: handle, path: path, blockSize: blockSize)
    }

    /// Reads from an open handle (standard input), shown as `path` in messages.
    public init(handle: FileHandle, path: String, blockSize: Int) {
        self.path = path
        self.handle = handle
        self.blockSize = max(blockSize, 1024)
    }

    /// The next chunk, nil at the end, or a problem (after which the file is abandoned).
    public mutating func next() -> Result<DocumentChunk, InputProblem>? {
        guard !failed else { return nil }
        while !atEnd && pending.count < blockSize {
            let data = (try? handle.read(upToCount: blockSize)) ?? nil
            guard let data, !data.isEmpty else { atEnd = true; break }
            pending.append(contentsOf: data)
        }
        if chunkIndex == 0 {
            if pending.starts(with: [0xEF, 0xBB, 0xBF]) { pending.removeFirst(3) }
            if pending.prefix(DocumentReader.binaryProbeLength).contains(0) {
                failed = true
                return .failure(InputProblem(path: path, message: "binary file, not text: skipped"))
            }
        }
        guard !pending.isEmpty else { return nil }
        let cut = atEnd && pending.count <= blockSize ? pending.count : Self.cutPoint(in: pending, limit: min(blockSize, pending.count))
        let bytes = Array(pending[..<cut])
        pending.removeFirst(cut)
        if let invalid = DocumentReader.firstInvalidUTF8Offset(bytes) {
            failed = true
            let line = lineOffset + bytes[..<invalid].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .failure(InputProblem(path: path, message: "invalid UTF-8 at byte \(byteOffset + invalid) (line \(line)): save the file as UTF-8 and try again; the rest of the file was not checked"))
        }
        let chunk = DocumentChunk(path: path, bytes: bytes, byteOffset: byteOffset, lineOffset: lineOffset,
                                  isFirst: chunkIndex == 0, isLast: atEnd && pending.isEmpty)
        chunkIndex += 1
        byteOffset += bytes.count
        lineOffset += bytes.withUnsafeBufferPointer { ByteBlocks.count(of: 0x0A, in: $0) }
        return .success(chunk)
    }

    /// Where to end a chunk within `bytes[..<limit]`: after the last blank line, else after
    /// the last line break, else at the last character boundary.
    static func cutPoint(in bytes: [UInt8], limit: Int) -> Int {
        var index = limit - 1
        var lastLineBreak: Int? = nil
        while index > 0 {
            if bytes[index] == 0x0A {
                if lastLineBreak == nil { lastLineBreak = index + 1 }
                var previous = index - 1
                while previous >= 0, bytes[previous] == 0x20 || bytes[previous] == 0x09 || bytes[previous] == 0x0D { previous -= 1 }
                if previous >= 0, bytes[previous] == 0x0A { return index + 1 }
            }
            index -= 1
            if limit - index > 1 << 20, lastLineBreak != nil { break }
        }
        if let lastLineBreak { return lastLineBreak }
        var boundary = limit
        while boundary > 0, boundary < bytes.count, bytes[boundary] & 0xC0 == 0x80 { boundary -= 1 }
        return max(boundary, 1)
    }
}
