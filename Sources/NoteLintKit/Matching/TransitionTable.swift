/// An open-addressing hash table from (state, token) keys to target ranges, in flat arrays:
/// one multiply and usually one probe per lookup, with no hashing of its own per call.
struct TransitionTable: Sendable {
    private static let emptyKey = Int64.min
    private let keys: [Int64]
    private let values: [UInt64]
    private let shift: UInt64
    private let mask: Int

    /// Builds the table from distinct keys.
    init(_ entries: [(key: Int64, range: Range<Int32>)]) {
        var bits = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        var keys = [Int64](repeating: Self.emptyKey, count: 1 << bits)
        var values = [UInt64](repeating: 0, count: 1 << bits)
        shift = UInt64(64 - bits)
        mask = (1 << bits) - 1
        for entry in entries {
            var slot = Self.slot(entry.key, shift)
            while keys[slot] != Self.emptyKey { slot = (slot + 1) & mask }
            keys[slot] = entry.key
            values[slot] = UInt64(UInt32(bitPattern: entry.range.lowerBound)) << 32 | UInt64(UInt32(bitPattern: entry.range.upperBound))
        }
        self.keys = keys
        self.values = values
    }

    /// How many keys the table holds.
    var count: Int { keys.reduce(0) { $1 == Self.emptyKey ? $0 : $0 + 1 } }

    /// Every key with its range, in slot order.
    var entries: [(key: Int64, range: Range<Int32>)] {
        keys.indices.compactMap { slot in
            keys[slot] == Self.emptyKey ? nil : (keys[slot], self[keys[slot]]!)
        }
    }

    @inline(__always)
    private static func slot(_ key: Int64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: key) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The range stored for `key`, or nil.
    @inline(__always)
    subscript(key: Int64) -> Range<Int32>? {
        var slot = Self.slot(key, shift)
        while true {
            let stored = keys[slot]
            if stored == key {
                let value = values[slot]
                return Int32(bitPattern: UInt32(truncatingIfNeeded: value >> 32))..<Int32(bitPattern: UInt32(truncatingIfNeeded: value))
            }
            if stored == Self.emptyKey { return nil }
            slot = (slot + 1) & mask
        }
    }
}
