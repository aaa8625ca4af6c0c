/// The automaton's token moves, stored per state: each state's moves lie together, sorted by
/// token, so that following a live thread touches one or two cache lines. The start state,
/// which every token may leave, also has a direct table indexed by token and class id.
struct EdgeTable: Sendable {
    /// State → first edge; `offsets[state + 1]` ends its edges.
    let offsets: Table<Int32>
    /// Per edge: the token id (or a class's pseudo-token id), sorted within each state.
    let tokens: Table<Int32>
    /// Per edge: its one target state, or, if negative, the complement of the index of its
    /// list of targets in ``targetLists``. Nine edges in ten have one target: kept in the
    /// edge itself, they need no second read and no range (the archive is a third smaller).
    let moves: Table<Int32>
    /// The targets of the edges that have more than one.
    let targetLists: FlatLists<Int32>
    /// Start state: token id → edge index, or -1.
    private let startByToken: [Int32]
    /// Start state: class index (from the pseudo-token id) → edge index, or -1.
    private let startByClass: [Int32]

    /// Builds the table from (state, token) → targets entries (each sorted, none empty), for
    /// `stateCount` states.
    init(_ entries: [(state: Int32, token: Int32, targets: [Int32])], stateCount: Int, vocabularySize: Int) {
        let sorted = entries.sorted { ($0.state, $0.token) < ($1.state, $1.token) }
        var offsets = [Int32](repeating: 0, count: stateCount + 1)
        for entry in sorted { offsets[Int(entry.state) + 1] += 1 }
        for state in 0..<stateCount { offsets[state + 1] += offsets[state] }
        self.offsets = Table(offsets)
        tokens = Table(sorted.map(\.token))
        var lists: [[Int32]] = []
        moves = Table(sorted.map { entry in
            guard entry.targets.count > 1 else { return entry.targets[0] }
            lists.append(entry.targets)
            return ~Int32(lists.count - 1)
        })
        targetLists = FlatLists(lists)
        (startByToken, startByClass) = Self.startTables(offsets: self.offsets, tokens: tokens, vocabularySize: vocabularySize)
    }

    /// A table read back from its arrays (as archived), or nil if they do not fit together.
    /// Per-element checks are left to the reads, which are bounds-checked.
    init?(offsets: Table<Int32>, tokens: Table<Int32>, moves: Table<Int32>, targetLists: FlatLists<Int32>, vocabularySize: Int) {
        guard offsets.first == 0, offsets.last.map(Int.init) == tokens.count, tokens.count == moves.count else { return nil }
        self.offsets = offsets
        self.tokens = tokens
        self.moves = moves
        self.targetLists = targetLists
        (startByToken, startByClass) = Self.startTables(offsets: offsets, tokens: tokens, vocabularySize: vocabularySize)
    }

    /// The start state's direct tables: token id → edge, and class index → edge.
    private static func startTables(offsets: Table<Int32>, tokens: Table<Int32>, vocabularySize: Int) -> ([Int32], [Int32]) {
        var startByToken = [Int32](repeating: -1, count: vocabularySize)
        var startByClass: [Int32] = []
        for index in 0..<Int(offsets.count > 1 ? offsets[1] : 0) {
            let token = tokens[index]
            if token >= 0 {
                if Int(token) < vocabularySize { startByToken[Int(token)] = Int32(index) }
            } else {
                let classIndex = Int(-2 - token)
                if classIndex >= startByClass.count { startByClass += [Int32](repeating: -1, count: classIndex - startByClass.count + 1) }
                startByClass[classIndex] = Int32(index)
            }
        }
        return (startByToken, startByClass)
    }

    /// The number of states the table was built for.
    var stateCount: Int { offsets.count - 1 }

    /// The move of `state` on `token` (a token id or a class pseudo-token id): its one target,
    /// or the complement of its list's index in ``targetLists``; nil if it has none.
    @inline(__always)
    func move(from state: Int32, on token: Int32) -> Int32? {
        if state == Automaton.startState {
            let edge: Int32
            if token >= 0 {
                guard Int(token) < startByToken.count else { return nil }
                edge = startByToken[Int(token)]
            } else {
                let classIndex = Int(-2 - token)
                guard classIndex < startByClass.count else { return nil }
                edge = startByClass[classIndex]
            }
            return edge >= 0 ? moves[Int(edge)] : nil
        }
        var low = Int(offsets[Int(state)])
        var high = Int(offsets[Int(state) + 1])
        if high - low <= 8 {
            while low < high {
                if tokens[low] == token { return moves[low] }
                low += 1
            }
            return nil
        }
        while low < high {
            let middle = (low + high) / 2
            let value = tokens[middle]
            if value == token { return moves[middle] }
            if value < token { low = middle + 1 } else { high = middle }
        }
        return nil
    }
}
