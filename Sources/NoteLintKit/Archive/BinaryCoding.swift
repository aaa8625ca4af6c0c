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

    /// Writes a table so that its values start at a multiple of 8 bytes from the start of the
    /// archive: read from a mapped file, they can then be used in place.
    mutating func write<Value: BitwiseCopyable>(_ table: Table<Value>) {
        write(Int32(table.count))
        while bytes.count % 8 != 0 { bytes.append(0) }
        bytes.append(contentsOf: UnsafeRawBufferPointer(table.buffer))
    }

    mutating func write(_ values: [String]) {
        write(Int32(values.count))
        for value in values { write(value) }
    }
}

/// Reads what ``BinaryWriter`` wrote; any inconsistency throws, so a damaged archive is
/// never half-loaded. The bytes are borrowed (an array's or a mapped file's), so the reader
/// must not outlive them; what it returns is a copy, except tables read with an owner.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: UnsafeRawBufferPointer
    private var position = 0
    /// What keeps `bytes` alive beyond the reader (a mapped file), or nil if they are only
    /// borrowed: then tables are copied out.
    private let owner: AnyObject?

    /// A reader of `bytes`, which must start on an 8-byte boundary; with `owner`, tables are
    /// read in place and keep `owner` alive.
    init(_ bytes: UnsafeRawBufferPointer, owner: AnyObject? = nil) {
        self.bytes = bytes
        self.owner = owner
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

    /// Reads what ``BinaryWriter/write(_:)-([Value])`` wrote of bytes, without copying them:
    /// a view of the reader's bytes, valid as long as they are.
    mutating func readBytes() throws(Damaged) -> UnsafeRawBufferPointer {
        let count = try readCount()
        defer { position += count }
        return UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count)])
    }

    mutating func readArray<Value: FixedWidthInteger & BitwiseCopyable>(_: Value.Type = Value.self) throws(Damaged) -> [Value] {
        let count = Int(try read(Int32.self))
        let size = MemoryLayout<Value>.size
        guard count >= 0, count * size <= bytes.count - position else { throw Damaged() }
        let values: [Value] = Self.array(copying: UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count * size)]), count: count)
        position += count * size
        #if _endian(little)
        return values
        #else
        return values.map { Value(littleEndian: $0) }
        #endif
    }

    /// Reads what ``BinaryWriter/write(_:)-(Table<Value>)`` wrote.
    mutating func readTable<Value: BitwiseCopyable>(_: Value.Type = Value.self) throws(Damaged) -> Table<Value> {
        let count = Int(try read(Int32.self))
        while position % 8 != 0 {
            guard position < bytes.count, bytes[position] == 0 else { throw Damaged() }
            position += 1
        }
        let size = MemoryLayout<Value>.stride
        guard count >= 0, count * size <= bytes.count - position else { throw Damaged() }
        let source = UnsafeRawBufferPointer(rebasing: bytes[position..<(position + count * size)])
        position += count * size
        guard let owner else { return Table(Self.array(copying: source, count: count)) }
        guard let start = source.baseAddress ?? bytes.baseAddress, Int(bitPattern: start) % MemoryLayout<Value>.alignment == 0 else {
            throw Damaged()
        }
        return Table(viewing: UnsafeBufferPointer(start: start.assumingMemoryBound(to: Value.self), count: count), keepingAlive: owner)
    }

    /// `count` values copied out of `source`, which holds exactly their bytes.
    private static func array<Value: BitwiseCopyable>(copying source: UnsafeRawBufferPointer, count: Int) -> [Value] {
        [Value](unsafeUninitializedCapacity: count) { buffer, initialised in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: source)
            initialised = count
        }
    }

    mutating func readStrings() throws(Damaged) -> [String] {
        let count = try readCount()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readString()) }
        return values
    }
}
