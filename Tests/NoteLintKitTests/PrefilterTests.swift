import Foundation
import Testing
@testable import NoteLintKit

@Suite struct PrefilterTests {
    @Test func theBundledCatalogueIsFullyAnchored() throws {
        let count = try #require(try Catalogue.bundled().prefilterAnchorCount, "a pattern has no usable anchor, so the prefilter is off")
        #expect(count > 0)
    }

    @Test func scannerFindsLiteralsIgnoringASCIICase() {
        let scanner = LiteralScanner(literals: ["protect", "temper", "he said"])
        func contains(_ text: String) -> Bool {
            var copy = text
            return copy.withUTF8 { scanner.containsAny($0) }
        }
        #expect(contains("She failed to PROTECT them"))
        #expect(contains("lost his Temper"))
        #expect(contains("and HE SAID so"))
        #expect(!contains("protec temp he  said"))
        #expect(!contains(""))
    }

    @Test func anchorsComeFromTheRarestRequiredElement() {
        var extractor = AnchorExtractor(classes: ["verb": [.token("hit"), .anyToken(["push", "pushed"])]])
        #expect(extractor.anchors(of: .sequence([.token("she"), .token("failed"), .token("to"), .token("protect")])) == ["protect"])
        #expect(extractor.anchors(of: .sequence([.token("he"), .wordClass("verb")])) == ["hit", "push", "pushed"])
        #expect(extractor.anchors(of: .sequence([.optional(.token("very")), .gap(min: 0, max: 2)])) == nil)
        #expect(extractor.anchors(of: .alternatives([.token("row"), .optional(.token("fight"))])) == nil)
        #expect(extractor.anchors(of: .token("o'clock")) == nil)
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
