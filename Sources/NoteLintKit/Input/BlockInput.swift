import Foundation

/// A file read in blocks with `read(2)` into one reused buffer, for the record readers: the
/// current block is valid until the next ``readBlock()``. Opening checks what
/// ``DocumentReader`` checks of a whole file: that the path is a readable file, not binary, not
/// empty; a UTF-8 byte-order mark is skipped.
final class BlockInput {
    /// The path shown in messages.
    let path: String
    /// The most bytes a record may take: a longer one (most likely a stray quote in a CSV
    /// file, or a file that is not JSONL) is reported rather than held in memory.
    let maxRecordSize: Int
    private let handle: FileHandle
    private let storage: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// How many bytes the current block holds.
    private(set) var count = 0
    /// Where the current block starts in the file, in bytes.
    private(set) var blockOffset = 0
    private var atEnd = false

    /// Opens `path`, to be read `blockSize` bytes at a time.
    init(path: String, blockSize: Int, maxRecordSize: Int = 64 << 20) throws(InputProblem) {
        let handle = try DocumentReader.openForReading(path: path).get()
        self.path = path
        self.maxRecordSize = maxRecordSize
        self.handle = handle
        capacity = max(blockSize, 1)
        storage = .allocate(capacity: capacity)

        // The start of the file, read apart from the blocks so that a tiny block size still
        // probes as much of it as DocumentReader does.
        var probe = [UInt8](repeating: 0, count: DocumentReader.binaryProbeLength)
        let probed = probe.withUnsafeMutableBytes { pread(handle.fileDescriptor, $0.baseAddress, $0.count, 0) }
        guard probed >= 0 else {
            throw InputProblem(path: path, message: "read error (\(String(cString: strerror(errno)))): the file was not checked")
        }
        probe.removeLast(probe.count - probed)
        let hasByteOrderMark = probe.starts(with: [0xEF, 0xBB, 0xBF])
        if hasByteOrderMark { probe.removeFirst(3) }
        if probe.isEmpty { throw InputProblem(path: path, message: "empty, nothing to check", kind: .notice) }
        if let problem = probe.withUnsafeBufferPointer({ DocumentReader.binaryProblem(path: path, start: $0) }) { throw problem }
        if hasByteOrderMark {
            lseek(handle.fileDescriptor, 3, SEEK_SET)
            blockOffset = 3
        }
    }

    deinit { storage.deallocate() }

    /// The current block.
    var block: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: storage, count: count) }

    /// ``maxRecordSize`` for a message: "64 MB".
    var maxRecordSizeText: String {
        maxRecordSize >= 1 << 20 && maxRecordSize % (1 << 20) == 0 ? "\(maxRecordSize >> 20) MB" : "\(maxRecordSize) bytes"
    }

    /// Replaces the current block with the next one; returns false at the end of the file.
    func readBlock() throws(InputProblem) -> Bool {
        blockOffset += count
        count = 0
        guard !atEnd else { return false }
        while count < capacity {
            let read = Foundation.read(handle.fileDescriptor, storage + count, capacity - count)
            if read > 0 {
                count += read
            } else if read == 0 {
                atEnd = true
                break
            } else if errno != EINTR {
                atEnd = true
                throw InputProblem(path: path, message: "read error at byte \(blockOffset + count) (\(String(cString: strerror(errno)))); the rest of the file was not checked")
            }
        }
        return count > 0
    }
}
