/// Decides cheaply, from raw bytes, which patterns can match in a stretch of text, so that
/// only sentences where some pattern can match are segmented into tokens and matched.
///
/// Each rule pattern needs every one of its clauses met (see ``AnchorExtractor``): a clause
/// is met when one of its anchor words occurs in the text as a possible token. The scan is one
/// table lookup per byte. The prefilter only ever rules out patterns that cannot match, so
/// findings are the same with or without it (a differential test checks this).
struct Prefilter: Sendable {
    /// One occurrence of an anchor in the text.
    struct Hit: Sendable {
        var anchor: Int32
        var offset: Int
    }

    /// Reusable working memory for ``candidatePatterns(for:scratch:)``: one per thread.
    struct Scratch {
        fileprivate var clauseMet: [UInt32] = []
        fileprivate var patternSeen: [UInt32] = []
        fileprivate var stamp: UInt32 = 0
        init() {}
    }

    private let scanner: LiteralScanner
    /// Per clause: its anchor ids.
    let clauseAnchors: FlatLists<Int32>
    /// Per automaton pattern: its clause ids, best first (none for exceptions and for patterns
    /// the scan cannot filter).
    let patternClauses: FlatLists<Int32>
    /// Rule patterns without clauses: candidates everywhere.
    private let unfilteredPatterns: [Int32]
    /// Per anchor: the clauses it meets.
    private let clausesOfAnchor: FlatLists<Int32>
    /// Per clause: the patterns whose best clause it is.
    private let patternsLedByClause: FlatLists<Int32>

    /// The anchors scanned for; anchor `i` has id `i`.
    var anchors: [String] { scanner.literals }

    /// Builds the prefilter from each automaton pattern's clauses; `isRulePattern[i]` is false
    /// for exceptions, which never start a match and are not filtered here.
    init(clauses: [[Set<String>]], isRulePattern: [Bool]) {
        var anchorIDs: [String: Int32] = [:]
        var clauseIDs: [[Int32]: Int32] = [:]
        var clauseAnchors: [[Int32]] = []
        var patternClauses: [[Int32]] = []
        for (pattern, patternClauseSets) in clauses.enumerated() {
            guard isRulePattern[pattern] else { patternClauses.append([]); continue }
            var ids: [Int32] = []
            for clause in patternClauseSets {
                let anchors = clause.sorted().map { anchor -> Int32 in
                    if let id = anchorIDs[anchor] { return id }
                    anchorIDs[anchor] = Int32(anchorIDs.count)
                    return Int32(anchorIDs.count - 1)
                }
                if let id = clauseIDs[anchors] { ids.append(id); continue }
                clauseIDs[anchors] = Int32(clauseAnchors.count)
                ids.append(Int32(clauseAnchors.count))
                clauseAnchors.append(anchors)
            }
            patternClauses.append(ids)
        }
        var literals = [String](repeating: "", count: anchorIDs.count)
        for (anchor, id) in anchorIDs { literals[Int(id)] = anchor }
        self.init(anchors: literals, clauseAnchors: FlatLists(clauseAnchors), patternClauses: FlatLists(patternClauses),
                  isRulePattern: isRulePattern)
    }

    /// A prefilter from its parts (as archived).
    init(anchors: [String], clauseAnchors: FlatLists<Int32>, patternClauses: FlatLists<Int32>, isRulePattern: [Bool]) {
        scanner = LiteralScanner(literals: anchors)
        self.clauseAnchors = clauseAnchors
        self.patternClauses = patternClauses
        var clausesOfAnchor = [[Int32]](repeating: [], count: anchors.count)
        for clause in 0..<clauseAnchors.count {
            for anchor in clauseAnchors[clause] { clausesOfAnchor[Int(anchor)].append(Int32(clause)) }
        }
        var patternsLedByClause = [[Int32]](repeating: [], count: clauseAnchors.count)
        var unfiltered: [Int32] = []
        for pattern in 0..<patternClauses.count where isRulePattern[pattern] {
            if let lead = patternClauses[pattern].first {
                patternsLedByClause[Int(lead)].append(Int32(pattern))
            } else {
                unfiltered.append(Int32(pattern))
            }
        }
        self.clausesOfAnchor = FlatLists(clausesOfAnchor)
        self.patternsLedByClause = FlatLists(patternsLedByClause)
        unfilteredPatterns = unfiltered
    }

    /// How many distinct anchors the scan looks for.
    var anchorCount: Int { scanner.literals.count }

    /// How many rule patterns the scan cannot filter (they are tried in every sentence).
    var unfilteredPatternCount: Int { unfilteredPatterns.count }

    /// Every anchor occurrence in `bytes`, by offset.
    func hits(in bytes: UnsafeBufferPointer<UInt8>) -> [Hit] {
        var hits: [Hit] = []
        scanner.forEachTokenHit(in: bytes) { hits.append(Hit(anchor: $0, offset: $1)) }
        // Hits come by their ends; a longer anchor ending later may start earlier.
        if zip(hits, hits.dropFirst()).contains(where: { $0.offset > $1.offset }) { hits.sort { $0.offset < $1.offset } }
        return hits
    }

    /// The rule patterns all of whose clauses `hits` meet, in ascending order.
    func candidatePatterns(for hits: ArraySlice<Hit>, scratch: inout Scratch) -> [Int32] {
        if scratch.clauseMet.count != clauseAnchors.count || scratch.patternSeen.count != patternClauses.count || scratch.stamp == .max {
            scratch.clauseMet = [UInt32](repeating: 0, count: clauseAnchors.count)
            scratch.patternSeen = [UInt32](repeating: 0, count: patternClauses.count)
            scratch.stamp = 0
        }
        scratch.stamp += 1
        let stamp = scratch.stamp
        for hit in hits {
            for clause in clausesOfAnchor[Int(hit.anchor)] { scratch.clauseMet[Int(clause)] = stamp }
        }
        var result = unfilteredPatterns
        for hit in hits {
            for clause in clausesOfAnchor[Int(hit.anchor)] {
                for pattern in patternsLedByClause[Int(clause)] where scratch.patternSeen[Int(pattern)] != stamp {
                    scratch.patternSeen[Int(pattern)] = stamp
                    if patternClauses[Int(pattern)].allSatisfy({ scratch.clauseMet[Int($0)] == stamp }) { result.append(pattern) }
                }
            }
        }
        result.sort()
        return result
    }

    /// True if `bytes` hold a character that case-folds to ASCII letters (`ſ`, the Kelvin
    /// sign, `ß`, `ẞ`, the `ﬀ`–`ﬆ` ligatures): the raw scan cannot see the words such text
    /// folds to, so every pattern is a candidate there.
    static func hasFoldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            let byte = bytes[index]
            if byte >= 0xC3 {
                let next = bytes[index + 1]
                switch byte {
                case 0xC3 where next == 0x9F: return true // ß
                case 0xC5 where next == 0xBF: return true // ſ
                case 0xE1 where next == 0xBA && index + 2 < count && bytes[index + 2] == 0x9E: return true // ẞ
                case 0xE2 where next == 0x84 && index + 2 < count && bytes[index + 2] == 0xAA: return true // K (Kelvin)
                case 0xEF where next == 0xAC && index + 2 < count && bytes[index + 2] <= 0x86: return true // ﬀ…ﬆ
                default: break
                }
            }
            index += 1
        }
        return false
    }
}
