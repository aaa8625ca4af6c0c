/// How often a note writes each name in each role, and where first, for ``NoteCast``.
///
/// Notes repeat a few names many times ("Ms Hale" forty times), so a name is found by a hash
/// of its bytes in a small open-addressing table, and its string made only the first time.
struct NameTally {
    /// A name as written for a role: how often, and the offset of its first mention.
    struct Entry {
        var name: String
        var role: Role
        var count: Int
        var first: Int
        /// The name's bytes and their hash, to recognise it again.
        fileprivate var bytes: [UInt8]
        fileprivate var hash: UInt64
    }

    /// Every name noted, in order of first mention.
    private(set) var entries: [Entry] = []
    /// Hash slot → entry index + 1, or 0 if empty; kept at most half full.
    private var slots = [Int32](repeating: 0, count: 16)
    /// The name being noted, as bytes (reused).
    private var scratch: [UInt8] = []

    /// Notes one mention of the name `title` + space + `word` (`title` nil: `word` alone) in
    /// `role`, at byte `offset`.
    mutating func note(title: String?, _ word: UnsafeBufferPointer<UInt8>, _ role: Role, at offset: Int) {
        scratch.removeAll(keepingCapacity: true)
        if let title {
            scratch.append(contentsOf: title.utf8)
            scratch.append(0x20)
        }
        scratch.append(contentsOf: word)
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in scratch { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if entries[index].hash == hash, entries[index].role == role, entries[index].bytes == scratch {
                entries[index].count += 1
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = Int32(entries.count + 1)
        entries.append(Entry(name: String(decoding: scratch, as: UTF8.self), role: role, count: 1, first: offset, bytes: scratch, hash: hash))
        if entries.count * 2 > slots.count { grow() }
    }

    /// Doubles the table and places every entry again.
    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }

    /// The most often written name in `role` (the first written, of equals), other than
    /// `excluded`, if any.
    func mostFrequent(_ role: Role, excluding excluded: Set<String> = []) -> String? {
        entries.filter { $0.role == role && !excluded.contains($0.name) }.max { ($0.count, -$0.first) < ($1.count, -$1.first) }?.name
    }

    /// The words written after a title ("Hussain" of "Ms Hussain").
    var titledWords: Set<String> {
        Set(titledNames.map(\.word))
    }

    /// The adults' names written after a title, with their titles ("Ms" and "Hussain" of "Ms
    /// Hussain").
    var titledNames: [(title: String, word: String)] {
        entries.compactMap { entry in
            guard entry.role != .child else { return nil }
            let parts = entry.name.split(separator: " ", maxSplits: 1)
            return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
        }
    }

    /// The names written in `role`, in order of first mention.
    func names(_ role: Role) -> [String] {
        entries.filter { $0.role == role }.map(\.name)
    }
}
