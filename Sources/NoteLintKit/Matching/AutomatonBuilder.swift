/// Builds an ``Automaton`` from parsed patterns: Thompson construction with epsilon moves,
/// then epsilon closure so that matching never follows an epsilon move, then states with the
/// same future merged (``StateMerger``).
struct AutomatonBuilder {
    private var tokenEdges: [[(token: Int32, target: Int32)]] = [[]]
    private var wildcardEdges: [[Int32]] = [[]]
    private var epsilonEdges: [[Int32]] = [[]]
    private var accepts: [[Automaton.Accept]] = [[]]
    /// Per pattern, in the order added: what it accepts, and the state it starts from.
    private var patternAccepts: [Automaton.Accept] = []
    private var patternEntries: [Int32] = []
    private var vocabulary: [String: Int32] = [:]
    /// Word classes, already parsed.
    let classes: [String: [PatternElement]]
    /// Class name → the pseudo-token id that stands for its one-token entries.
    private var classIDs: [String: Int32] = [:]
    /// Token id → the pseudo-token ids of the classes it belongs to.
    private var classesOfToken: [Int32: [Int32]] = [:]

    init(classes: [String: [PatternElement]]) {
        self.classes = classes
    }

    /// The pseudo-token id of a class's one-token entries: `-2 - index`, never a vocabulary id.
    static func pseudoTokenID(classIndex: Int) -> Int32 { Int32(-2 - classIndex) }

    /// The one-token entries of class `name` (following nested classes) and its other entries.
    private func split(_ name: String, expanding: [String] = []) throws(NoteLintError) -> (tokens: Set<String>, others: [PatternElement]) {
        guard let entries = classes[name] else { throw NoteLintError.pattern("unknown word class '@\(name)'") }
        if expanding.contains(name) {
            throw NoteLintError.pattern("word class '@\(name)' refers to itself (via \((expanding + [name]).map { "@" + $0 }.joined(separator: " → ")))")
        }
        var tokens: Set<String> = []
        var others: [PatternElement] = []
        for entry in entries {
            switch entry {
            case .token(let token): tokens.insert(token)
            case .anyToken(let forms): tokens.formUnion(forms)
            case .wordClass(let inner):
                let nested = try split(inner, expanding: expanding + [name])
                tokens.formUnion(nested.tokens)
                others.append(contentsOf: nested.others)
            default: others.append(entry)
            }
        }
        return (tokens, others)
    }

    /// The pseudo-token id for class `name`'s one-token entries, registering its members.
    private mutating func classTokenID(_ name: String, members: Set<String>) -> Int32 {
        if let id = classIDs[name] { return id }
        let id = Self.pseudoTokenID(classIndex: classIDs.count)
        classIDs[name] = id
        for member in members {
            classesOfToken[tokenID(member), default: []].append(id)
        }
        return id
    }

    /// Adds a pattern that, when matched, reports `accept`; returns the pattern's index (its
    /// place in ``Automaton/patternAccepts``).
    @discardableResult
    mutating func add(_ pattern: PatternElement, accept: Automaton.Accept) throws(NoteLintError) -> Int32 {
        patternAccepts.append(accept)
        let entry = newState()
        epsilonEdges[Int(Automaton.startState)].append(entry)
        patternEntries.append(entry)
        var expanding: [String] = []
        let end = try build(pattern, from: entry, expanding: &expanding)
        accepts[Int(end)].append(accept)
        return Int32(patternAccepts.count - 1)
    }

    /// The finished automaton: epsilon moves closed, states that no token reaches dropped and
    /// the rest renumbered. Its vocabulary reads each of `aliases` (another spelling → a word)
    /// as that word.
    func finish(aliases: [String: String] = [:]) -> Automaton {
        // Close every state reachable from the start through token or wildcard moves. States
        // are numbered in the order reached; `numbering` maps the built states to it (-1: not
        // reached), and the closed moves are kept in that order.
        var numbering = [Int32](repeating: -1, count: tokenEdges.count)
        var order: [Int32] = []
        func reach(_ state: Int32) {
            guard numbering[Int(state)] < 0 else { return }
            numbering[Int(state)] = Int32(order.count)
            order.append(state)
        }
        reach(Automaton.startState)
        // Each pattern's entry is kept too, so that a run of a few patterns can start from them.
        for entry in patternEntries { reach(entry) }
        var closedEdges: [[(token: Int32, targets: [Int32])]] = []
        var closedWildcards: [[Int32]] = []
        var closedAccepts: [[Automaton.Accept]] = []
        var visits = [Int32](repeating: -1, count: tokenEdges.count)
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            var byToken: [Int32: [Int32]] = [:]
            var wildcard: [Int32] = []
            var stateAccepts: [Automaton.Accept] = []
            for member in epsilonClosure(of: state, closure: Int32(head), visits: &visits) {
                for edge in tokenEdges[Int(member)] { byToken[edge.token, default: []].append(edge.target) }
                wildcard.append(contentsOf: wildcardEdges[Int(member)])
                for accept in accepts[Int(member)] where !stateAccepts.contains(accept) { stateAccepts.append(accept) }
            }
            for target in byToken.values.joined() + wildcard { reach(target) }
            closedEdges.append(byToken.map { (token: $0.key, targets: Set($0.value.map { numbering[Int($0)] }).sorted()) })
            closedWildcards.append(Set(wildcard.map { numbering[Int($0)] }).sorted())
            closedAccepts.append(stateAccepts)
        }
        var states = StateMerger(edges: closedEdges, wildcardTargets: closedWildcards, accepts: closedAccepts)
        var entries = patternEntries.map { numbering[Int($0)] }
        if let (mergedNumbering, merged) = states.merge() {
            states = merged
            entries = entries.map { mergedNumbering[Int($0)] }
        }
        let transitions = states.edges.enumerated().flatMap { state, moves in
            moves.map { (state: Int32(state), token: $0.token, targets: $0.targets) }
        }
        var classesOfToken = [[Int32]](repeating: [], count: vocabulary.count)
        for (token, classIDs) in self.classesOfToken { classesOfToken[Int(token)] = classIDs.sorted() }
        var words = [String](repeating: "", count: vocabulary.count)
        for (word, id) in vocabulary { words[Int(id)] = word }
        // Other spellings of the words the patterns name; those of other words match nothing.
        let aliases = aliases.sorted { $0.key < $1.key }.compactMap { alias in vocabulary[alias.value].map { (spelling: alias.key, id: $0) } }
        return Automaton(transitions: EdgeTable(transitions, stateCount: states.edges.count, vocabularySize: vocabulary.count),
                         wildcardTargets: FlatLists(states.wildcardTargets), accepts: FlatLists(states.accepts),
                         vocabulary: WordTable(words, aliases: aliases), classesOfToken: FlatLists(classesOfToken),
                         patternAccepts: patternAccepts, patternEntries: entries)
    }

    /// The states `state` reaches by epsilon moves, itself first. `visits` holds, per state,
    /// the last closure that reached it (`closure`, a new number each call): one array for all
    /// closures rather than a set for each.
    private func epsilonClosure(of state: Int32, closure: Int32, visits: inout [Int32]) -> [Int32] {
        visits[Int(state)] = closure
        var stack = [state]
        var order: [Int32] = []
        while let current = stack.popLast() {
            order.append(current)
            for next in epsilonEdges[Int(current)] where visits[Int(next)] != closure {
                visits[Int(next)] = closure
                stack.append(next)
            }
        }
        return order
    }

    private mutating func newState() -> Int32 {
        tokenEdges.append([])
        wildcardEdges.append([])
        epsilonEdges.append([])
        accepts.append([])
        return Int32(tokenEdges.count - 1)
    }

    private mutating func tokenID(_ token: String) -> Int32 {
        if let id = vocabulary[token] { return id }
        let id = Int32(vocabulary.count)
        vocabulary[token] = id
        return id
    }

    /// Builds each of `options` as a branch from `start` that ends in `end`.
    private mutating func build(_ options: [PatternElement], from start: Int32, to end: Int32, expanding: inout [String]) throws(NoteLintError) {
        for option in options {
            let entry = newState()
            epsilonEdges[Int(start)].append(entry)
            let optionEnd = try build(option, from: entry, expanding: &expanding)
            epsilonEdges[Int(optionEnd)].append(end)
        }
    }

    /// Builds `element` starting at `start`; returns the state reached after it.
    private mutating func build(_ element: PatternElement, from start: Int32, expanding: inout [String]) throws(NoteLintError) -> Int32 {
        switch element {
        case .token(let token):
            let end = newState()
            tokenEdges[Int(start)].append((tokenID(token), end))
            return end
        case .anyToken(let tokens):
            let end = newState()
            for token in tokens.sorted() { tokenEdges[Int(start)].append((tokenID(token), end)) }
            return end
        case .sequence(let elements):
            var current = start
            for element in elements { current = try build(element, from: current, expanding: &expanding) }
            return current
        case .alternatives(let options):
            let end = newState()
            try build(options, from: start, to: end, expanding: &expanding)
            return end
        case .optional(let inner):
            let entry = newState()
            epsilonEdges[Int(start)].append(entry)
            let end = try build(inner, from: entry, expanding: &expanding)
            epsilonEdges[Int(entry)].append(end)
            return end
        case .gap(let minimum, let maximum):
            var current = start
            for _ in 0..<minimum {
                let next = newState()
                wildcardEdges[Int(current)].append(next)
                current = next
            }
            let end = newState()
            for _ in minimum..<maximum {
                epsilonEdges[Int(current)].append(end)
                let next = newState()
                wildcardEdges[Int(current)].append(next)
                current = next
            }
            epsilonEdges[Int(current)].append(end)
            return end
        case .wordClass(let name):
            // One-token entries become a single edge on the class's pseudo-token; entries of
            // several tokens are built inline.
            let (members, others) = try split(name, expanding: expanding)
            if expanding.contains(name) {
                throw NoteLintError.pattern("word class '@\(name)' refers to itself (via \(expanding.map { "@" + $0 }.joined(separator: " → ")))")
            }
            let end = newState()
            if !members.isEmpty {
                tokenEdges[Int(start)].append((classTokenID(name, members: members), end))
            }
            expanding.append(name)
            defer { expanding.removeLast() }
            try build(others, from: start, to: end, expanding: &expanding)
            return end
        }
    }
}
