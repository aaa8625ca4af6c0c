import Testing
@testable import NoteLintKit

@Suite struct InflectorTests {
    let inflector = Inflector(irregular: ["choose": ["chooses", "chose", "chosen", "choosing"]])

    @Test(arguments: [
        ("fail", ["fails", "failed", "failing"]),
        ("stop", ["stops", "stopped", "stopping"]),
        ("argue", ["argues", "argued", "arguing"]),
        ("carry", ["carries", "carried", "carrying"]),
        ("push", ["pushes", "pushed", "pushing"]),
        ("relationship", ["relationships"]),
        ("choose", ["chooses", "chose", "chosen", "choosing"]),
    ])
    func generatesForms(base: String, forms: [String]) {
        let generated = inflector.forms(of: base)
        #expect(generated.contains(base))
        for form in forms { #expect(generated.contains(form), "\(base) → \(form)") }
    }

    @Test func irregularTableReplacesRegularRules() {
        #expect(!inflector.forms(of: "choose").contains("choosed"))
    }
}

@Suite struct PatternParserTests {
    let parser = PatternParser(literalTokens: { [$0.lowercased()] }, inflections: { [$0, $0 + "s"] })

    @Test func parsesSequencesGroupsAndOptionals() throws {
        let element = try parser.parse("(chose|decided) to stay?")
        #expect(element == .sequence([.alternatives([.token("chose"), .token("decided")]), .token("to"), .optional(.token("stay"))]))
    }

    @Test func parsesGapsClassesAndInflections() throws {
        let element = try parser.parse("~fail *{0,2} to @verb")
        #expect(element == .sequence([.anyToken(["fail", "fails"]), .gap(min: 0, max: 2), .token("to"), .wordClass("verb")]))
    }

    @Test func optionalGroupWithoutSpace() throws {
        let element = try parser.parse("signs of (an )?unhealthy")
        #expect(element == .sequence([.token("signs"), .token("of"), .optional(.token("an")), .token("unhealthy")]))
    }

    @Test(arguments: ["(a|b", "a)", "* a", "a *{0,2}", "a *{3,1} b", "a *{0,9} b", "?a", "a () b", "a *{x} b",
                      // A gap the match could open with, inside a group or after an optional word.
                      "(the|* 's) marriage", "(a)? * b", "((x|* y)) z"])
    func rejectsMalformedPatterns(_ text: String) {
        #expect(throws: NoteLintError.self) { try parser.parse(text) }
    }

    /// A gap may end a group ("(him|mr *)"), and stand after a word that must match.
    @Test(arguments: ["(him|mr *) said", "a (b|c *) d", "(the)? a * b"])
    func acceptsGapsThatNoMatchOpensWith(_ text: String) throws {
        _ = try parser.parse(text)
    }

    @Test func escapedStructuralCharactersAreLiterals() throws {
        #expect(try parser.parse("age \\( 7 \\)") == .sequence([.token("age"), .token("("), .token("7"), .token(")")]))
    }

    @Test func classEntriesMayEndWithAGap() throws {
        #expect(try parser.parse("ms *", isClassEntry: true) == .sequence([.token("ms"), .gap(min: 1, max: 1)]))
    }

    /// A title and one word also match the role's reserved word, which a known bare name becomes.
    @Test func titlesWithAWordAlsoMatchTheirRolesReservedWord() throws {
        let mr = PatternElement.alternatives([.sequence([.token("mr"), .gap(min: 1, max: 1)]), .token("zznlcauser")])
        #expect(PatternParser.matchingRoleWords(try parser.parse("mr * 's temper")) == .sequence([mr, .token("'s"), .token("temper")]))
        #expect(PatternParser.matchingRoleWords(try parser.parse("(ms *|mum) left")) == .sequence([
            .alternatives([.alternatives([.sequence([.token("ms"), .gap(min: 1, max: 1)]), .token("zznlsurvivor")]), .token("mum")]),
            .token("left"),
        ]))
        // Only a one-word gap after a title: "mr *{0,3}" and "mr" alone are left as written.
        #expect(PatternParser.matchingRoleWords(try parser.parse("mr *{0,3} left")) == (try parser.parse("mr *{0,3} left")))
        #expect(PatternParser.matchingRoleWords(try parser.parse("the mr said")) == (try parser.parse("the mr said")))
    }
}

@Suite struct MatchingTests {
    func flags(_ pattern: String, _ text: String, exceptions: [String] = []) throws -> Bool {
        let linter = try Linter(catalogue: catalogue(fromRuleYAML: ruleYAML(pattern: pattern, exceptions: exceptions)))
        return !linter.lint(text).isEmpty
    }

    @Test func matchesInflectionsAndCase() throws {
        #expect(try flags("~fail to protect", "She FAILED to protect them."))
        #expect(try flags("~fail to protect", "failing to protect"))
        #expect(try !flags("~fail to protect", "failure to protect"))
    }

    @Test func matchesBoundedGaps() throws {
        #expect(try flags("~fail *{0,3} to protect", "She failed in her duty to protect."))
        #expect(try !flags("~fail *{0,2} to protect", "She failed the test and later tried to protect."))
        #expect(try !flags("lost * temper", "He lost. His temper is fine."))
    }

    @Test func matchesWordClassesFromTheLexicon() throws {
        #expect(try flags("@survivor-ref ~fail to protect", "Ms Okafor failed to protect Ada."))
        #expect(try !flags("@survivor-ref ~fail to protect", "The council failed to protect Ada."))
    }

    @Test func optionalElements() throws {
        #expect(try flags("(a|the)? domestic incident", "domestic incident reported"))
        #expect(try flags("(a|the)? domestic incident", "after the domestic incident"))
    }

    @Test func exceptionsDropOverlappingMatches() throws {
        #expect(try !flags("toxic relationship", "a toxic relationship with alcohol", exceptions: ["toxic relationship with alcohol"]))
        #expect(try flags("toxic relationship", "a toxic relationship, and alcohol", exceptions: ["toxic relationship with alcohol"]))
    }

    @Test func longestLeftmostMatchIsReportedOnce() throws {
        let linter = try Linter(catalogue: catalogue(fromRuleYAML: ruleYAML(pattern: "(volatile|volatile and toxic) relationship?")))
        let findings = linter.lint("a volatile and toxic relationship")
        #expect(findings.count == 1)
        #expect(findings.first?.match == "volatile and toxic relationship")
    }

    @Test func hyphenAndApostropheVariantsMatchAlike() throws {
        #expect(try flags("on-off relationship", "an on‑off relationship"))
        #expect(try flags("on-off relationship", "an on off relationship"))
        #expect(try flags("mother 's choice", "it was Mother’s choice"))
    }

    @Test func costDoesNotDependOnUnrelatedRules() throws {
        // Ten thousand unrelated patterns compile into one automaton whose start state is a
        // hash table: text with none of their first words starts no thread.
        var builder = AutomatonBuilder(classes: [:])
        for index in 0..<10_000 {
            try builder.add(.sequence([.token("word\(index)"), .token("next")]), accept: .init(rule: Int32(index), isException: false))
        }
        let automaton = builder.finish()
        var tokens = try Segmenter().sentences(in: "nothing here matches at all").flatMap(\.tokens)
        for index in tokens.indices { tokens[index].id = automaton.id(of: tokens[index].folded) }
        #expect(automaton.matches(in: tokens).isEmpty)
        #expect(tokens.allSatisfy { !automaton.canStart(with: $0.id) })
    }
}
