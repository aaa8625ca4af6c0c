/// A fixed set of folded words, looked up by their UTF-8 bytes in a ``WordTable`` instead of
/// with the general (seeded SipHash) hasher: the context analysis asks about a dozen tokens
/// for every finding, and this lookup costs a fraction of `Set<String>`'s.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable
    /// One bit of 256 for each (first byte, length) of the words (``sketchBit(first:length:)``):
    /// most words asked about share neither with any word of the set, and are answered
    /// without hashing them or reading the table.
    private let sketch: InlineArray<4, UInt64>

    /// The set of `words` (lower-case, as ``Token/folded`` is).
    init(_ words: some Sequence<String>) {
        table = WordTable(Set(words).sorted())
        var sketch = InlineArray<4, UInt64>(repeating: 0)
        for word in table.words {
            let bit = Self.sketchBit(first: WordTable.lowered(word.utf8.first ?? 0), length: word.utf8.count)
            sketch[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.sketch = sketch
    }

    /// The bit of ``sketch`` for words that start with `first` and have `length` bytes.
    @inline(__always)
    private static func sketchBit(first: UInt8, length: Int) -> Int {
        Int((UInt32(first) &* 0x9E37_79B1 ^ UInt32(truncatingIfNeeded: length) &* 0x85EB_CA77) >> 24)
    }

    /// False if no word of the set starts with `first` and has `length` bytes.
    @inline(__always)
    private func mayHold(first: UInt8, length: Int) -> Bool {
        let bit = Self.sketchBit(first: first, length: length)
        return sketch[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// True if `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        // Read in place (no copy to retain and release); only a bridged string needs one.
        if let found = word.utf8.withContiguousStorageIfAvailable({ contains($0) }) { return found }
        var copy = word
        return copy.withUTF8 { contains($0) }
    }

    /// True if the word spelt by `bytes` is in the set (ASCII letters compared without case).
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard mayHold(first: WordTable.lowered(bytes.first ?? 0), length: bytes.count) else { return false }
        return table.id(of: bytes, hash: WordTable.hash(bytes)) != nil
    }

    func makeIterator() -> IndexingIterator<[String]> {
        table.words.makeIterator()
    }
}
