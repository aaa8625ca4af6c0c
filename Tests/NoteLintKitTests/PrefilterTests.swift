import Foundation
import Testing
@testable import NoteLintKit

@Suite struct PrefilterTests {
    /// The patterns `prefilter` passes for `text`, as one sentence.
    private static func candidates(in text: String, _ prefilter: Prefilter) -> [Int32] {
        var copy = text
        var scratch = Prefilter.Scratch()
        return copy.withUTF8 { bytes in
            var hits: [Prefilter.Hit] = []
            prefilter.findHits(in: bytes, into: &hits)
            return prefilter.candidatePatterns(for: hits[...], in: bytes, scratch: &scratch)
        }
    }

    @Test func theBundledCatalogueIsFullyAnchored() throws {
        let catalogue = try Catalogue.bundled()
        #expect(catalogue.prefilterAnchorCount > 0)
        #expect(catalogue.unfilteredPatternCount == 0, "some rule pattern has no anchor the prefilter can use, so it is tried in every sentence")
    }

    @Test func scannerFindsLiteralsIgnoringASCIICase() {
        let scanner = LiteralScanner(literals: ["protect", "temper", "did", "3"])
        func contains(_ text: String) -> Bool {
            var copy = text
            var hits: [LiteralScanner.Hit] = []
            copy.withUTF8 { scanner.appendTokenHits(in: $0, to: &hits) }
            return !hits.isEmpty
        }
        #expect(contains("She failed to PROTECT them"))
        #expect(contains("lost his Temper"))
        #expect(contains("they didn’t"))
        #expect(!contains("protec temp he  said 33"))
        #expect(!contains(""))
        // Only where the literal could be a whole token.
        #expect(!contains("unprotected tempers; she said"))
        #expect(contains("they didn't"))
        #expect(contains("(protect)"))
    }

    @Test func cliticsAreFoundWithAnyApostrophe() {
        let scanner = LiteralScanner(literals: ["did", "n't", "ca", "can", "'s", "'re", "mother"])
        for (text, expected) in [("She didn't.", [("did", 4, 3), ("n't", 7, 3)]), ("He WASN’T there", [("n't", 6, 5)]),
                                 ("can't", [("can", 0, 3), ("ca", 0, 2), ("n't", 2, 3)]), ("do n't", [("n't", 3, 3)]),
                                 ("dinner isn't", [("n't", 9, 3)]), ("dinner", []), ("din't", [("n't", 2, 3)]),
                                 ("Mother’s plan", [("mother", 0, 6), ("'s", 6, 4)]), ("they're", [("'re", 4, 3)]),
                                 ("mother'sx", [("mother", 0, 6)]), ("it's.", [("'s", 2, 2)]), ("Zoë's", [("'s", 4, 2)]),
                                 ("(')s", [])] {
            var copy = text
            var hits: [LiteralScanner.Hit] = []
            copy.withUTF8 { scanner.appendTokenHits(in: $0, to: &hits) }
            #expect(hits.map { [scanner.literals[Int($0.literal)], String($0.offset), String($0.length)] }
                    == expected.map { [$0.0, String($0.1), String($0.2)] }, "\(text)")
        }
    }

    /// Shorthand is found as the words the segmenter reads it as (``Shorthand``).
    @Test func shorthandIsFoundAsItsWords() {
        let scanner = LiteralScanner(literals: ["did", "n't", "ca", "with", "without", "because", "stay"])
        for (text, expected) in [("She didnt.", [("did", 4, 3), ("n't", 7, 2)]), ("CANT", [("ca", 0, 2), ("n't", 2, 2)]),
                                 ("stay w/ him", [("stay", 0, 4), ("with", 5, 2)]), ("w/o", [("without", 0, 3)]),
                                 ("B/C", [("because", 0, 3)]), ("w/mum", [("with", 0, 2)]), ("w/c 12", []), ("w/e", []),
                                 ("didnt want", [("did", 0, 3), ("n't", 3, 2)]), ("incident", [])] {
            var copy = text
            var hits: [LiteralScanner.Hit] = []
            copy.withUTF8 { scanner.appendTokenHits(in: $0, to: &hits) }
            #expect(hits.map { [scanner.literals[Int($0.literal)], String($0.offset), String($0.length)] }
                    == expected.map { [$0.0, String($0.1), String($0.2)] }, "\(text)")
        }
    }

    /// The scan's table never misses a literal, whatever its case, and names another only
    /// rarely (a hash collision, which only lets more text through).
    @Test func theScanTableFindsEveryLiteralAndLittleElse() throws {
        let literals = try Catalogue.bundled().prefilter.anchors.filter { !TokenNormalizer.clitics.contains($0) }
        let table = ScanTable(literals)
        func ids(_ word: String) -> [Int32] {
            var found: [Int32] = []
            var copy = word
            copy.withUTF8 { utf8 in table.forEachID(length: utf8.count, hash: WordTable.hash(utf8)) { found.append($0) } }
            return found
        }
        for (id, literal) in literals.enumerated() {
            #expect(ids(literal).contains(Int32(id)), "\(literal)")
            #expect(ids(literal.uppercased()).contains(Int32(id)), "\(literal)")
        }
        let known = Set(literals)
        let letters = "abcdefghijklmnopqrstuvwxyz0123456789".map(String.init)
        // The literals include single letters ("Mrs H Kaur"), so a few short texts are no strangers.
        let strangers = randomTexts(of: letters, count: 23_000, maxPieces: 12, seed: 0x5CA7).filter { !$0.isEmpty && !known.contains($0) }
        #expect(strangers.count >= 19_000)
        let falseHits = strangers.reduce(0) { $0 + ids($1).count }
        #expect(falseHits < 20, "\(falseHits) of \(strangers.count) words that are no literal were found")
    }

    /// A literal of any length is found wherever it is, and only there.
    @Test func literalsOfAnyLengthAreFoundAnywhere() {
        // Every length from 1 to 18, and 22: the hash reads a word's last bytes in different ways.
        let literals = ["a", "he", "him", "told", "abuse", "threat", "protect", "temper12", "assaulted", "protecting", "perpetrator",
                        "perpetrators", "relationships", "accountability", "multiagencywork", "multiagencywork1", "misrepresentation",
                        "multiagencyworking", "perpetratorperpetrator"]
        let scanner = LiteralScanner(literals: literals)
        for (id, literal) in literals.enumerated() {
            for before in ["", "x ", "Long preamble: "] {
                // Whatever ends the word, the text or a byte that is no letter, as the word reads
                // its bytes in blocks of eight and byte by byte at the end of the text.
                for after in ["", ".", " and then some more words", "é", "\u{10}", "\u{1A}x", "@", "[", "`", "{", "/", ":"] {
                    var text = before + literal.uppercased() + after
                    var hits: [LiteralScanner.Hit] = []
                    text.withUTF8 { scanner.appendTokenHits(in: $0, to: &hits) }
                    #expect(hits.contains(LiteralScanner.Hit(literal: Int32(id), offset: before.utf8.count, length: literal.utf8.count)),
                            "\(text)")
                    #expect(!hits.contains { $0.literal == Int32(id) && $0.offset != before.utf8.count }, "\(text)")
                }
            }
            // Longer or shorter runs are other words.
            var text = "x" + literal + " " + literal.dropLast() + " " + literal + "9"
            var hits: [LiteralScanner.Hit] = []
            text.withUTF8 { scanner.appendTokenHits(in: $0, to: &hits) }
            #expect(!hits.contains { $0.literal == Int32(id) }, "\(text)")
        }
    }

    @Test func hitsComeWithTheirOffsetsInOrder() {
        let scanner = LiteralScanner(literals: ["lost", "his", "temper"])
        var text = "He lost his temper."
        var hits: [LiteralScanner.Hit] = []
        text.withUTF8 { scanner.appendTokenHits(in: $0, to: &hits) }
        #expect(hits.map(\.literal) == [0, 1, 2])
        #expect(hits.map(\.offset) == [3, 8, 12])
    }

    @Test func aPatternIsACandidateOnlyWhereAllItsClausesAreMet() throws {
        // Pattern 0 needs "failed" and "protect"; pattern 1 (an exception) is never a candidate;
        // pattern 2 needs "temper".
        let prefilter = Prefilter(requirements: [([["protect", "protecting"], ["failed"]], []), ([], []), ([["temper"]], [])],
                                  isRulePattern: [true, false, true])
        let candidates = { (text: String) in Self.candidates(in: text, prefilter) }
        #expect(candidates("She failed to protect them.") == [0])
        #expect(candidates("She failed her exams.") == [])
        #expect(candidates("Protecting the children; she FAILED.") == [0])
        #expect(candidates("He lost his temper; she failed to protect.") == [0, 2])
        #expect(candidates("") == [])
    }

    @Test func anExceptionIsKeptOnlyWhereItsClausesAndPairsAreMet() {
        // Pattern 0 is the rule's ("lost his temper"); 1 and 2 are its exceptions: "never lost
        // his temper" (a pair: "never" directly before "lost") and one the scan cannot anchor.
        let prefilter = Prefilter(requirements: [([["temper"], ["lost"]], []), ([["never"], ["temper"]], [(["never"], ["lost"])]), ([], [])],
                                  isRulePattern: [true, false, false])
        func exceptions(in text: String) -> [Int32] {
            var copy = text
            var scratch = Prefilter.Scratch()
            return copy.withUTF8 { bytes in
                var hits: [Prefilter.Hit] = []
                prefilter.findHits(in: bytes, into: &hits)
                // A check of candidates first leaves nothing behind for the exceptions' check.
                _ = prefilter.candidatePatterns(for: hits[...], in: bytes, scratch: &scratch)
                return prefilter.candidateExceptions([1, 2], for: hits[...], in: bytes, scratch: &scratch)
            }
        }
        #expect(exceptions(in: "He never lost his temper.") == [1, 2])
        #expect(exceptions(in: "He lost his temper.") == [2])
        #expect(exceptions(in: "He lost his temper, never once apologising.") == [2])
        #expect(exceptions(in: "Never: he lost his temper.") == [2])
    }

    @Test func lettersThatFoldToASCIIAreNoticed() {
        func folds(_ text: String) -> Bool {
            var copy = text
            return copy.withUTF8 { Prefilter.hasFoldsToASCII($0) }
        }
        #expect(folds("aggreßive"))
        #expect(folds("ﬁght"))
        #expect(folds("\u{212A}ept away"))
        #expect(!folds("Zoë’s “safety plan” – agreed"))
        // Anywhere in a longer text (it is read eight bytes at a time), even split across blocks.
        for letter in ["ß", "ſ", "ẞ", "\u{212A}", "ﬀ", "ﬆ"] {
            for padding in 0..<17 {
                let text = String(repeating: "a", count: padding) + letter + String(repeating: "b", count: 17 - padding)
                #expect(folds(text), "\(text)")
                #expect(!folds(String(repeating: "a", count: padding) + "é" + String(repeating: "b", count: 17 - padding)))
            }
        }
    }

    @Test func clausesComeFromEveryRequiredElementRarestFirst() {
        var extractor = AnchorExtractor(classes: ["verb": [.token("hit"), .anyToken(["push", "pushed"])]])
        let failed = extractor.clauses(of: .sequence([.token("she"), .token("failed"), .token("to"), .token("protect")]))
        #expect(failed.prefix(2) == [["protect"], ["failed"]])
        #expect(Set(failed.dropFirst(2)) == [["she"], ["to"]], "common words come last but still narrow the filter")
        #expect(extractor.clauses(of: .sequence([.token("he"), .wordClass("verb")])) == [["hit", "push", "pushed"], ["he"]])
        #expect(extractor.clauses(of: .sequence([.optional(.token("very")), .gap(min: 0, max: 2)])) == [])
        #expect(extractor.clauses(of: .alternatives([.token("row"), .optional(.token("fight"))])) == [])
        #expect(extractor.clauses(of: .token("o'clock")) == [])
        // An alternative needs the union of its branches' best clauses, one of their first
        // tokens and one of their last.
        #expect(extractor.clauses(of: .alternatives([.sequence([.token("lost"), .token("temper")]), .token("rage")])) == [["temper", "rage"], ["lost", "rage"]])
        #expect(extractor.clauses(of: .alternatives([.sequence([.token("too"), .token("emotional")]), .token("overwrought")]))
                == [["overwrought", "too"], ["emotional", "overwrought"]])
        #expect(extractor.clauses(of: .alternatives([.sequence([.token("lost"), .token("temper")]), .optional(.token("rage"))])) == [])
    }

    @Test func adjacentPairsFollowTheSequenceThroughOptionalElements() {
        var extractor = AnchorExtractor(classes: ["partner": [.token("partner"), .sequence([.token("ex"), .token("partner")])]])
        let pairs = extractor.requirements(of: .sequence([.token("a"), .optional(.token("very")), .token("volatile"), .wordClass("partner")])).pairs
        #expect(pairs.count == 3)
        #expect(pairs.contains { $0 == (["a"], ["very", "volatile"]) })
        #expect(pairs.contains { $0 == (["a", "very"], ["volatile"]) })
        #expect(pairs.contains { $0 == (["volatile"], ["partner", "ex"]) })
        // A gap or an unscannable token breaks the chain.
        #expect(extractor.requirements(of: .sequence([.token("hit"), .gap(min: 0, max: 2), .token("her")])).pairs.isEmpty)
        #expect(extractor.requirements(of: .sequence([.token("o'clock"), .token("sharp")])).pairs.isEmpty)
        // A punctuation mark after a word stands for any mark; a non-ASCII word breaks the chain.
        let motherSaid = extractor.requirements(of: .sequence([.token("mother"), .anyToken([",", "said"])])).pairs
        #expect(motherSaid.count == 1 && motherSaid.contains { $0 == (["mother"], ["said", AnchorExtractor.anyPunctuation]) })
        #expect(extractor.requirements(of: .sequence([.token("mother"), .anyToken([",", "zoë"])])).pairs.isEmpty)
        #expect(extractor.requirements(of: .sequence([.anyToken([",", "said"]), .token("mother")])).pairs.isEmpty)
        #expect(extractor.requirements(of: .sequence([.token("did"), .token("n't")])).pairs.count == 1, "clitics are found by the scan")
    }

    @Test func aPairNeedsTheWordsNextToEachOther() throws {
        // Pattern 0 needs "a" directly followed by "domestic" (spaces, line breaks and hyphens between are fine).
        let prefilter = Prefilter(requirements: [([["domestic"], ["a"]], [(["a"], ["domestic"])])], isRulePattern: [true])
        let candidates = { (text: String) in Self.candidates(in: text, prefilter) }
        #expect(candidates("There was a domestic.") == [0])
        #expect(candidates("There was a\n  domestic.") == [0])
        #expect(candidates("There was a-domestic.") == [0])
        #expect(candidates("A history of domestic abuse, a referral.") == [])
        #expect(candidates("a 'domestic'") == [])
        // A mark may stand for the second word: any ASCII mark, a non-ASCII character, the end.
        let followed = Prefilter(requirements: [([["domestic"]], [(["domestic"], ["at", AnchorExtractor.anyPunctuation])])],
                                 isRulePattern: [true])
        for text in ["a domestic.", "a domestic at home", "a domestic", "a domestic – then", "a domestic 'call'", "domestic  , then"] {
            #expect(Self.candidates(in: text, followed) == [0], "\(text)")
        }
        for text in ["a domestic abuse case", "domestic violence.", "at a domestic setting"] {
            #expect(Self.candidates(in: text, followed) == [], "\(text)")
        }
        // A clitic written with a curly apostrophe follows its word directly.
        let possessive = Prefilter(requirements: [([["choice"], ["mother"], ["'s"]], [(["mother"], ["'s"]), (["'s"], ["choice"])])],
                                   isRulePattern: [true])
        #expect(Self.candidates(in: "it was Mother’s choice", possessive) == [0])
        #expect(Self.candidates(in: "it was Mother's choice", possessive) == [0])
        #expect(Self.candidates(in: "Mother, it's her choice", possessive) == [])
    }

    /// A clause that many patterns check gets its anchors' ids first, side by side, so that its
    /// bits take one word: here, encountered in pattern order, they would straddle ids 63 and 64.
    @Test func aClauseManyPatternsCheckHasItsAnchorsSideBySide() throws {
        let shared: Set<String> = ["xa", "xb", "xc", "xd"]
        let singles = (0..<61).map { [Set(["single\($0)"])] }
        var requirements: [(clauses: [Set<String>], pairs: [(Set<String>, Set<String>)])] = [([["lead"]] + singles.flatMap { $0 }, [])]
        for pattern in 1...5 { requirements.append(([["lead\(pattern)"], shared], [])) }
        let prefilter = Prefilter(requirements: requirements, isRulePattern: requirements.map { _ in true })
        let ids = try shared.sorted().map { try #require(prefilter.anchorID(of: $0)) }
        #expect(Set(ids.map { $0 >> 6 }).count == 1, "\(ids)")
        #expect(Self.candidates(in: "lead3 then xc", prefilter) == [3])
    }

    @Test func archivedPartsThatDoNotFitAreRefused() throws {
        let built = Prefilter(requirements: [([["protect"], ["failed"]], [(["failed"], ["protect"])]), ([["temper"]], [])],
                              isRulePattern: [true, true])
        func rebuilt(led: FlatLists<Prefilter.LedPattern>? = nil, unfiltered: [Int32]? = nil, checks: FlatLists<AnchorBits>? = nil) -> Prefilter? {
            Prefilter(scanner: built.scanner, clauseAnchors: built.clauseAnchors, patternChecks: checks ?? built.patternChecks,
                      patternPairs: built.patternPairs,
                      patternsLedByAnchor: led ?? built.patternsLedByAnchor, unfilteredPatterns: unfiltered ?? built.unfilteredPatterns)
        }
        let same = try #require(rebuilt())
        #expect(Self.candidates(in: "She failed to protect them; he lost his temper.", same) == [1])
        #expect(Self.candidates(in: "She failed protect them.", same) == [0])
        // A led pattern or an unfiltered pattern past the last pattern would be written out of bounds.
        var values = Array(built.patternsLedByAnchor.values)
        values[0].pattern = 2
        #expect(rebuilt(led: FlatLists(offsets: built.patternsLedByAnchor.offsets, values: Table(values))!) == nil)
        #expect(rebuilt(unfiltered: [5]) == nil)
        // A pattern's checks: a header that counts past the list's end, or a word of bits past
        // the anchor set, would be read out of bounds.
        #expect(rebuilt(checks: FlatLists([[.header(count: 2), AnchorBits(word: 0, bits: 1)], []])) == nil)
        #expect(rebuilt(checks: FlatLists([[.header(count: 1), AnchorBits(word: 9, bits: 1)], []])) == nil)
        #expect(rebuilt(checks: FlatLists([[.header(count: 1), AnchorBits(word: 0, bits: 1)], []])) != nil)
        // The scan table's slots: a power of two of them, naming literals that exist.
        let slots = built.scanner.table.slots
        #expect(ScanTable(slots: slots, wordCount: built.anchorCount) != nil)
        #expect(ScanTable(slots: Table(Array(slots.dropLast())), wordCount: built.anchorCount) == nil)
        #expect(ScanTable(slots: slots, wordCount: built.anchorCount - 1) == nil)
    }
}

/// The rule author's check of which patterns pass the prefilter in vain.
@Suite struct PrefilterProfilerTests {
    /// A name that is not ASCII gets its role's hit when a no-break space follows it: the run
    /// of non-ASCII bytes after "Zo" is the name's "ë" and then a separator.
    @Test func aNonASCIINameBeforeANoBreakSpaceGetsItsHit() throws {
        let text = "Dean hit Zoë on Friday.\nThere were domestic disputes between Zoë\u{00A0}and her partner Dean."
        let filtered = try makeLinter()
        let unfiltered = try makeLinter()
        unfiltered.usesPrefilter = false
        let with = filtered.lint(text, includingSuppressed: true)
        #expect(with == unfiltered.lint(text, includingSuppressed: true))
        #expect(with.contains { $0.ruleID == "argument-with-partner" })
    }

    @Test func aPatternWhoseWordsAreThereButDoNotMatchCostsInVain() throws {
        let weak = ruleYAML(id: "weak", pattern: "volatile * * * relationship")
        let strong = ruleYAML(id: "strong", pattern: "volatile relationship").replacingOccurrences(of: "category: test\nrules:\n", with: "")
        let catalogue = try catalogue(fromRuleYAML: weak + strong)
        let text = Array("They have a volatile relationship.\n\nThe weather was fine.\n\nA volatile and violent relationship.\n".utf8)
        let costs = try PrefilterProfiler(catalogue: catalogue).costs(on: text)
        let byRule = Dictionary(uniqueKeysWithValues: costs.map { ($0.ruleID, $0) })
        #expect(byRule["weak"]?.candidates == 2)
        #expect(byRule["weak"]?.matches == 0)
        #expect(byRule["weak"]?.vain == 2)
        #expect(byRule["strong"]?.candidates == 1)
        #expect(byRule["strong"]?.matches == 1)
        #expect(costs.first?.ruleID == "weak")
    }
}
