/// Decides cheaply, from raw bytes, which patterns can match in a stretch of text, so that
/// only sentences where some pattern can match are segmented into tokens and matched.
///
/// Each rule pattern needs every one of its clauses met (see ``AnchorExtractor``): a clause
/// is met when one of its anchor words occurs in the text as a possible token. It also needs
/// each of its adjacent pairs: a word of one clause followed by a word of another with
/// nothing but spaces or hyphens between them. The scan (``LiteralScanner``) is one table
/// lookup per byte and one hash lookup per word. The prefilter only ever rules out patterns
/// that cannot match, so findings are the same with or without it (a differential test
/// checks this).
struct Prefilter: Sendable {
    /// One occurrence of an anchor in the text (`literal` is the anchor's id).
    typealias Hit = LiteralScanner.Hit

    /// Reusable working memory for ``candidatePatterns(for:in:scratch:)``: one per thread.
    struct Scratch {
        /// The anchors among this call's hits, one bit each (cleared again before it returns).
        fileprivate var anchorsMet = ScratchArray<UInt64>(repeating: 0, count: 0)
        /// Per anchor: the stamp of the last call that looked at the patterns it leads.
        fileprivate var anchorVisited = ScratchArray<UInt32>(repeating: 0, count: 0)
        /// Per anchor met: the index (from the start of the hits) of its last hit; per hit: the
        /// index of the same anchor's hit before it, or -1. Built only when a pair is checked.
        fileprivate var anchorChained = ScratchArray<UInt32>(repeating: 0, count: 0)
        fileprivate var lastHit = ScratchArray<Int32>(repeating: -1, count: 0)
        fileprivate var previousHit: [Int32] = []
        fileprivate var chainsBuilt = false
        /// Per pattern: the stamp of the last call that checked it.
        fileprivate var patternSeen = ScratchArray<UInt32>(repeating: 0, count: 0)
        fileprivate var stamp: UInt32 = 0
        init() {}
    }

    let scanner: LiteralScanner
    /// Per clause: its anchor ids, ascending.
    let clauseAnchors: FlatLists<Int32>
    /// Per automaton pattern: the clauses to check once its lead clause is met and its lead
    /// entry's clause may be (``LedPattern``), or for an exception all its clauses, best first,
    /// each as a header
    /// (``AnchorBits/header(count:)``) followed by that many words of the clause's anchors as
    /// bits. Anchors get their ids clause by clause, so even a clause of forty words takes
    /// only a few words. One list read in order, where a list of clause ids and a list of bits
    /// per clause had cost a wait on memory at each.
    let patternChecks: FlatLists<AnchorBits>
    /// Per automaton pattern: its adjacent pairs, as clause ids `x0, y0, x1, y1, …`; a second
    /// clause id `y` is stored as `~y` where a punctuation mark may stand in its place.
    let patternPairs: FlatLists<Int32>
    /// Rule patterns without clauses: candidates everywhere.
    let unfilteredPatterns: [Int32]
    /// Per anchor: the patterns whose best clause holds it.
    let patternsLedByAnchor: FlatLists<LedPattern>
    /// Per anchor: true if it leads some pattern (is in its best clause).
    private let leadsPatterns: [Bool]
    /// The anchors that are titles (``Segmenter/titles``), whose full stop the tokeniser drops.
    private let titleAnchors: [Int32]

    /// The anchors scanned for; anchor `i` has id `i`.
    var anchors: [String] { scanner.literals }

    /// Builds the prefilter from each automaton pattern's requirements (see
    /// ``AnchorExtractor/requirements(of:)``); `isRulePattern[i]` is false for exceptions,
    /// which never start a match: they are checked only where their rule matched
    /// (``candidateExceptions(_:for:in:scratch:)``). `aliases` maps other spellings to words
    /// ("volitile" to "volatile"), which the scan finds as those words.
    init(requirements: [(clauses: [Set<String>], pairs: [(Set<String>, Set<String>)])], isRulePattern: [Bool],
         aliases: [String: String] = [:]) {
        var anchorIDs = Self.anchorIDs(for: requirements, isRulePattern: isRulePattern)
        var clauseIDs: [[Int32]: Int32] = [:]
        var clauseAnchors: [[Int32]] = []
        func clauseID(_ clause: Set<String>) -> Int32 {
            let anchors = clause.sorted().map { anchor -> Int32 in
                if let id = anchorIDs[anchor] { return id }
                anchorIDs[anchor] = Int32(anchorIDs.count)
                return Int32(anchorIDs.count - 1)
            }.sorted()
            if let id = clauseIDs[anchors] { return id }
            clauseIDs[anchors] = Int32(clauseAnchors.count)
            clauseAnchors.append(anchors)
            return Int32(clauseAnchors.count - 1)
        }
        var patternClauses: [[Int32]] = []
        var patternPairs: [[Int32]] = []
        for requirement in requirements {
            var ids: [Int32] = []
            for clause in requirement.clauses {
                let id = clauseID(clause)
                if !ids.contains(id) { ids.append(id) }
            }
            patternClauses.append(ids)
            patternPairs.append(requirement.pairs.flatMap { pair -> [Int32] in
                guard pair.1.contains(AnchorExtractor.anyPunctuation) else { return [clauseID(pair.0), clauseID(pair.1)] }
                return [clauseID(pair.0), ~clauseID(pair.1.subtracting([AnchorExtractor.anyPunctuation]))]
            })
        }
        var literals = [String](repeating: "", count: anchorIDs.count)
        for (anchor, id) in anchorIDs { literals[Int(id)] = anchor }
        self.init(anchors: literals, clauseAnchors: FlatLists(clauseAnchors), patternClauses: FlatLists(patternClauses),
                  patternPairs: FlatLists(patternPairs), isRulePattern: isRulePattern, aliases: aliases)
    }

    /// Ids for the anchors of `requirements`' rule patterns, given clause by clause, the clauses
    /// used most (times their size) first: the anchors of a clause that many patterns check
    /// then sit side by side, so that its bits take few words (``patternChecks``).
    private static func anchorIDs(for requirements: [(clauses: [Set<String>], pairs: [(Set<String>, Set<String>)])],
                                  isRulePattern: [Bool]) -> [String: Int32] {
        var uses: [[String]: Int] = [:]
        for (pattern, requirement) in requirements.enumerated() {
            // An exception's clauses are read only where its rule matched: they count for less.
            for clause in requirement.clauses { uses[clause.sorted(), default: 0] += isRulePattern[pattern] ? 4 : 1 }
        }
        let clauses = uses.sorted { first, second in
            let (a, b) = (first.value * first.key.count, second.value * second.key.count)
            return a != b ? a > b : first.key.lexicographicallyPrecedes(second.key)
        }
        var ids: [String: Int32] = [:]
        for (clause, _) in clauses {
            for anchor in clause where ids[anchor] == nil { ids[anchor] = Int32(ids.count) }
        }
        return ids
    }

    /// A prefilter from its anchors, clauses, and patterns' clauses and pairs, deriving the rest.
    init(anchors: [String], clauseAnchors: FlatLists<Int32>, patternClauses: FlatLists<Int32>, patternPairs: FlatLists<Int32>,
         isRulePattern: [Bool], aliases: [String: String] = [:]) {
        let clauseBits = (0..<clauseAnchors.count).map { clause in
            var bits: [AnchorBits] = []
            AnchorBits.appendWords(of: clauseAnchors[clause], to: &bits)
            return bits
        }
        var led: [(list: Int, value: LedPattern)] = []
        var checks = [[AnchorBits]](repeating: [], count: patternClauses.count)
        var unfiltered: [Int32] = []
        // Adds `clause` to `pattern`'s checks: its header, then its words of bits.
        func check(_ clause: Int32, of pattern: Int) {
            let bits = clauseBits[Int(clause)]
            checks[pattern].append(.header(count: bits.count))
            checks[pattern] += bits
        }
        for pattern in 0..<patternClauses.count {
            let clauses = patternClauses[pattern]
            guard isRulePattern[pattern] else {
                // An exception leads nothing: all its clauses are its checks.
                for clause in clauses { check(clause, of: pattern) }
                continue
            }
            if let lead = clauses.first {
                // The next best clause that fits in two words of bits is checked first, in place;
                // the others are the pattern's checks.
                let others = clauses.dropFirst()
                let next = others.firstIndex { (1...2).contains(clauseBits[Int($0)].count) }
                let nextBits = next.map { clauseBits[Int(clauses[$0])] } ?? []
                let none = AnchorBits(word: 0, bits: 0)
                let entry = LedPattern(pattern: Int32(pattern), nextClause: (nextBits.first ?? none, nextBits.dropFirst().first ?? none))
                for anchor in clauseAnchors[Int(lead)] { led.append((Int(anchor), entry)) }
                for index in others.indices where index != next { check(clauses[index], of: pattern) }
            } else {
                unfiltered.append(Int32(pattern))
            }
        }
        self.init(scanner: LiteralScanner(literals: anchors, aliases: aliases), clauseAnchors: clauseAnchors,
                  patternChecks: FlatLists(checks), patternPairs: patternPairs,
                  patternsLedByAnchor: FlatLists(count: anchors.count, grouping: led), unfilteredPatterns: unfiltered)!
    }

    /// A prefilter from all its parts (as archived), or nil if they do not fit together. The
    /// clauses' and pairs' ids are the caller's to check.
    init?(scanner: LiteralScanner, clauseAnchors: FlatLists<Int32>, patternChecks: FlatLists<AnchorBits>,
          patternPairs: FlatLists<Int32>, patternsLedByAnchor: FlatLists<LedPattern>, unfilteredPatterns: [Int32]) {
        let anchorCount = scanner.literals.count
        let words = Int32(AnchorBits.wordCount(for: anchorCount))
        let patterns = Int32(patternChecks.count)
        func fits(_ bits: AnchorBits) -> Bool { bits.word >= 0 && (bits.word < words || bits.bits == 0) }
        guard patternPairs.count == patternChecks.count,
              (0..<patternChecks.count).allSatisfy({ AnchorBits.isWellFormed(checks: patternChecks[$0], fitting: fits) }),
              patternsLedByAnchor.count == anchorCount,
              patternsLedByAnchor.values.allSatisfy({ $0.pattern >= 0 && $0.pattern < patterns && fits($0.nextClause.0) && fits($0.nextClause.1) }),
              unfilteredPatterns.allSatisfy({ $0 >= 0 && $0 < patterns }) else { return nil }
        self.scanner = scanner
        self.clauseAnchors = clauseAnchors
        self.patternChecks = patternChecks
        self.patternPairs = patternPairs
        self.patternsLedByAnchor = patternsLedByAnchor
        self.unfilteredPatterns = unfilteredPatterns
        leadsPatterns = (0..<anchorCount).map { !patternsLedByAnchor[$0].isEmpty }
        titleAnchors = Segmenter.titles.compactMap { scanner.id(ofWord: $0) }
    }

    /// The anchor id of `word`, if the scan looks for it.
    func anchorID(of word: String) -> Int32? {
        scanner.id(ofWord: word)
    }

    /// Per anchor: true if it is one of `words`.
    func anchorFlags(for words: some Sequence<String>) -> [Bool] {
        var flags = [Bool](repeating: false, count: anchorCount)
        for word in words {
            if let id = scanner.id(ofWord: word) { flags[Int(id)] = true }
        }
        return flags
    }

    /// How many distinct anchors the scan looks for.
    var anchorCount: Int { scanner.literals.count }

    /// How many rule patterns the scan cannot filter (they are tried in every sentence).
    var unfilteredPatternCount: Int { unfilteredPatterns.count }

    /// Replaces the contents of `hits` with every anchor occurrence in `bytes`, by offset (the
    /// scanner finds them in that order; the pair check searches them by offset), keeping its
    /// storage (one buffer serves every stretch of a run).
    func findHits(in bytes: UnsafeBufferPointer<UInt8>, into hits: inout [Hit]) {
        hits.removeAll(keepingCapacity: true)
        scanner.appendTokenHits(in: bytes, to: &hits)
        assert(zip(hits, hits.dropFirst()).allSatisfy { $0.offset <= $1.offset }, "hits out of order")
    }

    /// False only if no pattern can be a candidate where `hits` were found: none of them is in
    /// a pattern's best clause (a quick test before the text is cut into sentences).
    func mayHaveCandidates(_ hits: some Collection<Hit>) -> Bool {
        !unfilteredPatterns.isEmpty || hits.contains { leadsPatterns[Int($0.literal)] }
    }

    /// The rule patterns all of whose clauses and adjacent pairs `hits` (found in `bytes`)
    /// meet, in ascending order.
    func candidatePatterns(for hits: ArraySlice<Hit>, in bytes: UnsafeBufferPointer<UInt8>, scratch: inout Scratch) -> [Int32] {
        // Most sentences hold no word that leads a pattern: they end here.
        guard mayHaveCandidates(hits) else { return [] }
        begin(hits, &scratch)
        defer { end(hits, &scratch) }
        let stamp = scratch.stamp
        var result = unfilteredPatterns
        for hit in hits where leadsPatterns[Int(hit.literal)] && scratch.anchorVisited[Int(hit.literal)] != stamp {
            scratch.anchorVisited[Int(hit.literal)] = stamp
            for led in patternsLedByAnchor[Int(hit.literal)] {
                guard led.mayBeMet(scratch.anchorsMet) else { continue }
                let pattern = led.pattern
                guard scratch.patternSeen[Int(pattern)] != stamp else { continue }
                scratch.patternSeen[Int(pattern)] = stamp
                // The lead clause holds this hit's anchor: check the others.
                if meetsChecks(of: pattern, scratch.anchorsMet), meetsPairs(of: pattern, hits, bytes, &scratch) { result.append(pattern) }
            }
        }
        if result.count > 1 { result.sort() }
        return result
    }

    /// Those of `exceptions` (exception patterns) all of whose clauses and adjacent pairs
    /// `hits` (found in `bytes`) meet, in the order given: the only ones that can match where
    /// their rules matched.
    func candidateExceptions(_ exceptions: [Int32], for hits: ArraySlice<Hit>, in bytes: UnsafeBufferPointer<UInt8>,
                             scratch: inout Scratch) -> [Int32] {
        guard !exceptions.isEmpty else { return [] }
        begin(hits, &scratch)
        defer { end(hits, &scratch) }
        return exceptions.filter { meetsChecks(of: $0, scratch.anchorsMet) && meetsPairs(of: $0, hits, bytes, &scratch) }
    }

    /// Readies `scratch` for a check of `hits`: a new stamp, and their anchors among those met.
    private func begin(_ hits: ArraySlice<Hit>, _ scratch: inout Scratch) {
        if scratch.anchorVisited.count != anchorCount || scratch.patternSeen.count != patternChecks.count
            || scratch.stamp == UInt32.max {
            scratch.anchorsMet = ScratchArray(repeating: 0, count: AnchorBits.wordCount(for: anchorCount))
            scratch.anchorVisited = ScratchArray(repeating: 0, count: anchorCount)
            scratch.anchorChained = ScratchArray(repeating: 0, count: anchorCount)
            scratch.lastHit = ScratchArray(repeating: -1, count: anchorCount)
            scratch.patternSeen = ScratchArray(repeating: 0, count: patternChecks.count)
            scratch.stamp = 0
        }
        scratch.stamp += 1
        for hit in hits { AnchorBits.insert(hit.literal, into: scratch.anchorsMet) }
        scratch.chainsBuilt = false
    }

    /// Clears the anchors of `hits` from those met, for the next check.
    private func end(_ hits: ArraySlice<Hit>, _ scratch: inout Scratch) {
        for hit in hits { scratch.anchorsMet[Int(hit.literal) >> 6] = 0 }
    }

    /// True if `hits` (found in `bytes`) hold each of `pattern`'s adjacent pairs.
    @inline(__always)
    private func meetsPairs(of pattern: Int32, _ hits: ArraySlice<Hit>, _ bytes: UnsafeBufferPointer<UInt8>, _ scratch: inout Scratch) -> Bool {
        let pairs = patternPairs[Int(pattern)]
        var index = pairs.startIndex
        while index < pairs.endIndex {
            guard hasAdjacentPair(pairs[index], pairs[index + 1], hits, bytes, &scratch) else { return false }
            index += 2
        }
        return true
    }

    /// A pattern led by an anchor, with the first of its other clauses whose anchors fit in two
    /// words of bits (else no bits): most patterns fail there, and checking it in the lead list
    /// itself spares the read of the pattern's checks (``patternChecks``).
    struct LedPattern: BitwiseCopyable {
        var pattern: Int32
        var nextClause: (AnchorBits, AnchorBits)

        /// False if the next clause is known and none of its anchors is among `anchorsMet`.
        @inline(__always)
        func mayBeMet(_ anchorsMet: ScratchArray<UInt64>) -> Bool {
            nextClause.0.bits == 0 || anchorsMet[Int(nextClause.0.word)] & nextClause.0.bits != 0
                || nextClause.1.bits != 0 && anchorsMet[Int(nextClause.1.word)] & nextClause.1.bits != 0
        }
    }

    /// True if each clause of `pattern`'s checks (``patternChecks``) has an anchor among
    /// `anchorsMet`.
    @inline(__always)
    private func meetsChecks(of pattern: Int32, _ anchorsMet: ScratchArray<UInt64>) -> Bool {
        let checks = patternChecks[Int(pattern)]
        var header = 0
        while header < checks.count {
            let end = header + 1 + Int(checks[header].bits)
            var met = false
            for index in (header + 1)..<end where anchorsMet[Int(checks[index].word)] & checks[index].bits != 0 {
                met = true
                break
            }
            guard met else { return false }
            header = end
        }
        return true
    }

    /// True if `clause` holds `anchor`.
    private func clause(_ clause: Int32, holds anchor: Int32) -> Bool {
        let anchors = clauseAnchors[Int(clause)]
        var low = anchors.startIndex, high = anchors.endIndex
        while low < high {
            let middle = (low + high) / 2
            if anchors[middle] == anchor { return true }
            if anchors[middle] < anchor { low = middle + 1 } else { high = middle }
        }
        return false
    }

    /// True if a hit of clause `first` is followed by a hit of clause `second` (or, if `second` is
    /// `~y`, of clause `y` or any punctuation mark) with nothing but
    /// what the tokeniser drops between them: spaces, control characters, joining hyphens (and,
    /// to be safe, any non-ASCII character). `hits` are in offset order.
    private func hasAdjacentPair(_ first: Int32, _ storedSecond: Int32, _ hits: ArraySlice<Hit>, _ bytes: UnsafeBufferPointer<UInt8>,
                                 _ scratch: inout Scratch) -> Bool {
        let orPunctuation = storedSecond < 0
        let second = orPunctuation ? ~storedSecond : storedSecond
        if !scratch.chainsBuilt {
            // Link each anchor's hits, last first, once per call.
            scratch.previousHit.removeAll(keepingCapacity: true)
            for hit in hits {
                let anchor = Int(hit.literal)
                scratch.previousHit.append(scratch.anchorChained[anchor] == scratch.stamp ? scratch.lastHit[anchor] : -1)
                scratch.anchorChained[anchor] = scratch.stamp
                scratch.lastHit[anchor] = Int32(scratch.previousHit.count - 1)
            }
            scratch.chainsBuilt = true
        }
        for anchor in clauseAnchors[Int(first)] where AnchorBits.contains(anchor, in: scratch.anchorsMet) {
            var index = Int(scratch.lastHit[Int(anchor)])
            while index >= 0 {
                // The next token starts after the separators, or at a non-ASCII character
                // among them (a curly apostrophe opens `’s`).
                let end = hits[hits.startIndex + index].end
                var next = end
                var skippedMark = false
                // The tokeniser drops a title's full stop ("Mr. Dawson").
                if next < bytes.count, bytes[next] == UInt8(ascii: "."), titleAnchors.contains(hits[hits.startIndex + index].literal) {
                    next += 1
                    skippedMark = true
                }
                while next < bytes.count {
                    if bytes[next] <= 0x20 || bytes[next] >= 0x80 || bytes[next] == UInt8(ascii: "-") {
                        skippedMark = skippedMark || bytes[next] > 0x20
                        next += 1
                    } else if bytes[next] == UInt8(ascii: ",") || bytes[next] == UInt8(ascii: "("), !orPunctuation,
                              let afterAside = Asides.end(ofAsideAt: next, in: bytes) {
                        // The matcher looks through a short aside ("has, in my view, failed",
                        // "allowed Mr Dunn (father) back").
                        next = afterAside
                    } else {
                        break
                    }
                }
                // A mark (or what may be one: a hyphen, any non-ASCII character, the end of
                // the text) where one may stand.
                if orPunctuation, skippedMark || next == bytes.count || LiteralScanner.isPunctuation(bytes[next]) { return true }
                // The first hit at `end` or later.
                var low = hits.startIndex, high = hits.endIndex
                while low < high {
                    let middle = (low + high) / 2
                    if hits[middle].offset < end { low = middle + 1 } else { high = middle }
                }
                while low < hits.endIndex, hits[low].offset <= next {
                    if clause(second, holds: hits[low].literal) { return true }
                    low += 1
                }
                index = Int(scratch.previousHit[index])
            }
        }
        return false
    }

    /// True if `bytes` hold a character that case-folds to ASCII letters (`ſ`, the Kelvin
    /// sign, `ß`, `ẞ`, the `ﬀ`–`ﬆ` ligatures): the raw scan cannot see the words such text
    /// folds to, so every pattern is a candidate there.
    static func hasFoldsToASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index + 1 < count {
            // Most text is ASCII: pass eight bytes at a time.
            index = ByteBlocks.skipQuietBlocks(in: bytes, from: index) { !ByteBlocks.hasNonASCII($0) }
            guard index + 1 < count else { break }
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

/// One word of a set of anchor ids kept as bits: anchor `a` is bit `a % 64` of word `a / 64`.
struct AnchorBits: BitwiseCopyable, Equatable {
    /// Which word of the set.
    var word: Int32
    /// The anchors it holds.
    var bits: UInt64

    /// The header of a clause of `count` words in a pattern's checks (``Prefilter/patternChecks``).
    static func header(count: Int) -> AnchorBits { AnchorBits(word: -1, bits: UInt64(count)) }

    /// True if `checks` is a run of headers each followed by as many words as it counts, all
    /// of which `fit`.
    static func isWellFormed(checks: UnsafeBufferPointer<AnchorBits>, fitting fits: (AnchorBits) -> Bool) -> Bool {
        var header = 0
        while header < checks.count {
            guard checks[header].word == -1, checks[header].bits < UInt64(checks.count - header) else { return false }
            let end = header + 1 + Int(checks[header].bits)
            guard checks[(header + 1)..<end].allSatisfy(fits) else { return false }
            header = end
        }
        return true
    }

    /// The number of words a set of `count` anchors takes.
    static func wordCount(for count: Int) -> Int { (count + 63) / 64 }

    /// Appends to `words` the non-empty words of the set of `anchors` (ascending ids), in order.
    static func appendWords(of anchors: some Sequence<Int32>, to words: inout [AnchorBits]) {
        var current = AnchorBits(word: -1, bits: 0)
        for anchor in anchors {
            let word = anchor >> 6, bit = UInt64(1) << UInt64(anchor & 63)
            if word != current.word {
                if current.bits != 0 { words.append(current) }
                current = AnchorBits(word: word, bits: 0)
            }
            current.bits |= bit
        }
        if current.bits != 0 { words.append(current) }
    }

    /// Adds `anchor` to the set held in `words`.
    @inline(__always)
    static func insert(_ anchor: Int32, into words: ScratchArray<UInt64>) {
        words[Int(anchor >> 6)] |= 1 << UInt64(anchor & 63)
    }

    /// True if the set held in `words` has `anchor`.
    @inline(__always)
    static func contains(_ anchor: Int32, in words: ScratchArray<UInt64>) -> Bool {
        words[Int(anchor >> 6)] & 1 << UInt64(anchor & 63) != 0
    }
}
