/// Many short lists in two flat tables (offsets and values): one allocation instead of one
/// per list, contiguous in memory, and read in place from an archive.
struct FlatLists<Element: BitwiseCopyable>: Sendable {
    /// List `i` is `values[offsets[i]..<offsets[i + 1]]`.
    let offsets: Table<Int32>
    let values: Table<Element>

    init(_ lists: [[Element]]) {
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(lists.count + 1)
        var values: [Element] = []
        for list in lists {
            values.append(contentsOf: list)
            offsets.append(Int32(values.count))
        }
        self.offsets = Table(offsets)
        self.values = Table(values)
    }

    /// `count` lists built from `(list, value)` pairs, each list's values in the order given:
    /// a counting sort, with two allocations however many lists there are.
    init(count: Int, grouping pairs: [(list: Int, value: Element)]) {
        var offsets = [Int32](repeating: 0, count: count + 1)
        for pair in pairs { offsets[pair.list + 1] += 1 }
        for list in 0..<count { offsets[list + 1] += offsets[list] }
        var next = offsets
        let values = [Element](unsafeUninitializedCapacity: pairs.count) { buffer, initialised in
            for pair in pairs {
                buffer.initializeElement(at: Int(next[pair.list]), to: pair.value)
                next[pair.list] += 1
            }
            initialised = pairs.count
        }
        self.offsets = Table(offsets)
        self.values = Table(values)
    }

    /// Lists read back from their parts; nil if the parts do not fit together.
    init?(offsets: Table<Int32>, values: Table<Element>) {
        guard offsets.first == 0, offsets.last.map(Int.init) == values.count, offsets.buffer.isNonNegativeAndNondecreasing else { return nil }
        self.offsets = offsets
        self.values = values
    }

    /// The number of lists.
    var count: Int { offsets.count - 1 }

    /// List `index` (no copy; valid while these lists live).
    @inline(__always)
    subscript(index: Int) -> UnsafeBufferPointer<Element> {
        values.slice(Int(offsets[index])..<Int(offsets[index + 1]))
    }
}

extension FlatLists where Element == Int32 {
    /// True if every value lies in `range` (one pass over all lists' values).
    func valuesLie(in range: Range<Int>) -> Bool {
        guard let bounds = values.buffer.valueBounds else { return true }
        return Int(bounds.min) >= range.lowerBound && Int(bounds.max) < range.upperBound
    }

    /// True if the values of each list increase strictly.
    var eachListIncreases: Bool {
        // The offsets were checked when the lists were made: each list lies within `values`.
        let values = values.buffer
        for list in 0..<count {
            var index = Int(offsets[list]) + 1
            let end = Int(offsets[list + 1])
            while index < end {
                if values[index] <= values[index - 1] { return false }
                index += 1
            }
        }
        return true
    }
}
