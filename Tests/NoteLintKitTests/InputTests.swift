import Foundation
import Testing
@testable import NoteLintKit

@Suite struct InputTests {
    @Test func acceptsUTF8AndStripsAByteOrderMark() throws {
        let document = try DocumentReader.decode(path: "a.txt", bytes: [0xEF, 0xBB, 0xBF] + Array("Zoë".utf8)).get()
        #expect(document.bytes == Array("Zoë".utf8))
    }

    @Test func rejectsBinary() {
        guard case .failure(let problem) = DocumentReader.decode(path: "a.pdf", bytes: [0x25, 0x50, 0x00, 0x01]) else { Issue.record("accepted"); return }
        #expect(problem.message.contains("binary"))
        #expect(problem.kind == .error)
    }

    @Test func rejectsInvalidUTF8WithItsOffsetAndLine() {
        guard case .failure(let problem) = DocumentReader.decode(path: "a.txt", bytes: Array("ok\nZo".utf8) + [0xEB, 0x20]) else { Issue.record("accepted"); return }
        #expect(problem.message.contains("invalid UTF-8 at byte 5 (line 2)"))
    }

    @Test func notesAnEmptyFile() {
        guard case .failure(let problem) = DocumentReader.decode(path: "a.txt", bytes: Array(" \n\r\n".utf8)) else { Issue.record("accepted"); return }
        #expect(problem.kind == .notice)
    }

    @Test func reportsMissingFilesAndDirectories() {
        guard case .failure(let problem) = DocumentReader.read(path: "/nonexistent/note.txt") else { Issue.record("read"); return }
        #expect(problem.message == "no such file or directory")
        guard case .failure(let directoryProblem) = DocumentReader.read(path: NSTemporaryDirectory()) else { Issue.record("read"); return }
        #expect(directoryProblem.message == "is a directory")
    }

    @Test func walksFoldersInOrderWithTheChosenExtensions() throws {
        let root = NSTemporaryDirectory() + "notelint-walk-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: root + "/b", withIntermediateDirectories: true)
        for name in ["b/2.md", "1.txt", "skip.pdf", ".hidden.txt", "b/3.TXT"] {
            FileManager.default.createFile(atPath: root + "/" + name, contents: Data("x".utf8))
        }
        defer { try? FileManager.default.removeItem(atPath: root) }
        let entries = PathWalker().entries(for: [root, root + "/missing"])
        #expect(entries.dropLast() == [.file(root + "/1.txt"), .file(root + "/b/2.md"), .file(root + "/b/3.TXT")])
        guard case .problem(let problem) = entries.last else { Issue.record("no problem for a missing path"); return }
        #expect(problem.path == root + "/missing")
    }
}

@Suite struct UTF8CheckTests {
    /// The standard library's decoder, as the reference.
    private func reference(_ bytes: [UInt8]) -> Int? {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    @Test func findsTheSameFirstInvalidByteAsTheStandardDecoder() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("plain ASCII text, ".utf8), Array("Zoë’s “plan” 😀".utf8), [0xC0, 0x80], [0xED, 0xA0, 0x80],
                                 [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0x80], [0xFF], [0xC3, 0xA9], [0x0A]]
        for _ in 0..<2000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) { bytes += pieces.randomElement(using: &generator)! }
            #expect(DocumentReader.firstInvalidUTF8Offset(bytes) == reference(bytes), "\(bytes)")
        }
    }
}

/// The one reading of a file's extension that folder walks, exports and Word documents share.
@Suite struct FileExtensionTests {
    @Test func theExtensionIsAfterTheNamesLastDotInLowerCase() {
        #expect(PathWalker.fileExtension(of: "notes/Visit.DOCX") == "docx")
        #expect(PathWalker.fileExtension(of: "exports/2025.v2/records.jsonl") == "jsonl")
        #expect(PathWalker.fileExtension(of: "notes.d/README") == "")
        #expect(DocxReader.isWordDocument("a/b/Note.Docx"))
        #expect(!DocxReader.isWordDocument("a/b.docx/note.txt"))
    }
}
