/// Reading UTF-8 bytes in place: a scalar at an offset, or a fixed word at an offset.
extension UnsafeBufferPointer<UInt8> {
    /// The Unicode scalar that starts at byte `index`, or nil if the bytes there are not one.
    func scalar(at index: Int) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(rebasing: self[index...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// True if the bytes of `word` stand at `index`. Called at every capitalised word of a
    /// note, so it compares byte by byte and stops at the first difference.
    @inline(__always)
    func spells(_ word: StaticString, at index: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index >= 0, index + count <= self.count else { return false }
        let letters = word.utf8Start
        for offset in 0..<count where self[index + offset] != letters[offset] { return false }
        return true
    }

    /// True if the bytes of `word` stand at `index`, ASCII letters compared without case
    /// (`word` is lower-case).
    func spellsIgnoringCase(_ word: StaticString, at index: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index >= 0, index + count <= self.count else { return false }
        let letters = word.utf8Start
        for offset in 0..<count {
            let byte = self[index + offset]
            let lowered = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if lowered != letters[offset] { return false }
        }
        return true
    }
}
