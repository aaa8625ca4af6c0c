#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed-size array of working memory that is written in place: no copy-on-write check and
/// no reference counting on each write, as a Swift array in an `inout` struct has (which cost
/// a tenth of the prefilter's time). One owner at a time; not thread-safe.
final class ScratchArray<Element: BitwiseCopyable> {
    private let storage: UnsafeMutableBufferPointer<Element>

    /// `count` elements, each `value`. The memory comes zeroed from `calloc`: a large array of
    /// zeros (the matcher's marks, one per state) is then not written at all until it is used,
    /// and a short note's run touches only the pages it needs.
    init(repeating value: Element, count: Int) {
        precondition(MemoryLayout<Element>.alignment <= 16, "calloc aligns to 16 bytes")
        guard let memory = calloc(max(count, 1), MemoryLayout<Element>.stride) else { fatalError("out of memory for \(count) elements") }
        storage = UnsafeMutableBufferPointer(start: memory.bindMemory(to: Element.self, capacity: count), count: count)
        if withUnsafeBytes(of: value, { $0.contains { $0 != 0 } }) { storage.initialize(repeating: value) }
    }

    deinit { free(storage.baseAddress) }

    /// The number of elements.
    var count: Int { storage.count }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }
}
