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
