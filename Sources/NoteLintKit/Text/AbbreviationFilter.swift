/// Decides, as ICU's filtered sentence breaker does ("ss=standard"), whether a sentence break
/// falls just after an abbreviation such as "Mr." or "Ph.D." and is suppressed.
///
/// ICU's rule, kept here quirk for quirk so that the boundaries stay identical: from the break,
/// step back over one space, then find the longest abbreviation ending there (case-sensitive,
/// with no check of what precedes it). An abbreviation with no inner full stop suppresses the
/// break. One with an inner full stop ("Ph.D.") is matched in two steps: its part up to the
/// first full stop ("Ph.") ending there, then, reading forwards from that part's start, some
/// abbreviation of the same group that the text spells out.
struct AbbreviationFilter: Sendable {
    /// What a key of the backward table means.
    private enum Value: UInt8 {
        case none = 0
        /// A whole abbreviation: the break is suppressed.
        case match = 1
        /// The part of an abbreviation up to its first inner full stop: check forwards.
        case partial = 2
    }

    /// Reversed abbreviations (and reversed parts of those with inner full stops).
    private let backward: ByteTrie
    /// Whole abbreviations of the groups with inner full stops, read forwards.
    private let forward: ByteTrie

    /// A filter for `abbreviations` (ICU's list for the locale, such as "Mr." and "Ph.D.").
    init(abbreviations: [String]) {
        let strings = Array(Set(abbreviations.map { Array($0.utf8) }))
        // A string with a full stop before its end makes a group of every string that starts
        // with its part up to that full stop.
        var groupPrefixes = Set<[UInt8]>()
        for string in strings {
            if let dot = string.firstIndex(of: UInt8(ascii: ".")), dot + 1 != string.count {
                groupPrefixes.insert(Array(string[...dot]))
            }
        }
        var backward = ByteTrie()
        var forward = ByteTrie()
        for prefix in groupPrefixes { backward.insert(prefix.reversed(), value: Value.partial.rawValue) }
        for string in strings {
            if groupPrefixes.contains(where: { string.starts(with: $0) }) {
                forward.insert(string, value: Value.match.rawValue)
            } else {
                backward.insert(string.reversed(), value: Value.match.rawValue)
            }
        }
        self.backward = backward
        self.forward = forward
    }

    /// True if ICU would suppress the sentence break at byte offset `offset` of `bytes`.
    func suppressesBreak(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = offset
        if position > 0, bytes[position - 1] == UInt8(ascii: " ") { position -= 1 }
        // The longest key that the text spells backwards from `position`.
        var node = ByteTrie.root
        var best: (start: Int, value: UInt8)? = nil
        var index = position
        while index > 0, let next = backward.child(of: node, byte: bytes[index - 1]) {
            node = next
            index -= 1
            let value = backward.value(of: node)
            if value != Value.none.rawValue { best = (index, value) }
        }
        guard let best else { return false }
        if best.value == Value.match.rawValue { return true }
        // Forwards from the part's start: the walk stops where no longer key goes on; the text
        // read so far must then be a key.
        node = ByteTrie.root
        index = best.start
        while index < bytes.count {
            guard let next = forward.child(of: node, byte: bytes[index]) else { return false }
            node = next
            index += 1
            if !forward.hasChildren(node) { break }
        }
        return forward.value(of: node) != Value.none.rawValue
    }
}

/// A small trie over byte strings, each key carrying a non-zero one-byte value.
private struct ByteTrie: Sendable {
    static let root: Int32 = 0
    /// Per node: its children as (byte, node) pairs, and its value (0 if no key ends there).
    private var children: [[(byte: UInt8, node: Int32)]] = [[]]
    private var values: [UInt8] = [0]

    mutating func insert(_ key: some Sequence<UInt8>, value: UInt8) {
        var node = Self.root
        for byte in key {
            if let next = child(of: node, byte: byte) {
                node = next
            } else {
                children.append([])
                values.append(0)
                let next = Int32(children.count - 1)
                children[Int(node)].append((byte, next))
                node = next
            }
        }
        values[Int(node)] = value
    }

    func child(of node: Int32, byte: UInt8) -> Int32? {
        for edge in children[Int(node)] where edge.byte == byte { return edge.node }
        return nil
    }

    func hasChildren(_ node: Int32) -> Bool { !children[Int(node)].isEmpty }

    func value(of node: Int32) -> UInt8 { values[Int(node)] }
}
