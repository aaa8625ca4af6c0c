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
        #if _endian(little)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
        #else
        for value in values { write(value) }
        #endif
    }

    mutating func write(_ values: [String]) {
        write(Int32(values.count))
        for value in values { write(value) }
    }
}

/// Reads what ``BinaryWriter`` wrote; any inconsistency throws, so a damaged archive is
/// never half-loaded. The bytes are borrowed (an array's or a mapped file's), so the reader
/// must not outlive them; everything it returns is a copy.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var position = 0

    init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func read<Value: FixedWidthInteger>(_: Value.Type = Value.self) throws(Damaged) -> Value {
        let size = MemoryLayout<Value>.size
        guard position + size <= bytes.count else { throw Damaged() }
        let value = bytes.loadUnaligned(fromByteOffset: position, as: Value.self)
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
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)]), as: UTF8.self)
    }

    mutating func readArray<Value: FixedWidthInteger>(_: Value.Type = Value.self) throws(Damaged) -> [Value] {
        let count = Int(try read(Int32.self))
        let size = MemoryLayout<Value>.size
        guard count >= 0, count * size <= bytes.count - position else { throw Damaged() }
        let source = UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count * size)])
        position += count * size
        let values = [Value](unsafeUninitializedCapacity: count) { buffer, initialised in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            initialised = count
        }
        #if _endian(little)
        return values
        #else
        return values.map { Value(littleEndian: $0) }
        #endif
    }

    mutating func readStrings() throws(Damaged) -> [String] {
        let count = try readCount()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readString()) }
        return values
    }
}
