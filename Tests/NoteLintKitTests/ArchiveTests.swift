import Foundation
import Testing
@testable import NoteLintKit

@Suite struct ArchiveTests {
    @Test func anArchivedCatalogueLintsExactlyLikeACompiledOne() throws {
        let compiled = try Catalogue(RuleLoader.load(RuleFile.bundled))
        let loaded = try #require(Catalogue(archive: CatalogueArchive.encode(compiled)))
        #expect(loaded.rules.map(\.id) == compiled.rules.map(\.id))
        #expect(loaded.rules.map(\.context) == compiled.rules.map(\.context))
        #expect(loaded.rules.map(\.suggestions) == compiled.rules.map(\.suggestions))
        #expect(loaded.prefilterAnchorCount == compiled.prefilterAnchorCount)
        let text = compiled.rules.flatMap { $0.flagExamples + $0.passExamples }.joined(separator: "\n")
        let fromArchive = try Linter(catalogue: loaded).lint(text, includingSuppressed: true)
        let fromCompile = try Linter(catalogue: compiled).lint(text, includingSuppressed: true)
        #expect(fromArchive == fromCompile)
        #expect(fromArchive.count > 1000)
    }

    @Test func aDamagedArchiveIsRefused() throws {
        let bytes = CatalogueArchive.encode(try Catalogue.bundled())
        #expect(Catalogue(archive: Array(bytes.prefix(bytes.count / 2))) == nil)
        #expect(Catalogue(archive: [0, 1, 2, 3]) == nil)
        #expect(Catalogue(archive: bytes + [0]) == nil)
    }

    @Test func theCacheKeyChangesWithAnyRuleFile() {
        let files = [RuleFile(name: "a.yml", contents: "x"), RuleFile(name: "b.yml", contents: "y")]
        let edited = [RuleFile(name: "a.yml", contents: "x"), RuleFile(name: "b.yml", contents: "y ")]
        #expect(CatalogueCache.key(for: files) == CatalogueCache.key(for: files))
        #expect(CatalogueCache.key(for: files) != CatalogueCache.key(for: edited))
    }
}
