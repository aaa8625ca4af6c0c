import Foundation
import Testing
@testable import NoteLintKit

@Suite struct BatchTests {
    /// A synthetic multi-paragraph document with findings spread through it.
    /// Paragraphs of the catalogue's examples. Who is who is read per block (1 MB in a real
    /// run), so examples with a bare given name, whose role may rest on another block's text
    /// (``GivenNames``), are left out.
    static func document(paragraphs: Int) throws -> String {
        let givenNames = Set(GivenNames.female + GivenNames.male)
        let rules = try Catalogue.bundled().rules
        // Phrases that switch a rule on or off for a whole document ("pleaded guilty" for "the
        // alleged assault"): a chunk without one reads otherwise than the document.
        let documentPhrases = rules.flatMap { $0.context.needsDocumentMentions + $0.context.unlessDocumentMentions }
        // Examples that name people by given name, place anyone by a statement ("Ms Price hit
        // Mr Okafor") or name a child with an age ("Jayden (9)") would cast the whole document,
        // not their own chunk.
        let examples = rules.flatMap { $0.flagExamples + $0.passExamples }.filter { example in
            var text = example
            let cast = text.withUTF8 { NoteCast(bytes: $0, declared: [:]) }
            return !example.split(whereSeparator: { !$0.isLetter }).contains { givenNames.contains($0.lowercased()) }
                && cast.inferred.isEmpty && cast.children.isEmpty
                && !text.withUTF8 { bytes in documentPhrases.contains(where: DocumentPhrases(bytes).contains) }
        }
        return (0..<paragraphs).map { index in
            (0..<4).map { examples[(index * 4 + $0) % examples.count] }.joined(separator: " ")
        }.joined(separator: "\n\n")
    }

    func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("notelint-batch-\(UUID().uuidString).txt").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func run(_ entries: [PathWalker.Entry], workers: Int, blockSize: Int) throws -> ([BatchLinter.Outcome], BatchLinter.Summary) {
        let batch = BatchLinter(catalogue: try Catalogue.bundled(), workers: workers, blockSize: blockSize)
        var outcomes: [BatchLinter.Outcome] = []
        let summary = try batch.run(entries, render: { report in report.findings.map { "\($0.start.line):\($0.ruleID)" }.joined(separator: ",") }) {
            outcomes.append($0)
        }
        return (outcomes, summary)
    }

    @Test func chunkedReadingFindsWhatWholeReadingFinds() throws {
        let text = try Self.document(paragraphs: 300)
        let path = try temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let whole = try makeLinter().lint(text)
        let (outcomes, summary) = try run([.file(path)], workers: 2, blockSize: 4096)
        let chunked = outcomes.flatMap(\.findings)
        #expect(outcomes.count > 10, "the file should have been read in many chunks")
        #expect(summary.documents == 1)
        #expect(chunked.map(\.ruleID) == whole.map(\.ruleID))
        #expect(chunked.map(\.byteRange) == whole.map(\.byteRange))
        #expect(chunked.map(\.start) == whole.map(\.start))
        #expect(chunked.map(\.end) == whole.map(\.end))
    }

    @Test func outputOrderDoesNotDependOnTheNumberOfWorkers() throws {
        var paths: [String] = []
        for index in 0..<12 { paths.append(try temporaryFile(try Self.document(paragraphs: 3 + index % 5))) }
        defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
        let entries = paths.map(PathWalker.Entry.file)
        let (one, _) = try run(entries, workers: 1, blockSize: 1 << 20)
        let (four, summary) = try run(entries, workers: 4, blockSize: 1 << 20)
        #expect(one.map(\.path) == paths)
        #expect(one.map(\.rendered) == four.map(\.rendered))
        #expect(summary.documents == 12)
    }

    @Test func chunkReaderReassemblesAPipeFedInShortWrites() throws {
        let text = try Self.document(paragraphs: 120)
        let pipe = Pipe()
        let writer = Thread {
            let bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
            var offset = 0
            while offset < bytes.count {
                let end = min(offset + 777, bytes.count)
                pipe.fileHandleForWriting.write(Data(bytes[offset..<end]))
                offset = end
            }
            try? pipe.fileHandleForWriting.close()
        }
        writer.start()
        var reader = ChunkReader(handle: pipe.fileHandleForReading, path: "<pipe>", blockSize: 4096)
        var chunks: [DocumentChunk] = []
        while let next = reader.next() { chunks.append(try next.get()) }
        #expect(chunks.count > 5)
        #expect(chunks.allSatisfy { $0.bytes.count <= 4096 })
        #expect(chunks.dropLast().allSatisfy { $0.bytes.last == 0x0A }, "chunks end at line breaks")
        #expect(chunks.map(\.isLast) == Array(repeating: false, count: chunks.count - 1) + [true])
        #expect(chunks.flatMap(\.bytes) == Array(text.utf8), "the byte-order mark is dropped and nothing else is lost")
        #expect(zip(chunks, chunks.dropFirst()).allSatisfy { $0.byteOffset + $0.bytes.count == $1.byteOffset })
    }

    @Test func chunkReaderReportsInvalidUTF8WithTheDocumentsOffset() throws {
        let good = String(repeating: "A clean line of text for the note.\n", count: 200)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("notelint-bad-\(UUID().uuidString).txt").path
        try Data(Array(good.utf8) + [0xFF] + Array("\nmore\n".utf8)).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (outcomes, summary) = try run([.file(path)], workers: 2, blockSize: 2048)
        #expect(summary.hasErrors)
        let problem = try #require(outcomes.compactMap(\.problem).first)
        #expect(problem.message.contains("invalid UTF-8 at byte \(good.utf8.count) (line 201)"))
    }

    @Test func frontMatterAppliesToEveryChunk() throws {
        let body = String(repeating: "The school reports Amy is settled and doing well this term.\n\n", count: 200)
        let text = "---\nperson-causing-harm: Dai\nsurvivor: Siân\n---\n" + body + "Siân failed to protect the children.\n"
        let path = try temporaryFile(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (outcomes, _) = try run([.file(path)], workers: 2, blockSize: 2048)
        let finding = try #require(outcomes.flatMap(\.findings).first { $0.ruleID == "failure-to-protect" })
        #expect(finding.suggestions.first?.contains("Dai") == true)
    }
}
