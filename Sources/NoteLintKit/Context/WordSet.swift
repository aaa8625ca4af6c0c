/// A fixed set of folded words, looked up by their UTF-8 bytes in a ``WordTable`` instead of
/// with the general (seeded SipHash) hasher: the context analysis asks about a dozen tokens
/// for every finding, and this lookup costs a fraction of `Set<String>`'s.
struct WordSet: Sendable, ExpressibleByArrayLiteral, Sequence {
    private let table: WordTable

    /// The set of `words` (lower-case, as ``Token/folded`` is).
    init(_ words: some Sequence<String>) {
        table = WordTable(Set(words).sorted())
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// True if `word` is in the set.
    @inline(__always)
    func contains(_ word: String) -> Bool {
        table.id(of: word) != nil
    }

    /// True if the word spelt by `bytes` is in the set (ASCII letters compared without case).
    @inline(__always)
    func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        table.id(of: bytes, hash: WordTable.hash(bytes)) != nil
    }

    func makeIterator() -> IndexingIterator<[String]> {
        table.words.makeIterator()
    }
}
