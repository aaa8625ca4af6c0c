import Foundation
import Testing
@testable import NoteLintKit

@Suite struct RewriteTests {
    @Test func replacesFlaggedSentencesAndKeepsTheRest() throws {
        let note = "Mr Hale pushed Ms Hale.\nMs Hale failed to protect Amy (7).\nThe school is supportive.\n"
        let findings = try makeLinter().lint(note)
        let rewritten = Rewriter.rewrite(Array(note.utf8), findings: findings)
        #expect(rewritten.hasPrefix("Mr Hale pushed Ms Hale.\n"))
        #expect(rewritten.hasSuffix("\nThe school is supportive.\n"))
        #expect(!rewritten.contains("failed to protect"))
        #expect(rewritten.contains("Mr Hale"))
        #expect(rewritten.contains("[behaviour]"))
    }

    @Test func leavesACleanNoteAlone() throws {
        let note = "Mr Hale pushed Ms Hale into the wall; Amy (7) saw it.\n"
        #expect(Rewriter.rewrite(Array(note.utf8), findings: try makeLinter().lint(note)) == note)
    }

    @Test func diffsLikeDiffU() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n"
        let new = "a\nb\nc\nD\ne\nf\ng\nh\n"
        let diff = UnifiedDiff.diff(old: old, new: new, oldName: "x", newName: "y")
        #expect(diff == "--- x\n+++ y\n@@ -1,7 +1,7 @@\n a\n b\n c\n-d\n+D\n e\n f\n g\n")
        #expect(UnifiedDiff.diff(old: old, new: old, oldName: "x", newName: "y").isEmpty)
    }

    @Test func writesAtomicallyAndNeverLosesTheOriginal() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("notelint-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("note.txt").path
        try "first".write(toFile: path, atomically: false, encoding: .utf8)
        let backup = try AtomicFileWriter.replace(path, with: "second")
        #expect(backup == path + ".bak")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second")
        #expect(try String(contentsOfFile: backup, encoding: .utf8) == "first")
        let secondBackup = try AtomicFileWriter.replace(path, with: "third")
        #expect(secondBackup == path + ".bak.2")
        #expect(try String(contentsOfFile: backup, encoding: .utf8) == "first")
        #expect(try String(contentsOfFile: secondBackup, encoding: .utf8) == "second")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains("notelint-") }
        #expect(leftovers.isEmpty)
    }

    @Test func failsCleanlyWhenTheFolderIsGone() {
        #expect(throws: NoteLintError.self) { try AtomicFileWriter.replace("/nonexistent/dir/note.txt", with: "x") }
    }
}
