/// The compiled catalogue as bytes: rules, automata and prefilter, so that a later run can
/// load in milliseconds what takes a few hundred to compile (see ``CatalogueCache``).
enum CatalogueArchive {
    /// Identifies the format; bump on any change to what is written.
    static let magic: UInt64 = 0x4E4C_4341_5401_001B // "NLCAT", format 27

    static func encode(_ catalogue: Catalogue) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(magic)
        writer.write(Int32(catalogue.rules.count))
        for rule in catalogue.rules { write(rule, to: &writer) }
        write(catalogue.automaton, to: &writer)
        write(catalogue.personAutomaton, to: &writer)
        writer.write(catalogue.prefilter.anchors)
        write(catalogue.prefilter.clauseAnchors, to: &writer)
        write(catalogue.prefilter.patternPairs, to: &writer)
        // What the prefilter derives from those, so that loading it is reading it in place.
        writer.write(catalogue.prefilter.scanner.table.slots)
        write(catalogue.prefilter.patternChecks, to: &writer)
        write(catalogue.prefilter.patternsLedByAnchor, to: &writer)
        writer.write(catalogue.prefilter.unfilteredPatterns)
        return writer.bytes
    }

    /// The parts of a catalogue read back, or nil if `bytes` are not a whole archive of this format.
    /// With `owner` (what keeps `bytes` alive, such as a mapped file), the automata's tables
    /// are used in place; without, they are copied.
    static func decode(_ bytes: UnsafeRawBufferPointer, owner: AnyObject? = nil)
        -> (rules: [Rule], automaton: Automaton, personAutomaton: Automaton, prefilter: Prefilter)? {
        var reader = BinaryReader(bytes, owner: owner)
        do {
            guard try reader.read(UInt64.self) == magic else { return nil }
            let count = Int(try reader.read(Int32.self))
            guard count >= 0 else { return nil }
            var rules: [Rule] = []
            for _ in 0..<count { rules.append(try readRule(&reader, owner: owner)) }
            let automaton = try readAutomaton(&reader)
            let personAutomaton = try readAutomaton(&reader)
            let anchors = try reader.readStrings()
            let clauseAnchors: FlatLists<Int32> = try readLists(&reader)
            let patternPairs: FlatLists<Int32> = try readLists(&reader)
            let scanSlots: Table<UInt32> = try reader.readTable()
            let patternChecks: FlatLists<AnchorBits> = try readLists(&reader)
            let patternsLedByAnchor: FlatLists<Prefilter.LedPattern> = try readLists(&reader)
            let unfilteredPatterns: [Int32] = try reader.readArray()
            guard reader.isAtEnd, patternChecks.count == automaton.patternCount,
                  automaton.patternAccepts.allSatisfy({ Int($0.rule) < rules.count }),
                  acceptsFit(automaton.accepts, ruleCount: rules.count), patternPairs.count == automaton.patternCount,
                  (0..<patternPairs.count).allSatisfy({ patternPairs[$0].count % 2 == 0 }),
                  // A pair's second clause may be stored as its complement (``Prefilter``).
                  patternPairs.valuesLie(in: -clauseAnchors.count..<clauseAnchors.count),
                  clauseAnchors.valuesLie(in: 0..<anchors.count), anchors.allSatisfy(LiteralScanner.canFind),
                  clauseAnchors.eachListIncreases,
                  let scanTable = ScanTable(slots: scanSlots, wordCount: anchors.count),
                  let prefilter = Prefilter(scanner: LiteralScanner(literals: anchors, table: scanTable), clauseAnchors: clauseAnchors,
                                            patternChecks: patternChecks, patternPairs: patternPairs,
                                            patternsLedByAnchor: patternsLedByAnchor, unfilteredPatterns: unfilteredPatterns)
            else { return nil }
            return (rules, automaton, personAutomaton, prefilter)
        } catch {
            return nil
        }
    }

    /// True if every accept of `accepts` names one of `ruleCount` rules: as each packs
    /// `rule << 1 | isException`, if every packed value lies in `0..<2 * ruleCount`.
    private static func acceptsFit(_ accepts: FlatLists<Automaton.Accept>, ruleCount: Int) -> Bool {
        accepts.values.buffer.withMemoryRebound(to: Int32.self) { packed in
            packed.valueBounds.map { $0.min >= 0 && Int($0.max) < 2 * ruleCount } ?? true
        }
    }

    // MARK: Rules

    private static func write(_ sources: [PatternSource], to writer: inout BinaryWriter) {
        writer.write(sources.map(\.text))
        writer.write(sources.map(\.origin.file))
        writer.write(sources.map { Int32($0.origin.line) })
    }

    private static func readSources(_ reader: inout BinaryReader) throws(BinaryReader.Damaged) -> [PatternSource] {
        let texts = try reader.readStrings()
        let files = try reader.readStrings()
        let lines: [Int32] = try reader.readArray()
        guard texts.count == files.count, files.count == lines.count else { throw BinaryReader.Damaged() }
        return texts.indices.map { PatternSource(text: texts[$0], origin: SourceOrigin(file: files[$0], line: Int(lines[$0]))) }
    }

    private static func write(_ rule: Rule, to writer: inout BinaryWriter) {
        writer.write(rule.id)
        writer.write(rule.category)
        writer.write(rule.severity.rawValue)
        // The texts as one section of their own, so that a load can step over them.
        var texts = BinaryWriter()
        let held = rule.texts.read()
        write(held.patterns, to: &texts)
        write(held.exceptions, to: &texts)
        texts.write(held.flagExamples)
        texts.write(held.passExamples)
        writer.write(texts.bytes)
        for action in [rule.context.quoted, rule.context.reported, rule.context.negated, rule.context.mention, rule.context.critiqued] {
            writer.write(action.rawValue)
        }
        writer.write(rule.context.subjects != nil)
        writer.write((rule.context.subjects ?? []).map(\.rawValue).sorted())
        writer.write(rule.context.needsNamed.map(\.rawValue).sorted())
        writer.write(rule.context.needsAbuseContext)
        writer.write(rule.context.strictOnly)
        writer.write(rule.context.needsDocumentMentions)
        writer.write(rule.context.unlessDocumentMentions)
        writer.write(rule.context.unlessParagraphMentions)
        writer.write(rule.message)
        writer.write(rule.rationale)
        writer.write(rule.source)
        writer.write(rule.suggestions)
        writer.write(rule.origin.file)
        writer.write(Int32(rule.origin.line))
    }

    /// Reads a rule. With `owner` (what keeps the archive's bytes alive), its texts are left
    /// in the archive until asked for (``RuleTextStore``); without, they are read now.
    private static func readRule(_ reader: inout BinaryReader, owner: AnyObject?) throws(BinaryReader.Damaged) -> Rule {
        let id = try reader.readString()
        let category = try reader.readString()
        guard let severity = Severity(rawValue: try reader.readString()) else { throw BinaryReader.Damaged() }
        let textBytes = try reader.readBytes()
        let texts: RuleTextStore
        if let owner {
            texts = .archived(ArchivedRuleTexts(bytes: textBytes, owner: owner))
        } else {
            var textReader = BinaryReader(textBytes)
            texts = .held(try readTexts(&textReader))
        }
        var context = ContextPolicy()
        var actions: [ContextPolicy.Action] = []
        for _ in 0..<5 {
            guard let action = ContextPolicy.Action(rawValue: try reader.readString()) else { throw BinaryReader.Damaged() }
            actions.append(action)
        }
        (context.quoted, context.reported, context.negated, context.mention, context.critiqued) = (actions[0], actions[1], actions[2], actions[3], actions[4])
        let hasSubjects = try reader.readBool()
        let subjects = try reader.readStrings().map { (text: String) throws(BinaryReader.Damaged) -> Role in
            guard let role = Role(rawValue: text) else { throw BinaryReader.Damaged() }
            return role
        }
        context.subjects = hasSubjects ? Set(subjects) : nil
        context.needsNamed = Set(try reader.readStrings().map { (text: String) throws(BinaryReader.Damaged) -> Role in
            guard let role = Role(rawValue: text) else { throw BinaryReader.Damaged() }
            return role
        })
        context.needsAbuseContext = try reader.readBool()
        context.strictOnly = try reader.readBool()
        context.needsDocumentMentions = try reader.readStrings()
        context.unlessDocumentMentions = try reader.readStrings()
        context.unlessParagraphMentions = try reader.readStrings()
        var rule = Rule(id: id, category: category, severity: severity, patterns: [], context: context,
                        message: try reader.readString(), rationale: try reader.readString(), source: try reader.readString(),
                        suggestions: try reader.readStrings(), flagExamples: [], passExamples: [],
                        origin: SourceOrigin(file: try reader.readString(), line: Int(try reader.read(Int32.self))))
        rule.texts = texts
        return rule
    }

    /// Reads what ``write(_:to:)`` wrote of a rule's texts.
    static func readTexts(_ reader: inout BinaryReader) throws(BinaryReader.Damaged) -> RuleTexts {
        let texts = RuleTexts(patterns: try readSources(&reader), exceptions: try readSources(&reader),
                              flagExamples: try reader.readStrings(), passExamples: try reader.readStrings())
        guard reader.isAtEnd else { throw BinaryReader.Damaged() }
        return texts
    }

    // MARK: Automata

    private static func write<Element>(_ lists: FlatLists<Element>, to writer: inout BinaryWriter) {
        writer.write(lists.offsets)
        writer.write(lists.values)
    }

    private static func readLists<Element>(_ reader: inout BinaryReader) throws(BinaryReader.Damaged) -> FlatLists<Element> {
        let offsets: Table<Int32> = try reader.readTable()
        let values: Table<Element> = try reader.readTable()
        guard let lists = FlatLists(offsets: offsets, values: values) else { throw BinaryReader.Damaged() }
        return lists
    }

    private static func write(_ automaton: Automaton, to writer: inout BinaryWriter) {
        writer.write(automaton.transitions.offsets)
        writer.write(automaton.transitions.tokens)
        writer.write(automaton.transitions.moves)
        write(automaton.transitions.targetLists, to: &writer)
        write(automaton.wildcardTargets, to: &writer)
        write(automaton.accepts, to: &writer)
        writer.write(automaton.vocabulary.words)
        writer.write(automaton.vocabulary.aliases.map(\.spelling))
        writer.write(automaton.vocabulary.aliases.map(\.id))
        write(automaton.classesOfToken, to: &writer)
        writer.write(automaton.patternAccepts.map(\.packed))
        writer.write(automaton.patternEntries)
        writer.write(automaton.stateMoveBits)
    }

    /// Reads an automaton. Its tables are checked for size, not value by value: reading a
    /// value out of range traps rather than corrupting memory, and archives are written
    /// whole (renamed into place) by the same build of notelint that reads them.
    private static func readAutomaton(_ reader: inout BinaryReader) throws(BinaryReader.Damaged) -> Automaton {
        let offsets: Table<Int32> = try reader.readTable()
        let tokens: Table<Int32> = try reader.readTable()
        let moves: Table<Int32> = try reader.readTable()
        let targetLists: FlatLists<Int32> = try readLists(&reader)
        let wildcardTargets: FlatLists<Int32> = try readLists(&reader)
        let accepts: FlatLists<Automaton.Accept> = try readLists(&reader)
        let words = try reader.readStrings()
        let spellings = try reader.readStrings()
        let aliasIDs: [Int32] = try reader.readArray()
        guard spellings.count == aliasIDs.count, aliasIDs.allSatisfy({ $0 >= 0 && Int($0) < words.count }) else { throw BinaryReader.Damaged() }
        let vocabulary = WordTable(words, aliases: zip(spellings, aliasIDs).map { (spelling: $0, id: $1) })
        let classesOfToken: FlatLists<Int32> = try readLists(&reader)
        let patternAccepts: [Int32] = try reader.readArray()
        let patternEntries: [Int32] = try reader.readArray()
        let stateMoveBits: Table<UInt64> = try reader.readTable()
        guard classesOfToken.count == words.count, wildcardTargets.count == accepts.count, stateMoveBits.count == accepts.count,
              patternEntries.count == patternAccepts.count, patternEntries.allSatisfy({ $0 >= 0 && Int($0) < accepts.count }),
              patternAccepts.allSatisfy({ $0 >= 0 }),
              let transitions = EdgeTable(offsets: offsets, tokens: tokens, moves: moves, targetLists: targetLists, vocabularySize: words.count),
              transitions.stateCount == accepts.count
        else { throw BinaryReader.Damaged() }
        return Automaton(transitions: transitions, wildcardTargets: wildcardTargets, accepts: accepts,
                         vocabulary: vocabulary, classesOfToken: classesOfToken,
                         patternAccepts: patternAccepts.map(Automaton.Accept.init(packed:)), patternEntries: patternEntries,
                         stateMoveBits: stateMoveBits)
    }
}
