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
