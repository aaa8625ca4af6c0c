import Foundation

/// A document to lint: where it came from and its UTF-8 bytes.
public struct InputDocument: Sendable {
    /// The path as the user wrote it (or `-` for standard input, shown as `<stdin>`).
    public var path: String
    /// The document's bytes, valid UTF-8, without a byte-order mark.
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// Why an input could not be linted, or a notice about it.
public struct InputProblem: Error, Sendable, Equatable, CustomStringConvertible {
    /// How bad it is: an error makes notelint exit 2; a notice does not.
    public enum Kind: Sendable, Equatable {
        case error
        case notice
    }

    public var path: String
    public var message: String
    public var kind: Kind

    public init(path: String, message: String, kind: Kind = .error) {
        self.path = path
        self.message = message
        self.kind = kind
    }

    public var description: String { "\(path): \(message)" }
}

/// Reads files and standard input into ``InputDocument``s, refusing what is not UTF-8 text.
public enum DocumentReader {
    /// How much of the start of a file is checked for NUL bytes to tell binary from text.
    static let binaryProbeLength = 8192

    /// Reads the file at `path`.
    public static func read(path: String) -> Result<InputDocument, InputProblem> {
        if let problem = accessProblem(path: path) { return .failure(problem) }
        // FileManager reads a small file with less work than a FileHandle (a folder of notes
        // reads thousands).
        guard FileManager.default.isReadableFile(atPath: path), let data = FileManager.default.contents(atPath: path) else {
            return .failure(unreadable(path))
        }
        return decode(path: path, bytes: [UInt8](data))
    }

    /// The file at `path` opened for reading, or why it cannot be (see ``accessProblem(path:)``;
    /// or it is not readable): the readers of large files and exports start here.
    static func openForReading(path: String) -> Result<FileHandle, InputProblem> {
        if let problem = accessProblem(path: path) { return .failure(problem) }
        guard let handle = FileHandle(forReadingAtPath: path) else { return .failure(unreadable(path)) }
        return .success(handle)
    }

    /// Why there is no file to read at `path` (it is missing, or a directory), or nil: every
    /// reader of files checks this first, for the same messages.
    static func accessProblem(path: String) -> InputProblem? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return InputProblem(path: path, message: "no such file or directory")
        }
        return isDirectory.boolValue ? InputProblem(path: path, message: "is a directory") : nil
    }

    private static func unreadable(_ path: String) -> InputProblem {
        InputProblem(path: path, message: "permission denied (cannot read the file)")
    }

    /// Reads all of standard input.
    public static func readStandardInput() -> Result<InputDocument, InputProblem> {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        return decode(path: "<stdin>", bytes: [UInt8](data))
    }

    /// Checks that `bytes` are UTF-8 text and strips a byte-order mark.
    public static func decode(path: String, bytes: [UInt8]) -> Result<InputDocument, InputProblem> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let problem = bytes.withUnsafeBufferPointer({ binaryProblem(path: path, start: $0) }) { return .failure(problem) }
        if let offset = firstInvalidUTF8Offset(bytes) {
            let line = bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .failure(InputProblem(path: path, message: "invalid UTF-8 at byte \(offset) (line \(line)): save the file as UTF-8 and try again"))
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            return .failure(InputProblem(path: path, message: "empty, nothing to check", kind: .notice))
        }
        return .success(InputDocument(path: path, bytes: bytes))
    }

    /// The problem with a file that starts with `start` if it is binary, not text: a NUL byte
    /// in its first ``binaryProbeLength`` bytes.
    static func binaryProblem(path: String, start: UnsafeBufferPointer<UInt8>) -> InputProblem? {
        guard let base = start.baseAddress, memchr(base, 0, min(start.count, binaryProbeLength)) != nil else { return nil }
        let hint = start.starts(with: [0xFF, 0xFE]) || start.starts(with: [0xFE, 0xFF]) ? " (it looks like UTF-16; convert it to UTF-8)" : ""
        return InputProblem(path: path, message: "binary file, not text: skipped\(hint)")
    }

    /// The offset of the first byte that is not part of valid UTF-8, or nil.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { bytes in
            var offset = 0
            let count = bytes.count
            while offset < count {
                // ASCII needs no decoding: skip it eight bytes at a time.
                if offset + 8 <= count,
                   UnsafeRawBufferPointer(bytes).loadUnaligned(fromByteOffset: offset, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    offset += 8
                    continue
                }
                let lead = bytes[offset]
                if lead < 0x80 {
                    offset += 1
                    continue
                }
                // The allowed range of the second byte, and the sequence's length (RFC 3629).
                let (second, length): (ClosedRange<UInt8>, Int)
                switch lead {
                case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
                case 0xE0: (second, length) = (0xA0...0xBF, 3)
                case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
                case 0xED: (second, length) = (0x80...0x9F, 3)
                case 0xF0: (second, length) = (0x90...0xBF, 4)
                case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
                case 0xF4: (second, length) = (0x80...0x8F, 4)
                default: return offset
                }
                guard offset + length <= count, second.contains(bytes[offset + 1]) else { return offset }
                for continuation in (offset + 2)..<(offset + length) where bytes[continuation] & 0xC0 != 0x80 { return offset }
                offset += length
            }
            return nil
        }
    }
}
