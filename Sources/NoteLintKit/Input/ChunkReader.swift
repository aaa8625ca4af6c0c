import Foundation

/// Reads a large file in blocks and cuts it into ``DocumentChunk``s at paragraph breaks (a
/// blank line), or failing that at a line break, so that a file of any size is linted in
/// bounded memory. Each chunk is checked for UTF-8 as it is read.
///
/// The file is read straight into one block-sized buffer, topped up after each cut, so each
/// byte is copied once on its way from the kernel to its chunk.
public struct ChunkReader {
    /// The size of one read.
    public let blockSize: Int
    /// The path shown in messages.
    public let path: String
    private let handle: FileHandle
    private let buffer: ReadBuffer
    private var atEnd = false
    private var byteOffset = 0
    private var lineOffset = 0
    private var chunkIndex = 0
    private var failed = false

    /// Opens `path`; fails with a problem the user can act on.
    public init(path: String, blockSize: Int) throws(InputProblem) {
        self.init(handle: try DocumentReader.openForReading(path: path).get(), path: path, blockSize: blockSize)
    }

    /// Reads from an open handle (standard input), shown as `path` in messages.
    public init(handle: FileHandle, path: String, blockSize: Int) {
        self.path = path
        self.handle = handle
        self.blockSize = max(blockSize, 1024)
        self.buffer = ReadBuffer(capacity: self.blockSize)
    }

    /// The next chunk, nil at the end, or a problem (after which the file is abandoned).
    public mutating func next() -> Result<DocumentChunk, InputProblem>? {
        guard !failed else { return nil }
        if !atEnd {
            do {
                atEnd = try buffer.fill(from: handle.fileDescriptor)
            } catch {
                failed = true
                return .failure(InputProblem(path: path, message: "read error at byte \(byteOffset + buffer.count) (\(String(cString: strerror(error.code.rawValue)))); the rest of the file was not checked"))
            }
        }
        if chunkIndex == 0 {
            if buffer.bytes.starts(with: [0xEF, 0xBB, 0xBF]) { buffer.consume(3) }
            if let problem = DocumentReader.binaryProblem(path: path, start: buffer.bytes) {
                failed = true
                return .failure(problem)
            }
        }
        guard buffer.count > 0 else { return nil }
        let cut = atEnd ? buffer.count : Self.cutPoint(in: buffer.bytes, limit: buffer.count)
        let bytes = Array(buffer.bytes[..<cut])
        buffer.consume(cut)
        if let invalid = DocumentReader.firstInvalidUTF8Offset(bytes) {
            failed = true
            let line = lineOffset + bytes[..<invalid].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .failure(InputProblem(path: path, message: "invalid UTF-8 at byte \(byteOffset + invalid) (line \(line)): save the file as UTF-8 and try again; the rest of the file was not checked"))
        }
        let chunk = DocumentChunk(path: path, bytes: bytes, byteOffset: byteOffset, lineOffset: lineOffset,
                                  isFirst: chunkIndex == 0, isLast: atEnd && buffer.count == 0)
        chunkIndex += 1
        byteOffset += bytes.count
        lineOffset += bytes.withUnsafeBufferPointer { ByteBlocks.count(of: 0x0A, in: $0) }
        return .success(chunk)
    }

    /// Where to end a chunk within `bytes[..<limit]`: after the last blank line, else after
    /// the last line break, else at the last character boundary.
    static func cutPoint(in bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Int {
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

/// A fixed-capacity byte buffer filled by `read(2)`: the unread bytes sit at its front, and
/// each fill moves them there (a chunk's short tail) before reading to capacity.
private final class ReadBuffer {
    private let storage: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var start = 0
    /// How many unread bytes the buffer holds.
    private(set) var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        storage = .allocate(capacity: capacity)
    }

    deinit { storage.deallocate() }

    /// The unread bytes; valid until the next `fill` or `consume`.
    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage + start, count: count) }

    /// Drops the first `length` unread bytes.
    func consume(_ length: Int) {
        start += length
        count -= length
    }

    /// Reads until the buffer is full or the file ends; returns true at the end of the file.
    func fill(from descriptor: Int32) throws(POSIXError) -> Bool {
        if start > 0 {
            if count > 0 { storage.update(from: storage + start, count: count) }
            start = 0
        }
        while count < capacity {
            let read = Foundation.read(descriptor, storage + count, capacity - count)
            if read > 0 {
                count += read
            } else if read == 0 {
                return true
            } else if errno != EINTR {
                throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
            }
        }
        return false
    }
}
