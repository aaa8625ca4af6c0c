/// All patterns of a catalogue compiled into one nondeterministic automaton over token ids.
///
/// Matching keeps a small set of live threads (state, start token); each token costs one hash
/// lookup per live thread plus one for a new thread from the start state. The start state's
/// transitions are one hash table over the tokens that can begin any pattern, so the cost per
/// token does not grow with the number of rules: only the number of live partial matches
/// matters, and a token no pattern begins with costs one lookup. A run limited to a few
/// patterns (those the ``Prefilter`` passes for a sentence) starts threads at those patterns'
/// own entry states instead.
///
/// A class, immutable once built: the linter, the person finder and each context check share
/// one; as a struct of a dozen tables it was copied, with a retain and a release of each
/// table, at every sentence matched.
final class Automaton: Sendable {
    /// One accepted pattern: which rule, and whether it is an exception of that rule (packed
    /// in one integer, so that lists of them are archived and read in place).
    struct Accept: Sendable, Equatable, BitwiseCopyable {
        /// `rule << 1 | isException`.
        let packed: Int32
        var rule: Int32 { packed >> 1 }
        var isException: Bool { packed & 1 != 0 }

        init(rule: Int32, isException: Bool) {
            packed = rule << 1 | (isException ? 1 : 0)
        }

        init(packed: Int32) {
            self.packed = packed
        }
    }

    /// A match of one pattern over tokens `start..<end` of a sentence.
    struct Match: Sendable, Equatable {
        var rule: Int32
        var isException: Bool
        var start: Int
        var end: Int
    }

    /// (state, token id) → the states it moves to.
    let transitions: EdgeTable
    /// Per state: targets reached by any token that may fill a gap (``Token/fillsGap``).
    let wildcardTargets: FlatLists<Int32>
    /// Per state: the patterns accepted on reaching it.
    let accepts: FlatLists<Accept>
    /// Token string → id, for every token a pattern names.
    let vocabulary: WordTable
    /// Token id → the pseudo-token ids of the word classes it belongs to (see
    /// ``AutomatonBuilder/pseudoTokenID(classIndex:)``).
    let classesOfToken: FlatLists<Int32>
    /// Token id → whether the start state has a move on it (the hottest check: once per token).
    private let startsPattern: [Bool]

    /// Per pattern, in the order they were added: what it accepts.
    let patternAccepts: [Accept]
    /// Per pattern: its entry state. A run of a few patterns starts their threads here rather
    /// than from the start state, whose moves lead into every pattern.
    let patternEntries: [Int32]
    /// Per rule: the patterns that are its exceptions.
    let exceptionPatterns: FlatLists<Int32>
    /// Per state: one bit per token or class it has a move on (bit ``moveBit(_:)``), and
    /// ``wildcardBit`` if it has a move on any token. A token whose own bits
    /// (``tokenMoveBits``) miss them all has no move from the state: a thread, or a run's
    /// pattern entry, is passed with one test instead of a lookup per token and class.
    let stateMoveBits: Table<UInt64>
    /// Per token id: the bits of the token and of its classes.
    private let tokenMoveBits: [UInt64]
    private static let wildcardBit: UInt64 = 1 << 63

    init(transitions: EdgeTable, wildcardTargets: FlatLists<Int32>, accepts: FlatLists<Accept>,
         vocabulary: WordTable, classesOfToken: FlatLists<Int32>, patternAccepts: [Accept],
         patternEntries: [Int32], stateMoveBits: Table<UInt64>? = nil) {
        self.patternAccepts = patternAccepts
        self.patternEntries = patternEntries
        let ruleCount = Int(patternAccepts.map(\.rule).max() ?? -1) + 1
        self.exceptionPatterns = FlatLists(count: ruleCount, grouping: patternAccepts.indices.compactMap { pattern in
            patternAccepts[pattern].isException ? (Int(patternAccepts[pattern].rule), Int32(pattern)) : nil
        })
        self.transitions = transitions
        self.wildcardTargets = wildcardTargets
        self.accepts = accepts
        self.vocabulary = vocabulary
        self.classesOfToken = classesOfToken
        self.startsPattern = (0..<vocabulary.count).map { id in
            transitions.move(from: Self.startState, on: Int32(id)) != nil
                || classesOfToken[id].contains { transitions.move(from: Self.startState, on: $0) != nil }
        }
        tokenMoveBits = (0..<vocabulary.count).map { id in classesOfToken[id].reduce(Self.moveBit(Int32(id))) { $0 | Self.moveBit($1) } }
        // Archived with the automaton: deriving them costs several milliseconds at start-up.
        self.stateMoveBits = stateMoveBits ?? Table((0..<transitions.stateCount).map { state in
            let moves = Int(transitions.offsets[state])..<Int(transitions.offsets[state + 1])
            let bits = moves.reduce(UInt64(0)) { $0 | Self.moveBit(transitions.tokens[$1]) }
            return wildcardTargets[state].isEmpty ? bits : bits | Self.wildcardBit
        })
    }

    /// The bit of a token or class id in ``stateMoveBits`` and ``tokenMoveBits``.
    @inline(__always)
    private static func moveBit(_ key: Int32) -> UInt64 {
        1 << (UInt64((UInt32(bitPattern: key) &* 0x9E37_79B1) >> 26) % 63)
    }

    /// The number of patterns (rule patterns and exceptions).
    var patternCount: Int { patternAccepts.count }

    static let startState: Int32 = 0

    /// The vocabulary id of a folded token, or ``Token/unknownID``.
    func id(of folded: String) -> Int32 { vocabulary.id(of: folded) ?? Token.unknownID }

    /// Sets every token's vocabulary id; returns true if some token can begin a pattern.
    @discardableResult
    func assignIDs(to tokens: inout [Token]) -> Bool {
        for index in tokens.indices { tokens[index].id = id(of: tokens[index].folded) }
        return canStartAny(tokens)
    }

    /// True if some token of `tokens`, whose ids are set, can begin a pattern.
    func canStartAny(_ tokens: [Token]) -> Bool {
        tokens.contains { canStart(with: $0.id) }
    }

    /// True if some pattern can begin with the token of this id.
    func canStart(with id: Int32) -> Bool {
        id >= 0 && startsPattern[Int(id)]
    }

    /// Reusable working memory for matching: one per thread.
    struct Scratch {
        /// Per state: the generation (one per token) in which a thread last entered it, and
        /// that thread's start, as ``mark(from:)`` packs them. Read only once a token's new
        /// threads are many (``marksFrom``): a read of a state's mark is a wait on memory, a
        /// look through a few threads is not.
        fileprivate var mark = ScratchArray<UInt64>(repeating: 0, count: 0)
        fileprivate var generation: UInt32 = 0
        /// True once this token's new threads are marked.
        fileprivate var marking = false
        fileprivate var live: [(state: Int32, start: Int32)] = []
        fileprivate var next: [(state: Int32, start: Int32)] = []

        init() {}

        /// The mark of a thread entered on this token from `start` (never 0: generations start at 1).
        @inline(__always)
        fileprivate func mark(from start: Int32) -> UInt64 {
            UInt64(generation) << 32 | UInt64(UInt32(bitPattern: start))
        }
    }

    /// Every match of every pattern in `tokens`, whose `id`s must be set.
    func matches(in tokens: [Token]) -> [Match] {
        var scratch = Scratch()
        return matches(in: tokens, scratch: &scratch)
    }

    /// Every match of every pattern in `tokens`, whose `id`s must be set, using `scratch`.
    func matches(in tokens: [Token], scratch: inout Scratch) -> [Match] {
        prepare(&scratch)
        return run(tokens, &scratch)
    }

    /// Every match in `tokens` of the given `patterns` only (indices into ``patternAccepts``).
    func matches(in tokens: [Token], of patterns: [Int32], scratch: inout Scratch) -> [Match] {
        guard !patterns.isEmpty else { return [] }
        prepare(&scratch)
        // A pattern's entry state leads only into that pattern's own states, so no other
        // pattern can match.
        // Each entry's bits are copied beside it: the run reads them at every token, and a
        // read from `stateMoveBits` there costs 0.45% more instructions on the benchmark.
        return run(tokens, &scratch, entries: patterns.map { (patternEntries[Int($0)], stateMoveBits[Int(patternEntries[Int($0)])]) })
    }

    private func prepare(_ scratch: inout Scratch) {
        if scratch.mark.count != accepts.count {
            scratch.mark = ScratchArray(repeating: 0, count: accepts.count)
            scratch.generation = 0
        }
    }

    /// Runs over `tokens`, starting threads at every token from the start state, or from the
    /// given `entries` (of the live patterns) instead.
    private func run(_ tokens: [Token], _ scratch: inout Scratch, entries: [(state: Int32, moveBits: UInt64)]? = nil) -> [Match] {
        var found: [Match] = []
        scratch.live.removeAll(keepingCapacity: true)
        for index in tokens.indices {
            let id = tokens[index].id
            let fillsGap = tokens[index].fillsGap
            scratch.next.removeAll(keepingCapacity: true)
            if scratch.generation == UInt32.max {
                for state in 0..<scratch.mark.count { scratch.mark[state] = 0 }
                scratch.generation = 0
            }
            scratch.generation += 1
            scratch.marking = false
            if id >= 0 || (fillsGap && !scratch.live.isEmpty) {
                for thread in scratch.live {
                    advance(thread.state, thread.start, id, fillsGap, index, &scratch, &found)
                }
                if let entries {
                    let bits = (id >= 0 ? tokenMoveBits[Int(id)] : 0) | (fillsGap ? Self.wildcardBit : 0)
                    for entry in entries where entry.moveBits & bits != 0 {
                        advance(entry.state, Int32(index), id, fillsGap, index, &scratch, &found)
                    }
                } else if canStart(with: id) {
                    advance(Self.startState, Int32(index), id, fillsGap, index, &scratch, &found)
                }
            }
            swap(&scratch.live, &scratch.next)
        }
        return found
    }

    @inline(__always)
    private func advance(_ state: Int32, _ start: Int32, _ id: Int32, _ fillsGap: Bool, _ index: Int, _ scratch: inout Scratch, _ found: inout [Match]) {
        // Most threads have no move on most tokens: one test of bits passes them.
        let stateBits = stateMoveBits[Int(state)]
        if id >= 0, stateBits & tokenMoveBits[Int(id)] != 0 {
            if let move = transitions.move(from: state, on: id) { follow(move, start, index, &scratch, &found) }
            for classID in classesOfToken[Int(id)] where stateBits & Self.moveBit(classID) != 0 {
                if let move = transitions.move(from: state, on: classID) { follow(move, start, index, &scratch, &found) }
            }
        }
        if fillsGap {
            for target in wildcardTargets[Int(state)] { enter(target, start, index, &scratch, &found) }
        }
    }

    /// Enters the targets of a move (``EdgeTable/move(from:on:)``): its one state, or its list's.
    @inline(__always)
    private func follow(_ move: Int32, _ start: Int32, _ index: Int, _ scratch: inout Scratch, _ found: inout [Match]) {
        if move >= 0 {
            enter(move, start, index, &scratch, &found)
        } else {
            for target in transitions.targetLists[Int(~move)] { enter(target, start, index, &scratch, &found) }
        }
    }

    /// The number of a token's new threads from which each is marked in its state
    /// (``Scratch/mark``) rather than looked for among the others.
    private static let marksFrom = 8

    @inline(__always)
    private func enter(_ target: Int32, _ start: Int32, _ index: Int, _ scratch: inout Scratch, _ found: inout [Match]) {
        // A thread already entered on this token from the same start is not entered again.
        // New threads come in order of their starts (each live thread's in the order of the
        // live threads, whose starts are in order; then those starting here), so a state's
        // thread from this start is the last one entered in it: once the new threads are
        // marked, one look at the state's mark tells, where a look through threads that
        // share a gap's state from many starts would cost their number.
        if scratch.marking {
            let mark = scratch.mark(from: start)
            if scratch.mark[Int(target)] == mark { return }
            scratch.mark[Int(target)] = mark
        } else {
            if scratch.next.contains(where: { $0.state == target && $0.start == start }) { return }
            if scratch.next.count + 1 == Self.marksFrom {
                for thread in scratch.next { scratch.mark[Int(thread.state)] = scratch.mark(from: thread.start) }
                scratch.mark[Int(target)] = scratch.mark(from: start)
                scratch.marking = true
            }
        }
        scratch.next.append((target, start))
        for accept in accepts[Int(target)] {
            found.append(Match(rule: accept.rule, isException: accept.isException, start: Int(start), end: index + 1))
        }
    }
}
