/// Finds whether any of a set of ASCII literals occurs in raw UTF-8 bytes, ignoring ASCII
/// case: an Aho–Corasick automaton compiled to a table over byte classes.
///
/// This is the prefilter's engine: one table lookup per byte, no tokenising, no allocation.
struct LiteralScanner: Sendable {
    /// Byte → class (0 for bytes no literal contains); upper-case ASCII maps like lower-case.
    private let byteClass: [UInt8]
    private let classCount: Int
    /// state * classCount + class → next state.
    private let table: [Int32]
    /// Per state: true if a literal ends here.
    private let accepting: [Bool]

    /// Compiles `literals` (lower-case ASCII).
    init(literals: Set<String>) {
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
        var accepting = [false]
        for literal in literals.sorted() {
            var state = 0
            for byte in literal.utf8 {
                let symbol = Int(classes[Int(byte)])
                if children[state][symbol] < 0 {
                    children[state][symbol] = Int32(children.count)
                    children.append([Int32](repeating: -1, count: count))
                    accepting.append(false)
                }
                state = Int(children[state][symbol])
            }
            accepting[state] = true
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
            accepting[state] = accepting[state] || accepting[failure[state]]
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
        self.byteClass = classes
        self.classCount = count
        self.table = table
        self.accepting = accepting
    }

    /// True if some literal occurs in `bytes`.
    func containsAny(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        table.withUnsafeBufferPointer { table in
            byteClass.withUnsafeBufferPointer { classes in
                accepting.withUnsafeBufferPointer { accepting in
                    var state = 0
                    for byte in bytes {
                        state = Int(table[state * classCount + Int(classes[Int(byte)])])
                        if accepting[state] { return true }
                    }
                    return false
                }
            }
        }
    }
}
