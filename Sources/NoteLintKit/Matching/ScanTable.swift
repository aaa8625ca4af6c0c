/// The literal scan's lookup of a word by its hash and length: one small open-addressing
/// table whose slots each pack a literal's id, its length and some bits of its hash, so that
/// looking a word up reads one slot or a few neighbours, and no literal's bytes.
///
/// Without comparing bytes a lookup can also name a literal whose length and hash bits merely
/// equal the word's (a few in ten thousand words). That is safe for the prefilter, which only
/// ever lets more text through for a hit too many; what it must not do, miss a literal, it
/// cannot: every slot of the probe run that could be the word is reported.
struct ScanTable: Sendable {
    /// Per slot: 0 if empty, else `tag << tagShift | length << lengthShift | (id + 1)`.
    let slots: Table<UInt32>
    private let mask: Int
    /// How the slot's fields are packed: the id takes the low `lengthShift` bits (`idMask`), the
    /// length the next four, the hash's top bits the rest (from `tagShift`, at most 31).
    private let lengthShift: UInt32
    private let tagShift: UInt32
    private let idMask: UInt32
    /// Lengths from this on are stored as this.
    private static let longLength = 15

    /// A table of `words` (ASCII letters and digits) by ``WordTable/hash(_:)``, leaving out those
    /// for which `excluded` is true; word `i` has id `i`. Each alias's spelling is found as the
    /// word with its id.
    init(_ words: [String], aliases: [(spelling: String, id: Int32)] = [], excluding excluded: (String) -> Bool = { _ in false }) {
        var size = 16
        while size < (words.count + aliases.count) * 2 { size *= 2 }
        var slots = [UInt32](repeating: 0, count: size)
        let idBits = Self.idBits(wordCount: words.count)
        let entries = words.enumerated().filter { !excluded($0.element) }.map { (id: $0.offset, word: $0.element) }
            + aliases.map { (id: Int($0.id), word: $0.spelling) }
        for (id, word) in entries {
            var copy = word
            let (hash, length) = copy.withUTF8 { (WordTable.hash($0), $0.count) }
            var slot = Int(hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Self.key(length: length, hash: hash, lengthShift: idBits, tagShift: idBits + 4) | UInt32(id + 1)
        }
        self.init(slots: Table(slots), wordCount: words.count)!
    }

    /// A table of `wordCount` words from its slots (as archived); nil if they cannot be one.
    init?(slots: Table<UInt32>, wordCount: Int) {
        let idBits = Self.idBits(wordCount: wordCount)
        guard slots.count >= 16, slots.count & (slots.count - 1) == 0,
              slots.allSatisfy({ $0 & ((1 << idBits) - 1) <= wordCount }) else { return nil }
        self.slots = slots
        mask = slots.count - 1
        lengthShift = idBits
        tagShift = idBits + 4
        idMask = (1 << idBits) - 1
    }

    /// The bits a slot gives to `id + 1` in a table of `wordCount` words.
    private static func idBits(wordCount: Int) -> UInt32 {
        var idBits: UInt32 = 1
        while 1 << idBits <= wordCount { idBits += 1 }
        precondition(idBits <= 27, "too many literals for the scan table")
        return idBits
    }

    /// The slot's fields other than the id, for a word of `length` bytes with hash `hash`.
    @inline(__always)
    private static func key(length: Int, hash: UInt32, lengthShift: UInt32, tagShift: UInt32) -> UInt32 {
        (hash &>> 16) &<< tagShift | UInt32(truncatingIfNeeded: min(length, longLength)) &<< lengthShift
    }

    /// Calls `body` with the id of every word that may be the word of `length` bytes whose
    /// hash is `hash`: the word itself if it is in the table, and rarely another.
    @inline(__always)
    func forEachID(length: Int, hash: UInt32, _ body: (Int32) -> Void) {
        let key = Self.key(length: length, hash: hash, lengthShift: lengthShift, tagShift: tagShift)
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return }
            if entry & ~idMask == key { body(Int32(bitPattern: entry & idMask) &- 1) }
            slot = (slot + 1) & mask
        }
    }
}
