/// A fixed run of plain values: a copy of an array, or a stretch of a memory-mapped archive
/// used in place (see ``CatalogueCache``), so that loading a compiled catalogue copies almost
/// nothing. Reads are bounds-checked, as an array's are.
struct Table<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    /// Keeps the memory alive: a ``TableMemory`` this table owns, or the mapped file.
    private let owner: AnyObject
    /// The values.
    let buffer: UnsafeBufferPointer<Element>

    /// A table holding a copy of `elements`.
    init(_ elements: [Element]) {
        let memory = TableMemory(copying: elements)
        owner = memory
        buffer = memory.buffer(of: Element.self, count: elements.count)
    }

    /// A table over `buffer`, which stays valid as long as `owner` lives.
    init(viewing buffer: UnsafeBufferPointer<Element>, keepingAlive owner: AnyObject) {
        self.owner = owner
        self.buffer = buffer
    }

    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }

    @inline(__always)
    subscript(position: Int) -> Element {
        precondition(position >= 0 && position < buffer.count, "table index out of range")
        return buffer[position]
    }

    /// The values `range` as a buffer (no copy; valid while this table lives).
    @inline(__always)
    func slice(_ range: Range<Int>) -> UnsafeBufferPointer<Element> {
        precondition(range.lowerBound >= 0 && range.upperBound <= buffer.count, "table range out of bounds")
        return UnsafeBufferPointer(rebasing: buffer[range])
    }
}

/// Memory allocated for one ``Table``'s copy of its values, freed with it.
final class TableMemory {
    private let base: UnsafeMutableRawPointer

    init<Element: BitwiseCopyable>(copying elements: [Element]) {
        let size = max(1, elements.count * MemoryLayout<Element>.stride)
        base = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: max(8, MemoryLayout<Element>.alignment))
        elements.withUnsafeBytes { base.copyMemory(from: $0.baseAddress ?? UnsafeRawPointer(base), byteCount: $0.count) }
    }

    func buffer<Element>(of _: Element.Type, count: Int) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: base.assumingMemoryBound(to: Element.self), count: count)
    }

    deinit { base.deallocate() }
}

extension UnsafeBufferPointer where Element == Int32 {
    /// The smallest and the largest value, or nil if there are none: one pass without
    /// branches, which the compiler vectorises (the checks of a mapped archive at load).
    var valueBounds: (min: Int32, max: Int32)? {
        guard let base = baseAddress, count > 0 else { return nil }
        var low = base[0], high = base[0]
        var index = 1
        while index < count {
            low = Swift.min(low, base[index])
            high = Swift.max(high, base[index])
            index += 1
        }
        return (low, high)
    }

    /// True if no value is negative and none is smaller than the one before it.
    var isNonNegativeAndNondecreasing: Bool {
        guard let base = baseAddress, count > 0 else { return true }
        // Where no value is negative no difference overflows, and a descent shows as a sign
        // bit; one pass that keeps both, without branches.
        var low = base[0]
        var differences: Int32 = 0
        var index = 1
        while index < count {
            low = Swift.min(low, base[index])
            differences |= base[index] &- base[index - 1]
            index += 1
        }
        return low >= 0 && differences >= 0
    }
}
