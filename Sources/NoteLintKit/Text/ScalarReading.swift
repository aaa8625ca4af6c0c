extension UnsafeBufferPointer<UInt8> {
    /// The Unicode scalar that starts at byte `index`, or nil if the bytes there are not one.
    func scalar(at index: Int) -> Unicode.Scalar? {
        var iterator = UnsafeBufferPointer(rebasing: self[index...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }
}
