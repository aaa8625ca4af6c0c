/// All patterns of a catalogue compiled into one nondeterministic automaton over token ids.
///
/// Matching keeps a small set of live threads (state, start token); each token costs one hash
/// lookup per live thread plus one for a new thread from the start state. The start state's
/// transitions are one hash table over the tokens that can begin any pattern, so the cost per
/// token does not grow with the number of rules: only the number of live partial matches
/// matters, and a token no pattern begins with costs one lookup.
struct Automaton: Sendable {
    /// One accepted pattern: which rule, and whether it is an exception of that rule.
    struct Accept: Sendable, Equatable {
        var rule: Int32
        var isException: Bool
    }

    /// A match of one pattern over tokens `start..<end` of a sentence.
    struct Match: Sendable, Equatable {
        var rule: Int32
        var isException: Bool
        var start: Int
        var end: Int
    }

    /// (state << 32 | token id) → range in `targets`.
    let transitions: [Int64: Range<Int32>]
    /// Flat storage of transition targets.
    let targets: [Int32]
    /// Per state: targets reached by any token that may fill a gap (``Token/fillsGap``).
    let wildcardTargets: [[Int32]]
    /// Per state: the patterns accepted on reaching it.
    let accepts: [[Accept]]
    /// Token string → id, for every token a pattern names.
    let vocabulary: [String: Int32]
    /// Token id → the pseudo-token ids of the word classes it belongs to (see
    /// ``AutomatonBuilder/pseudoTokenID(classIndex:)``).
    let classesOfToken: [[Int32]]
    /// Token id → whether the start state has a move on it (the hottest check: once per token).
    private let startsPattern: [Bool]

    init(transitions: [Int64: Range<Int32>], targets: [Int32], wildcardTargets: [[Int32]], accepts: [[Accept]],
         vocabulary: [String: Int32], classesOfToken: [[Int32]]) {
        self.transitions = transitions
        self.targets = targets
        self.wildcardTargets = wildcardTargets
        self.accepts = accepts
        self.vocabulary = vocabulary
        self.classesOfToken = classesOfToken
        self.startsPattern = (0..<vocabulary.count).map { id in
            ([Int32(id)] + classesOfToken[id]).contains { transitions[Self.key(Self.startState, $0)] != nil }
        }
    }

    static let startState: Int32 = 0

    /// The vocabulary id of a folded token, or ``Token/unknownID``.
    func id(of folded: String) -> Int32 { vocabulary[folded] ?? Token.unknownID }

    /// True if some pattern can begin with the token of this id.
    func canStart(with id: Int32) -> Bool {
        id >= 0 && startsPattern[Int(id)]
    }

    static func key(_ state: Int32, _ token: Int32) -> Int64 {
        Int64(state) << 32 | Int64(UInt32(bitPattern: token))
    }

    /// Every match of every pattern in `tokens`, whose `id`s must be set.
    func matches(in tokens: [Token]) -> [Match] {
        var found: [Match] = []
        var live: [(state: Int32, start: Int32)] = []
        var next: [(state: Int32, start: Int32)] = []
        var seen = Set<Int64>()
        for (index, token) in tokens.enumerated() {
            next.removeAll(keepingCapacity: true)
            seen.removeAll(keepingCapacity: true)
            func advance(_ state: Int32, _ start: Int32) {
                if token.id >= 0 {
                    if let range = transitions[Self.key(state, token.id)] {
                        for position in range { enter(targets[Int(position)], start) }
                    }
                    for classID in classesOfToken[Int(token.id)] {
                        if let range = transitions[Self.key(state, classID)] {
                            for position in range { enter(targets[Int(position)], start) }
                        }
                    }
                }
                if token.fillsGap {
                    for target in wildcardTargets[Int(state)] { enter(target, start) }
                }
            }
            func enter(_ target: Int32, _ start: Int32) {
                guard seen.insert(Self.key(target, start)).inserted else { return }
                next.append((target, start))
                for accept in accepts[Int(target)] {
                    found.append(Match(rule: accept.rule, isException: accept.isException, start: Int(start), end: index + 1))
                }
            }
            for thread in live { advance(thread.state, thread.start) }
            if canStart(with: token.id) { advance(Self.startState, Int32(index)) }
            swap(&live, &next)
        }
        return found
    }
}
