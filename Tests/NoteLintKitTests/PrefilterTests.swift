import Foundation
import Testing
@testable import NoteLintKit

@Suite struct PrefilterTests {
    @Test func theBundledCatalogueIsFullyAnchored() throws {
        let catalogue = try Catalogue.bundled()
        #expect(catalogue.prefilterAnchorCount > 0)
        #expect(catalogue.unfilteredPatternCount == 0, "some rule pattern has no anchor the prefilter can use, so it is tried in every sentence")
    }

    @Test func scannerFindsLiteralsIgnoringASCIICase() {
        let scanner = LiteralScanner(literals: ["protect", "temper", "he said", "did"])
        func contains(_ text: String) -> Bool {
            var copy = text
            return copy.withUTF8 { scanner.containsAny($0) }
        }
        #expect(contains("She failed to PROTECT them"))
        #expect(contains("lost his Temper"))
        #expect(contains("and HE SAID so"))
        #expect(!contains("protec temp he  said"))
        #expect(!contains(""))
        // Only where the literal could be a whole token.
        #expect(!contains("unprotected tempers; she said"))
        #expect(contains("they didn't"))
        #expect(contains("(protect)"))
    }

    @Test func hitsComeWithTheirOffsetsInOrder() {
        let scanner = LiteralScanner(literals: ["lost", "lost his temper", "temper"])
        var text = "He lost his temper."
        var hits: [(Int32, Int)] = []
        text.withUTF8 { scanner.forEachTokenHit(in: $0) { hits.append(($0, $1)) } }
        #expect(hits.map(\.0) == [0, 1, 2])
        #expect(hits.map(\.1) == [3, 3, 12])
    }

    @Test func aPatternIsACandidateOnlyWhereAllItsClausesAreMet() throws {
        // Pattern 0 needs "failed" and "protect"; pattern 1 (an exception) is never a candidate;
        // pattern 2 needs "temper".
        let prefilter = Prefilter(clauses: [[["protect", "protecting"], ["failed"]], [], [["temper"]]], isRulePattern: [true, false, true])
        var scratch = Prefilter.Scratch()
        func candidates(_ text: String) -> [Int32] {
            var copy = text
            let hits = copy.withUTF8 { prefilter.hits(in: $0) }
            return prefilter.candidatePatterns(for: hits[...], scratch: &scratch)
        }
        #expect(candidates("She failed to protect them.") == [0])
        #expect(candidates("She failed her exams.") == [])
        #expect(candidates("Protecting the children; she FAILED.") == [0])
        #expect(candidates("He lost his temper; she failed to protect.") == [0, 2])
        #expect(candidates("") == [])
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
    }

    @Test func clausesComeFromEveryRequiredElementRarestFirst() {
        var extractor = AnchorExtractor(classes: ["verb": [.token("hit"), .anyToken(["push", "pushed"])]])
        #expect(extractor.clauses(of: .sequence([.token("she"), .token("failed"), .token("to"), .token("protect")])) == [["protect"], ["failed"]])
        #expect(extractor.clauses(of: .sequence([.token("he"), .wordClass("verb")])) == [["hit", "push", "pushed"]])
        #expect(extractor.clauses(of: .sequence([.token("he"), .token("she")])).count == 1, "common words only when nothing better")
        #expect(extractor.clauses(of: .sequence([.optional(.token("very")), .gap(min: 0, max: 2)])) == [])
        #expect(extractor.clauses(of: .alternatives([.token("row"), .optional(.token("fight"))])) == [])
        #expect(extractor.clauses(of: .token("o'clock")) == [])
        #expect(extractor.clauses(of: .alternatives([.sequence([.token("lost"), .token("temper")]), .token("rage")])) == [["temper", "rage"]])
    }

    /// The prefilter must never change what is found.
    @Test func findingsAreIdenticalWithAndWithoutThePrefilter() throws {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/seeds")
        var texts = (try? FileManager.default.contentsOfDirectory(atPath: seeds.path))?
            .filter { $0.hasSuffix(".txt") }.sorted()
            .compactMap { try? String(contentsOf: seeds.appendingPathComponent($0), encoding: .utf8) } ?? []
        let examples = try Catalogue.bundled().rules.flatMap { $0.flagExamples + $0.passExamples }
        texts.append(examples.joined(separator: "\n"))
        texts.append(examples.joined(separator: " "))
        texts.append(examples.enumerated().map { $0.offset % 7 == 0 ? "\n\n" + $0.element : $0.element }.joined(separator: "\n"))
        let filtered = try makeLinter()
        let unfiltered = try makeLinter()
        unfiltered.usesPrefilter = false
        for text in texts {
            let with = filtered.lint(text, includingSuppressed: true)
            let without = unfiltered.lint(text, includingSuppressed: true)
            #expect(with == without)
            #expect(!with.isEmpty)
        }
    }
}
