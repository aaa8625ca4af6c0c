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
        // Bytes moved between files, a renamed file and a change past the first eight bytes count too.
        #expect(CatalogueCache.key(for: [RuleFile(name: "a.yml", contents: "xy"), RuleFile(name: "b.yml", contents: "")])
                != CatalogueCache.key(for: [RuleFile(name: "a.yml", contents: "x"), RuleFile(name: "b.yml", contents: "y")]))
        #expect(CatalogueCache.key(for: [RuleFile(name: "c.yml", contents: "x")]) != CatalogueCache.key(for: [RuleFile(name: "a.yml", contents: "x")]))
        let long = String(repeating: "rule: text\n", count: 50)
        #expect(CatalogueCache.key(for: [RuleFile(name: "a.yml", contents: long + "a")]) != CatalogueCache.key(for: [RuleFile(name: "a.yml", contents: long + "b")]))
    }

    @Test func theCacheKeepsOnlyTheNewestArchives() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("notelint-prune-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for index in 0..<7 {
            let path = directory + "/catalogue-\(index).bin"
            FileManager.default.createFile(atPath: path, contents: Data([1]))
            var times = [timespec(tv_sec: 1_000_000 + index, tv_nsec: 0), timespec(tv_sec: 1_000_000 + index, tv_nsec: 0)]
            #expect(utimensat(AT_FDCWD, path, &times, 0) == 0)
        }
        FileManager.default.createFile(atPath: directory + "/notes.txt", contents: Data([1]))
        CatalogueCache.prune(directory, keeping: directory + "/catalogue-0.bin")
        let left = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        // The four newest stay, and so does the one just written; other files are not touched.
        #expect(left == ["catalogue-0.bin", "catalogue-3.bin", "catalogue-4.bin", "catalogue-5.bin", "catalogue-6.bin", "notes.txt"])
    }

    /// Writes `catalogue`'s archive to a temporary file, maps it, and gives `body` the catalogue
    /// read from the mapping and the file's path; removes the file afterwards.
    private func withMappedArchive(of catalogue: Catalogue, _ body: (Catalogue, String) throws -> Void) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("notelint-mapped-\(UUID().uuidString).bin").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(CatalogueArchive.encode(catalogue))))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = try #require(MappedFile(path: path))
        try body(try #require(Catalogue(archive: file.bytes, keepingAlive: file)), path)
    }

    @Test func aMappedArchiveLintsLikeACompiledOneEvenAfterTheFileIsReplaced() throws {
        let compiled = try Catalogue.bundled()
        try withMappedArchive(of: compiled) { mapped, path in
            // The cache renames new archives over old ones; a mapping of the old file stays valid.
            #expect(FileManager.default.createFile(atPath: path + ".new", contents: Data([0, 1, 2])))
            #expect(rename(path + ".new", path) == 0)
            let note = "Ms Hale failed to protect the children. He lost his temper; it was a volatile relationship."
            let fromMapping = try Linter(catalogue: mapped).lint(note, includingSuppressed: true)
            #expect(fromMapping == (try Linter(catalogue: compiled).lint(note, includingSuppressed: true)))
            #expect(fromMapping.count >= 3)
            #expect(MappedFile(path: path).flatMap { Catalogue(archive: $0.bytes, keepingAlive: $0) } == nil)
            // The rules' texts stay in the mapping until asked for, and read back whole.
            #expect(mapped.rules.map(\.id) == compiled.rules.map(\.id))
            #expect(mapped.rules.map(\.patterns) == compiled.rules.map(\.patterns))
            #expect(mapped.rules.map(\.exceptions) == compiled.rules.map(\.exceptions))
            #expect(mapped.rules.map(\.flagExamples) == compiled.rules.map(\.flagExamples))
            #expect(mapped.rules.map(\.passExamples) == compiled.rules.map(\.passExamples))
        }
    }

    @Test func aRuleReadFromAMappingKeepsTextsChangedAfterwards() throws {
        let compiled = try Catalogue.bundled()
        try withMappedArchive(of: compiled) { mapped, _ in
            var rule = try #require(mapped.rules.first)
            let patterns = rule.patterns
            rule.flagExamples = ["Ms Hale failed to protect the children."]
            #expect(rule.flagExamples == ["Ms Hale failed to protect the children."])
            #expect(rule.patterns == patterns)
            #expect(rule.passExamples == compiled.rules[0].passExamples)
        }
    }
}
