/// Appends plain values to a byte buffer (little-endian, length-prefixed), for the compiled
/// catalogue archive.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write<Value: FixedWidthInteger>(_ value: Value) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ flag: Bool) { write(UInt8(flag ? 1 : 0)) }

    mutating func write(_ text: String) {
        write(Int32(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func write<Value: FixedWidthInteger>(_ values: [Value]) {
        write(Int32(values.count))
        for value in values { write(value) }
    }

    mutating func write(_ values: [String]) {
        write(Int32(values.count))
        for value in values { write(value) }
    }

    mutating func write(_ values: [Bool]) {
        write(values.map { UInt8($0 ? 1 : 0) })
    }
}

/// Reads what ``BinaryWriter`` wrote; any inconsistency throws, so a damaged archive is
/// never half-loaded.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func read<Value: FixedWidthInteger>(_: Value.Type = Value.self) throws(Damaged) -> Value {
        let size = MemoryLayout<Value>.size
        guard position + size <= bytes.count else { throw Damaged() }
        var value = Value.zero
        withUnsafeMutableBytes(of: &value) { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<(position + size)]))
            }
        }
        position += size
        return Value(littleEndian: value)
    }

    mutating func readBool() throws(Damaged) -> Bool { try read(UInt8.self) != 0 }

    private mutating func readCount() throws(Damaged) -> Int {
        let count = Int(try read(Int32.self))
        guard count >= 0, count <= bytes.count - position else { throw Damaged() }
        return count
    }

    mutating func readString() throws(Damaged) -> String {
        let count = try readCount()
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }

    mutating func readArray<Value: FixedWidthInteger>(_: Value.Type = Value.self) throws(Damaged) -> [Value] {
        let count = Int(try read(Int32.self))
        let size = MemoryLayout<Value>.size
        guard count >= 0, count * size <= bytes.count - position else { throw Damaged() }
        var values = [Value](repeating: .zero, count: count)
        values.withUnsafeMutableBytes { target in
            bytes.withUnsafeBytes { source in
                target.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[position..<(position + count * size)]))
            }
        }
        position += count * size
        return values.map { Value(littleEndian: $0) }
    }

    mutating func readStrings() throws(Damaged) -> [String] {
        let count = try readCount()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readString()) }
        return values
    }

    mutating func readBools() throws(Damaged) -> [Bool] {
        try readArray(UInt8.self).map { $0 != 0 }
    }
}
