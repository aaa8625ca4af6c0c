import Foundation

/// Reads the note records of a JSONL (NDJSON) export: each non-blank line is a record, a JSON
/// object whose text key holds the note as a string.
///
/// The keys are checked against the first object: a text key (named, or a usual name) or a
/// named id key that it lacks fails at once, with the keys it has. After that, a line that is
/// not UTF-8, not JSON, not an object, has no text key, or whose note is not a string (a
/// number, true or false, an array, an object) is reported and skipped, and reading goes on.
/// A line longer than ``BlockInput/maxRecordSize`` is reported and skipped without being held.
/// `init` gives up if the first ``probeLimit`` records are not objects (not a JSONL file).
/// A note that is null, empty or only white space is skipped silently. An id may be a string
/// or a number (written as JSON would, `7` not `7.0`); any other id counts as none.
struct JSONLRecordReader: RecordSource {
    private let path: String
    private let input: BlockInput
    private var position = 0
    private var lineBytes: [UInt8] = []
    /// True if the current line is longer than ``BlockInput/maxRecordSize`` (its bytes are dropped).
    private var lineIsTooLong = false
    private var lineNumber = 0
    private var number = 0
    private var textKey = ""
    private var idKey: String?
    /// Records read by `init` to find the keys, given back first.
    private var pending: [Result<NoteRecord, InputProblem>] = []
    private var done = false

    /// How many records that are not objects `init` reads looking for the first object.
    static let probeLimit = 20

    /// Reads up to the first object of `input` and finds the note's key (`textColumn`, or a
    /// usual name) and the id key in it.
    init(input: BlockInput, textColumn: String?, idColumn: String?) throws(InputProblem) {
        path = input.path
        self.input = input
        idKey = idColumn
        while true {
            let object: [String: Any]
            switch nextObject() {
            case nil:
                if number == 0 && pending.isEmpty { throw InputProblem(path: path, message: "empty, nothing to check", kind: .notice) }
                pending.reverse()
                return
            case .failure(let problem)?:
                pending.append(.failure(problem))
                if pending.count == Self.probeLimit {
                    throw InputProblem(path: path, message: "the first \(Self.probeLimit) records (to line \(lineNumber)) are not JSON objects: is it a JSONL file?")
                }
                continue
            case .success(let found)?:
                object = found
            }
            let keys = Array(object.keys).sorted()
            let place = " in the first record, line \(lineNumber)"
            textKey = try keys[NoteColumns.textIndex(textColumn, in: keys, path: path, noun: "key", place: place)]
            if let idColumn {
                idKey = try keys[NoteColumns.idIndex(idColumn, in: keys, path: path, noun: "key", place: place)]
            }
            if let record = record(from: object) { pending.append(record) }
            pending.reverse()
            return
        }
    }

    mutating func next() -> Result<NoteRecord, InputProblem>? {
        if let first = pending.popLast() { return first }
        while let object = nextObject() {
            switch object {
            case .failure(let problem): return .failure(problem)
            case .success(let object): if let record = record(from: object) { return record }
            }
        }
        return nil
    }

    /// The record in `object`, a problem with it, or nil if its note is empty.
    private func record(from object: [String: Any]) -> Result<NoteRecord, InputProblem>? {
        guard let value = Self.value(of: textKey, in: object) else {
            return .failure(InputProblem(path: path, message: "line \(lineNumber): no \"\(textKey)\" key: skipped"))
        }
        if value is NSNull { return nil }
        guard let text = value as? String else {
            return .failure(InputProblem(path: path, message: "line \(lineNumber): \"\(textKey)\" is \(Self.kind(of: value)), not a string: skipped"))
        }
        if text.allSatisfy(\.isWhitespace) { return nil }
        let id = idKey.flatMap { Self.value(of: $0, in: object) }.flatMap(Self.idText)
        return .success(NoteRecord(number: number, line: lineNumber, id: id, text: text))
    }

    /// The next non-blank line parsed as a JSON object, a problem with it, or nil at the end.
    private mutating func nextObject() -> Result<[String: Any], InputProblem>? {
        while !done {
            do {
                guard try nextLine() else {
                    done = true
                    return nil
                }
            } catch {
                done = true
                return .failure(error)
            }
            if lineBytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) && !lineIsTooLong { continue }
            number += 1
            if lineIsTooLong {
                return .failure(InputProblem(path: path, message: "line \(lineNumber): longer than \(input.maxRecordSizeText): skipped"))
            }
            if DocumentReader.firstInvalidUTF8Offset(lineBytes) != nil {
                return .failure(InputProblem(path: path, message: "line \(lineNumber): invalid UTF-8: skipped; save the file as UTF-8"))
            }
            guard let parsed = try? JSONSerialization.jsonObject(with: Data(lineBytes), options: [.fragmentsAllowed]) else {
                return .failure(InputProblem(path: path, message: "line \(lineNumber): not valid JSON: skipped"))
            }
            guard let object = parsed as? [String: Any] else {
                return .failure(InputProblem(path: path, message: "line \(lineNumber): \(Self.kind(of: parsed)), not a JSON object: skipped"))
            }
            return .success(object)
        }
        return nil
    }

    /// Reads the next line into `lineBytes`, without its line break; false at the end.
    private mutating func nextLine() throws(InputProblem) -> Bool {
        lineBytes.removeAll(keepingCapacity: true)
        lineIsTooLong = false
        while true {
            if lineBytes.count > input.maxRecordSize {
                lineIsTooLong = true
                lineBytes.removeAll(keepingCapacity: true)
            }
            if position == input.count {
                position = 0
                guard try input.readBlock() else {
                    if lineBytes.isEmpty && !lineIsTooLong { return false }
                    lineNumber += 1
                    if lineBytes.last == 0x0D { lineBytes.removeLast() }
                    return true
                }
            }
            let block = input.block
            if let lineFeed = ByteBlocks.firstIndex(of: 0x0A, in: block, from: position) {
                lineBytes.append(contentsOf: UnsafeBufferPointer(rebasing: block[position..<lineFeed]))
                position = lineFeed + 1
                lineNumber += 1
                if lineBytes.count > input.maxRecordSize { lineIsTooLong = true }
                if lineBytes.last == 0x0D { lineBytes.removeLast() }
                return true
            }
            lineBytes.append(contentsOf: UnsafeBufferPointer(rebasing: block[position...]))
            position = block.count
        }
    }

    /// The value of `key` in `object`, or of the first key equal to it ignoring case.
    private static func value(of key: String, in object: [String: Any]) -> Any? {
        if let value = object[key] { return value }
        let folded = key.lowercased()
        return object.first { $0.key.lowercased() == folded }?.value
    }

    /// An id as text: a string (trimmed; empty is none) or a number (an integer without `.0`).
    private static func idText(_ value: Any) -> String? {
        if let string = value as? String {
            let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
            return trimmed.isEmpty ? nil : trimmed
        }
        guard let number = value as? NSNumber, !isBoolean(number) else { return nil }
        switch String(cString: number.objCType) {
        case "Q": return String(number.uint64Value)
        case "d", "f":
            let double = number.doubleValue
            if let integer = Int64(exactly: double) { return String(integer) }
            return String(double)
        default: return String(number.int64Value)
        }
    }

    /// True for JSON's true and false, which JSONSerialization gives as NSNumbers of C `char`.
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }

    /// What kind of JSON value `value` is, for a message ("a number").
    private static func kind(of value: Any) -> String {
        switch value {
        case is String: return "a string"
        case let number as NSNumber: return isBoolean(number) ? "true or false" : "a number"
        case is [Any]: return "an array"
        case is [String: Any]: return "an object"
        case is NSNull: return "null"
        default: return "not text"
        }
    }
}
