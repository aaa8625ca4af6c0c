/// Many short lists in two flat arrays (offsets and values): one allocation instead of one
/// per list, contiguous in memory, and cheap to archive.
struct FlatLists<Element: Sendable>: Sendable {
    /// List `i` is `values[offsets[i]..<offsets[i + 1]]`.
    let offsets: [Int32]
    let values: [Element]

    init(_ lists: [[Element]]) {
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(lists.count + 1)
        var values: [Element] = []
        for list in lists {
            values.append(contentsOf: list)
            offsets.append(Int32(values.count))
        }
        self.offsets = offsets
        self.values = values
    }

    /// Lists read back from their parts; nil if the parts do not fit together.
    init?(offsets: [Int32], values: [Element]) {
        guard offsets.first == 0, offsets.last.map(Int.init) == values.count,
              zip(offsets, offsets.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        self.offsets = offsets
        self.values = values
    }

    /// The number of lists.
    var count: Int { offsets.count - 1 }

    @inline(__always)
    subscript(index: Int) -> ArraySlice<Element> {
        values[Int(offsets[index])..<Int(offsets[index + 1])]
    }
}
