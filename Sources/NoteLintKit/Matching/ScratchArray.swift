/// A fixed-size array of working memory that is written in place: no copy-on-write check and
/// no reference counting on each write, as a Swift array in an `inout` struct has (which cost
/// a tenth of the prefilter's time). One owner at a time; not thread-safe.
final class ScratchArray<Element: BitwiseCopyable> {
    private let storage: UnsafeMutableBufferPointer<Element>

    /// `count` elements, each `value`.
    init(repeating value: Element, count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: value)
    }

    deinit { storage.deallocate() }

    /// The number of elements.
    var count: Int { storage.count }

    @inline(__always)
    subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }
}
