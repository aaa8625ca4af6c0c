/// Builds an ``Automaton`` from parsed patterns: Thompson construction with epsilon moves,
/// then epsilon closure so that matching never follows an epsilon move.
struct AutomatonBuilder {
    private var tokenEdges: [[(token: Int32, target: Int32)]] = [[]]
    private var wildcardEdges: [[Int32]] = [[]]
    private var epsilonEdges: [[Int32]] = [[]]
    private var accepts: [[Automaton.Accept]] = [[]]
    private var vocabulary: [String: Int32] = [:]
    /// Word classes, already parsed.
    let classes: [String: [PatternElement]]

    init(classes: [String: [PatternElement]]) {
        self.classes = classes
    }

    /// Adds a pattern that, when matched, reports `accept`.
    mutating func add(_ pattern: PatternElement, accept: Automaton.Accept) throws(NoteLintError) {
        let entry = newState()
        epsilonEdges[Int(Automaton.startState)].append(entry)
        var expanding: [String] = []
        let end = try build(pattern, from: entry, expanding: &expanding)
        accepts[Int(end)].append(accept)
    }

    /// The finished automaton.
    func finish() -> Automaton {
        let stateCount = tokenEdges.count
        var transitions: [Int64: Range<Int32>] = [:]
        var targets: [Int32] = []
        var wildcardTargets = [[Int32]](repeating: [], count: stateCount)
        var closedAccepts = [[Automaton.Accept]](repeating: [], count: stateCount)
        for state in 0..<stateCount {
            let closure = epsilonClosure(of: Int32(state))
            var byToken: [Int32: [Int32]] = [:]
            var wildcard: Set<Int32> = []
            var stateAccepts: [Automaton.Accept] = []
            for member in closure {
                for edge in tokenEdges[Int(member)] { byToken[edge.token, default: []].append(edge.target) }
                wildcard.formUnion(wildcardEdges[Int(member)])
                for accept in accepts[Int(member)] where !stateAccepts.contains(accept) { stateAccepts.append(accept) }
            }
            for (token, tokenTargets) in byToken {
                let unique = Array(Set(tokenTargets)).sorted()
                let start = Int32(targets.count)
                targets.append(contentsOf: unique)
                transitions[Automaton.key(Int32(state), token)] = start..<Int32(targets.count)
            }
            wildcardTargets[state] = wildcard.sorted()
            closedAccepts[state] = stateAccepts
        }
        return Automaton(transitions: transitions, targets: targets, wildcardTargets: wildcardTargets,
                         accepts: closedAccepts, vocabulary: vocabulary)
    }

    private func epsilonClosure(of state: Int32) -> [Int32] {
        var visited: Set<Int32> = [state]
        var stack = [state]
        var order: [Int32] = []
        while let current = stack.popLast() {
            order.append(current)
            for next in epsilonEdges[Int(current)] where visited.insert(next).inserted {
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
            for option in options {
                let entry = newState()
                epsilonEdges[Int(start)].append(entry)
                let optionEnd = try build(option, from: entry, expanding: &expanding)
                epsilonEdges[Int(optionEnd)].append(end)
            }
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
            guard let entries = classes[name] else { throw NoteLintError.pattern("unknown word class '@\(name)'") }
            if expanding.contains(name) {
                throw NoteLintError.pattern("word class '@\(name)' refers to itself (via \(expanding.map { "@" + $0 }.joined(separator: " → ")))")
            }
            expanding.append(name)
            defer { expanding.removeLast() }
            return try build(.alternatives(entries), from: start, expanding: &expanding)
        }
    }
}
