/// Finds occurrences of a set of ASCII literals in raw UTF-8 bytes, ignoring ASCII case: an
/// Aho–Corasick automaton compiled to a table over byte classes.
///
/// This is the prefilter's engine: one table lookup per byte, no tokenising, no allocation.
struct LiteralScanner: Sendable {
    /// The literals, in the order that gives them their ids.
    let literals: [String]
    /// Per literal: its length in bytes.
    private let lengths: [Int]
    /// Byte → class (0 for bytes no literal contains); upper-case ASCII maps like lower-case.
    private let byteClass: [UInt8]
    private let classCount: Int
    /// state * classCount + class → next state.
    private let table: [Int32]
    /// Per state: the ids of the literals that end there (through failure links too).
    private let outputs: FlatLists<Int32>

    /// Compiles `literals` (lower-case ASCII); literal `i` of the array has id `i`.
    init(literals: [String]) {
        var classes = [UInt8](repeating: 0, count: 256)
        var count = 1
        for literal in literals.sorted() {
            for byte in literal.utf8 where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(count)
                count += 1
            }
        }
        for upper in UInt8(ascii: "A")...UInt8(ascii: "Z") { classes[Int(upper)] = classes[Int(upper | 0x20)] }
        // The trie.
        var children: [[Int32]] = [[Int32](repeating: -1, count: count)]
        var outputs: [[Int32]] = [[]]
        for (id, literal) in literals.enumerated() {
            var state = 0
            for byte in literal.utf8 {
                let symbol = Int(classes[Int(byte)])
                if children[state][symbol] < 0 {
                    children[state][symbol] = Int32(children.count)
                    children.append([Int32](repeating: -1, count: count))
                    outputs.append([])
                }
                state = Int(children[state][symbol])
            }
            outputs[state].append(Int32(id))
        }
        // Failure links, breadth first, turning the trie into a complete transition table.
        var table = [Int32](repeating: 0, count: children.count * count)
        var failure = [Int](repeating: 0, count: children.count)
        var queue: [Int] = []
        for symbol in 0..<count {
            let child = children[0][symbol]
            if child >= 0 {
                table[symbol] = child
                queue.append(Int(child))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            if failure[state] != 0 { outputs[state] += outputs[failure[state]] }
            for symbol in 0..<count {
                let child = children[state][symbol]
                if child >= 0 {
                    failure[Int(child)] = Int(table[failure[state] * count + symbol])
                    table[state * count + symbol] = child
                    queue.append(Int(child))
                } else {
                    table[state * count + symbol] = table[failure[state] * count + symbol]
                }
            }
        }
        self.literals = literals
        self.lengths = literals.map(\.utf8.count)
        self.byteClass = classes
        self.classCount = count
        self.table = table
        self.outputs = FlatLists(outputs)
    }

    /// Calls `body(literal id, start offset)` for every occurrence of a literal in `bytes` that
    /// could be a whole token: no ASCII letter or digit touches it on either side, except an
    /// `n` after it (a clitic: `did` in `didn't`). Occurrences come in order of their ends.
    func forEachTokenHit(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int32, Int) -> Void) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        table.withUnsafeBufferPointer { table in
            byteClass.withUnsafeBufferPointer { classes in
                outputs.offsets.withUnsafeBufferPointer { offsets in
                  outputs.values.withUnsafeBufferPointer { values in
                    var state = 0
                    for index in 0..<count {
                        state = Int(table[state &* classCount &+ Int(classes[Int(base[index])])])
                        let first = Int(offsets[state]), last = Int(offsets[state &+ 1])
                        guard first < last else { continue }
                        if index + 1 < count, Self.isWordByte(base[index + 1]), base[index + 1] | 0x20 != UInt8(ascii: "n") { continue }
                        for output in first..<last {
                            let literal = values[output]
                            let start = index + 1 - lengths[Int(literal)]
                            if start > 0, Self.isWordByte(base[start - 1]) { continue }
                            body(literal, start)
                        }
                    }
                  }
                }
            }
        }
    }

    /// True if some literal occurs in `bytes` as a possible token.
    func containsAny(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var found = false
        forEachTokenHit(in: bytes) { _, _ in found = true }
        return found
    }

    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }
}
