/// Words by id, found from their UTF-8 bytes in a small open-addressing hash table (``hash(_:)``;
/// ASCII letters compare without case): the prefilter's lookup of each word it scans and the
/// matcher's lookup of each token. No string is made or hashed with the general hasher.
struct WordTable: Sendable {
    /// The words; word `i` has id `i`.
    let words: [String]
    /// The entries' bytes, one after another: the words', then their aliases' (other spellings
    /// found as a word: "volitile" as "volatile").
    private let bytes: [UInt8]
    /// Per entry `i`: `entries[2 * i]` is where its bytes start and `entries[2 * i + 1]` the id
    /// it finds (its own place for a word, its word's for an alias); `entries[2 * count]` is
    /// where the last entry's bytes end. One array, so that a lookup reads one line.
    private let entries: [Int32]
    /// Hash slot → entry, or -1.
    private let slots: [Int32]
    private let mask: Int
    /// The longest entry, in bytes.
    let longest: Int

    /// A table of `words` and their `aliases` (another spelling with its word's id), leaving
    /// out the words for which `excluded` is true (they keep their ids).
    init(_ words: [String], aliases: [(spelling: String, id: Int32)] = [], excluding excluded: (String) -> Bool = { _ in false }) {
        var bytes: [UInt8] = []
        var entries: [Int32] = []
        entries.reserveCapacity(2 * (words.count + aliases.count) + 1)
        var hashes: [UInt32] = []
        hashes.reserveCapacity(words.count + aliases.count)
        var longest = 0
        for (text, id) in words.enumerated().map({ ($1, Int32($0)) }) + aliases.map({ ($0.spelling, $0.id) }) {
            var copy = text
            copy.withUTF8 { utf8 in
                entries.append(Int32(bytes.count))
                entries.append(id)
                bytes.append(contentsOf: utf8)
                hashes.append(Self.hash(utf8))
                longest = max(longest, utf8.count)
            }
        }
        entries.append(Int32(bytes.count))
        var size = 16
        while size < hashes.count * 3 { size *= 2 }
        var slots = [Int32](repeating: -1, count: size)
        for entry in hashes.indices where entry >= words.count || !excluded(words[entry]) {
            var slot = Int(hashes[entry]) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(entry)
        }
        self.words = words
        self.bytes = bytes
        self.entries = entries
        self.slots = slots
        mask = size - 1
        self.longest = longest
    }

    /// The aliases, each with its word's id, in the order given.
    var aliases: [(spelling: String, id: Int32)] {
        (words.count..<(entries.count / 2)).map { entry in
            let text = bytes[Int(entries[2 * entry])..<Int(entries[2 * entry + 2])]
            return (String(decoding: text, as: UTF8.self), entries[2 * entry + 1])
        }
    }

    /// The number of words.
    var count: Int { words.count }

    /// The hash the table uses, of bytes with the ASCII case bit set: each whole block of
    /// eight bytes, then the rest, as one little-endian number each (``mix(_:_:)``).
    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var value = hashSeed
        var index = 0
        while index + 8 <= word.count {
            value = mix(value, ByteBlocks.load(word, at: index) | caseBits)
            index += 8
        }
        let rest = word.count - index
        if rest > 0 {
            // The last one to seven bytes as one number, from loads that stay inside the word
            // and overlap where they must (no loop over the bytes).
            let base = word.baseAddress! + index
            let tail: UInt64
            if word.count >= 8 {
                tail = ByteBlocks.load(word, at: word.count - 8) &>> UInt64(8 * (8 - rest))
            } else if rest >= 4 {
                let low = UInt64(UInt32(littleEndian: UnsafeRawPointer(base).loadUnaligned(as: UInt32.self)))
                let high = UInt64(UInt32(littleEndian: UnsafeRawPointer(base + rest - 4).loadUnaligned(as: UInt32.self)))
                tail = low | high &<< UInt64(8 * (rest - 4))
            } else {
                tail = UInt64(base[0]) | UInt64(base[rest / 2]) &<< UInt64(8 * (rest / 2)) | UInt64(base[rest - 1]) &<< UInt64(8 * (rest - 1))
            }
            value = mix(value, (tail | caseBits) & (UInt64.max &>> UInt64(64 - 8 * rest)))
        }
        return finish(value)
    }

    /// The hash state of no bytes, for hashing a word while reading it (with ``mix(_:_:)``
    /// and ``finish(_:)``).
    static let hashSeed: UInt64 = 0

    /// Sets the ASCII case bit of each of eight bytes.
    static let caseBits: UInt64 = 0x2020_2020_2020_2020

    /// `value` extended by up to eight bytes, first byte lowest, their case bits set: one
    /// multiply per block rather than one per byte, whose chain of latencies had held up the
    /// literal scan at every word.
    @inline(__always)
    static func mix(_ value: UInt64, _ block: UInt64) -> UInt64 {
        let mixed = (value ^ block) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed &>> 29)
    }

    /// The hash of a word whose blocks have been mixed into `value`.
    @inline(__always)
    static func finish(_ value: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: ((value ^ 0xC2B2_AE3D_27D4_EB4F) &* 0xFF51_AFD7_ED55_8CCD) &>> 32)
    }

    /// The id of the word equal to `word` (ASCII letters compared without case), or of the
    /// word it is an alias of, whose ``hash(_:)`` is `value`; nil if there is none.
    @inline(__always)
    func id(of word: UnsafeBufferPointer<UInt8>, hash value: UInt32) -> Int32? {
        guard word.count <= longest else { return nil }
        var slot = Int(value) & mask
        while true {
            let entry = Int(slots[slot])
            if entry < 0 { return nil }
            let first = Int(entries[2 * entry]), end = Int(entries[2 * entry + 2])
            if end - first == word.count {
                var equal = true
                for offset in 0..<word.count where bytes[first + offset] != Self.lowered(word[offset]) {
                    equal = false
                    break
                }
                if equal { return entries[2 * entry + 1] }
            }
            slot = (slot + 1) & mask
        }
    }

    /// The id of `word`, or nil.
    func id(of word: String) -> Int32? {
        // Read in place (no copy to retain and release); only a bridged string needs one.
        if let found = word.utf8.withContiguousStorageIfAvailable({ id(of: $0, hash: Self.hash($0)) }) { return found }
        var copy = word
        return copy.withUTF8 { id(of: $0, hash: Self.hash($0)) }
    }

    /// `byte` with ASCII upper case lowered, as lookups compare words.
    @inline(__always)
    static func lowered(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
