import Foundation
import Testing

/// Runs the built `notelint` binary as a user would.
///
/// A class, so that each test's temporary folders are removed when its instance goes.
@Suite final class CLITests {
    /// Folders made by `folder(_:)` in this test, removed on `deinit`.
    private var folders: [URL] = []

    deinit {
        for folder in folders { try? FileManager.default.removeItem(at: folder) }
    }

    /// The notelint executable built next to this test bundle.
    static let binary: URL? = {
        var candidates: [URL] = []
        if let first = CommandLine.arguments.first { candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent()) }
        candidates.append(Bundle.main.bundleURL)
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(root.appendingPathComponent(".build/debug"))
        return candidates.map { $0.appendingPathComponent("notelint") }.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Runs notelint with `arguments`, `input` on standard input, in `directory`.
    func run(_ arguments: [String], input: String? = nil, directory: URL? = nil, environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(Self.binary, "notelint binary not found next to the tests; run `swift build` first")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        var env = ProcessInfo.processInfo.environment
        env.removeValue(forKey: "NO_COLOR")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// A fresh temporary folder holding `files` (name → bytes).
    func folder(_ files: [String: [UInt8]]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("notelint-cli-\(UUID().uuidString)")
        folders.append(root)
        for (name, bytes) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root
    }

    @Test(arguments: [
        "The parents are in a DA relationship.",
        "Mum and Dad have a volatile relationship.",
        "Ms Hale failed to protect the children.",
        "Police were called to a domestic incident at the flat.",
        "The children were exposed to domestic abuse.",
        "Mr Hale lost his temper.",
        "Mr Hale has anger issues.",
        "Ms Hale lacks insight into the risk.",
        "The parents need to stop arguing in front of the children.",
    ])
    func headlinePhrasesFromStandardInput(_ text: String) throws {
        let result = try run([], input: text)
        #expect(result.status == 1, "\(text): \(result.stdout)")
        #expect(result.stdout.hasPrefix("<stdin>:1:"))
        #expect(result.stdout.contains("suggestion:"))
    }

    @Test func cleanTextExitsZero() throws {
        let result = try run(["-"], input: "Mr Hale pushed Ms Hale into the door frame while Amy (7) watched.")
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
    }

    @Test func textOutputLooksLikeACompilersAndHasNoColourOffATerminal() throws {
        let root = try folder(["note.txt": Array("First line.\nMum and Dad have a volatile relationship.\n".utf8)])
        let result = try run(["note.txt"], directory: root)
        #expect(result.status == 1)
        #expect(result.stdout.contains("note.txt:2:20: warning: "))
        #expect(result.stdout.contains("[volatile-relationship]"))
        #expect(result.stdout.contains("^~~~~"))
        #expect(!result.stdout.contains("\u{1B}["))
        #expect(try run(["--color", "always", "note.txt"], directory: root).stdout.contains("\u{1B}["))
    }

    @Test func jsonFollowsTheDocumentedSchema() throws {
        let root = try folder(["a.txt": Array("Ms Hale failed to protect Amy (7).".utf8), "b.md": Array("Nothing to see.".utf8)])
        let result = try run(["--format", "json", root.path])
        #expect(result.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["files"] as? Int == 2)
        let findings = try #require(object["findings"] as? [[String: Any]])
        let finding = try #require(findings.first { $0["rule"] as? String == "failure-to-protect" })
        for key in ["path", "line", "column", "endLine", "endColumn", "byteOffset", "byteLength", "rule", "category", "severity", "message", "match", "suggestions", "source"] {
            #expect(finding[key] != nil, "missing \(key)")
        }
        #expect(finding["match"] as? String == "failed to protect")
        #expect(finding["column"] as? Int == 9)
        #expect((finding["path"] as? String)?.hasSuffix("a.txt") == true)
    }

    @Test func severityThresholdFiltersAndSetsTheExitCode() throws {
        // A suggestion only: 'DV' for domestic abuse.
        let text = "Ms Hale disclosed DV to the school nurse."
        let all = try run([], input: text)
        let errorsOnly = try run(["--severity", "error"], input: text)
        #expect(all.status == 1)
        #expect(errorsOnly.status == 0)
        #expect(errorsOnly.stdout.isEmpty)
    }

    @Test func badInputsAreReportedAndTheBatchContinues() throws {
        let root = try folder([
            "good.txt": Array("Ms Hale failed to protect the children.".utf8),
            "binary.txt": [0x25, 0x50, 0x44, 0x46, 0x00, 0x01],
            "latin1.txt": Array("Zo".utf8) + [0xEB] + Array(" failed to protect".utf8),
            "empty.txt": [],
        ])
        let result = try run([root.path, root.appendingPathComponent("missing.txt").path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("binary.txt: binary file, not text: skipped"))
        #expect(result.stderr.contains("latin1.txt: invalid UTF-8 at byte 2 (line 1)"))
        #expect(result.stderr.contains("empty.txt: empty, nothing to check"))
        #expect(result.stderr.contains("missing.txt: no such file or directory"))
        #expect(result.stdout.contains("good.txt:1:9: error:"))
    }

    /// A command line of paths only skips ArgumentParser (see LintRun.plain); it must behave
    /// exactly as the parsed form does.
    @Test func pathsOnlyBehaveAsTheParsedCommandLine() throws {
        let root = try folder([
            "a.txt": Array("Ms Hale failed to protect the children.\n\nMum and Dad have a volatile relationship.\n".utf8),
            "notes/b.md": Array("Nothing to see.".utf8),
            "binary.txt": [0x25, 0x50, 0x44, 0x46, 0x00, 0x01],
        ])
        let input = "The parents are in a DA relationship."
        for paths in [["a.txt"], [root.path], ["a.txt", "missing.txt", "-"], [], ["-"]] {
            for plain in [paths, ["lint"] + paths] {
                let fast = try run(plain, input: input, directory: root)
                let parsed = try run(["--format", "text"] + paths, input: input, directory: root)
                #expect(fast.status == parsed.status, "\(plain)")
                #expect(fast.stdout == parsed.stdout, "\(plain)")
                #expect(fast.stderr == parsed.stderr, "\(plain)")
            }
        }
        // A subcommand's name in first place is that subcommand, not a path.
        #expect(try run(["rules"], directory: root).stdout.contains("failure-to-protect"))
    }

    @Test func emptyInputAloneIsNotAnError() throws {
        let result = try run([], input: "")
        #expect(result.status == 0)
        #expect(result.stderr.contains("empty"))
    }

    @Test func bundledRulesWorkFromAnotherDirectory() throws {
        let result = try run(["rules", "--format", "json"], directory: FileManager.default.temporaryDirectory)
        #expect(result.status == 0)
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rules.count >= 150)
        #expect(rules.allSatisfy { $0["id"] is String && $0["category"] is String && $0["severity"] is String && $0["message"] is String })
    }

    @Test func explainShowsEverythingATrainerNeeds() throws {
        let result = try run(["explain", "volatile-relationship"])
        #expect(result.status == 0)
        for part in ["Why:", "Source:", "Suggested rewording:", "Flagged, for example:", "Not flagged, for example:"] {
            #expect(result.stdout.contains(part))
        }
        let unknown = try run(["explain", "volatile"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("no rule 'volatile'"))
    }

    @Test func malformedRuleFolderIsAConfigurationError() throws {
        let root = try folder(["bad.yml": Array("category: x\nrules:\n  - id: broken\n    severity: warning\n    patterns: [\"(a|b\"]\n".utf8)])
        let result = try run(["--rules", root.path], input: "text")
        #expect(result.status == 2)
        #expect(result.stderr.contains("bad.yml:3:"))
    }

    @Test func unknownOptionIsAUsageError() throws {
        let result = try run(["--no-such-option"], input: "")
        #expect(result.status == 2)
        #expect(result.stderr.contains("no-such-option"))
    }
}

@Suite struct RewriteCLITests {
    let cli = CLITests()

    @Test func printsTheRewriteWithoutTouchingTheFile() throws {
        let text = "Mr Hale hit Ms Hale.\nMs Hale failed to protect Amy (7).\n"
        let root = try cli.folder(["note.txt": Array(text.utf8)])
        let result = try cli.run(["rewrite", "note.txt"], directory: root)
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Mr Hale hit Ms Hale.\n"))
        #expect(!result.stdout.contains("failed to protect"))
        #expect(try String(contentsOf: root.appendingPathComponent("note.txt"), encoding: .utf8) == text)
        let diff = try cli.run(["rewrite", "--diff", "note.txt"], directory: root)
        #expect(diff.stdout.contains("-Ms Hale failed to protect Amy (7)."))
        #expect(diff.stdout.contains("@@ -1,2 +1,2 @@"))
    }

    @Test func writeReplacesTheFileAndKeepsABackup() throws {
        let text = "Ms Hale failed to protect Amy (7).\n"
        let root = try cli.folder(["note.txt": Array(text.utf8)])
        let result = try cli.run(["rewrite", "--write", "note.txt"], directory: root)
        #expect(result.status == 0)
        #expect(result.stderr.contains("original kept as note.txt.bak"))
        #expect(try String(contentsOf: root.appendingPathComponent("note.txt.bak"), encoding: .utf8) == text)
        #expect(try !String(contentsOf: root.appendingPathComponent("note.txt"), encoding: .utf8).contains("failed to protect"))
    }

    @Test func writeRefusesStandardInput() throws {
        #expect(try cli.run(["rewrite", "--write"], input: "x").status == 2)
    }
}

/// The audit outputs: SARIF, CSV, stats and compare, as a QA team runs them.
extension CLITests {
    private static let auditNotes: [String: [UInt8]] = [
        "before/one.txt": Array("The parents have a volatile relationship.\n\nMs Hale failed to protect the children.\n".utf8),
        "before/two.md": Array("Mr Hale lost his temper.\n".utf8),
        "after/one.txt": Array("Mr Hale hit Ms Hale while the children were in the next room. Ms Hale took the children to her sister's.\n".utf8),
    ]

    @Test func sarifOutputParsesAndCarriesTheRunsProblems() throws {
        let root = try folder(Self.auditNotes)
        let result = try run(["--format", "sarif", "before", "missing.txt"], directory: root)
        #expect(result.status == 2)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect((run["results"] as? [Any])?.count == 3)
        let notes = (run["invocations"] as? [[String: Any]])?.first?["toolExecutionNotifications"] as? [[String: Any]]
        #expect(notes?.count == 1)
        #expect(result.stderr.contains("missing.txt: no such file or directory"))
    }

    @Test func csvOutputHasAHeaderAndARowPerFinding() throws {
        let root = try folder(Self.auditNotes)
        let result = try run(["--format", "csv", "before"], directory: root)
        #expect(result.status == 1)
        let lines = result.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.first?.hasPrefix("path,line,column,") == true)
        #expect(lines.count == 4)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("before/") })
    }

    @Test func statsCountPerFileAndCategory() throws {
        let root = try folder(Self.auditNotes)
        let result = try run(["stats", "--format", "json", "before", "after"], directory: root)
        #expect(result.status == 0)
        let stats = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let totals = try #require(stats["totals"] as? [String: Any])
        #expect(totals["files"] as? Int == 3)
        #expect(totals["findings"] as? Int == 3)
        let files = try #require(stats["files"] as? [[String: Any]])
        #expect(files.map { $0["path"] as? String } == ["before/one.txt", "before/two.md", "after/one.txt"])
        #expect(files.map { $0["findings"] as? Int } == [2, 1, 0])
        #expect(files.map { $0["words"] as? Int } == [13, 5, 21])
        #expect((files[0]["categories"] as? [String: Int])?.values.reduce(0, +) == 2)
        let text = try run(["stats", "before"], directory: root)
        #expect(text.stdout.contains("before/one.txt"))
        #expect(text.stdout.contains("mutualising"))
    }

    @Test func compareShowsBothSetsAndTheChange() throws {
        let root = try folder(Self.auditNotes)
        let result = try run(["compare", "--format", "csv", "before", "after"], directory: root)
        #expect(result.status == 0)
        let lines = result.stdout.components(separatedBy: "\r\n")
        #expect(lines.contains { $0.hasPrefix("total,all findings,3,") && $0.hasSuffix(",-100%") })
        let text = try run(["compare", "before", "after"], directory: root)
        #expect(text.stdout.contains("before: before"))
        #expect(text.stdout.contains("after: after"))
        let missing = try run(["compare", "before", "nowhere"], directory: root)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("nowhere: no such file or directory"))
    }

    @Test func progressStaysOffWhenStandardErrorIsNotATerminal() throws {
        let root = try folder(Self.auditNotes)
        let result = try run(["stats", "before"], directory: root)
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(result.stderr.isEmpty)
    }
}

/// Exports with a notes column: CSV and JSONL.
extension CLITests {
    private static let exports: [String: [UInt8]] = [
        "export.csv": Array("""
        id,date,Case Note\r
        A-1,2025-01-02,"Mum and Dad have a volatile relationship, police were called."\r
        A-2,2025-01-03,"Mr Hale hit Ms Hale.\r
        Ms Hale failed to protect the children."\r
        A-3,2025-01-04\r
        A-4,2025-01-05,Nothing of note.\r

        """.utf8),
        "export.jsonl": Array("""
        {"id": 7, "notes": "Ms Hale chose to stay with him."}
        not json
        {"id": 9, "notes": "Mr Hale lost his temper."}

        """.utf8),
    ]

    @Test func eachRecordIsANoteLocatedByItsRecord() throws {
        let root = try folder(Self.exports)
        let result = try run(["export.csv", "export.jsonl"], directory: root)
        #expect(result.status == 2)
        #expect(result.stdout.contains("export.csv#1:1:"))
        #expect(result.stdout.contains("export.csv#2:2:9: error:"))
        #expect(result.stdout.contains("export.jsonl#1:1:"))
        #expect(result.stdout.contains("export.jsonl#3:1:"))
        #expect(result.stderr.contains("export.csv: row 3 (line 5): 2 fields where the header has 3: skipped"))
        #expect(result.stderr.contains("export.jsonl: line 2: not valid JSON: skipped"))
    }

    @Test func anIDColumnNamesTheRecordInJSON() throws {
        let root = try folder(Self.exports)
        let result = try run(["--format", "json", "--id-column", "id", "export.csv"], directory: root)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        let records = findings.compactMap { $0["record"] as? [String: Any] }
        #expect(records.count == findings.count)
        #expect(records.map { $0["id"] as? String } == ["A-1", "A-2"])
        #expect(records.map { $0["line"] as? Int } == [2, 3])
        #expect(findings.map { $0["path"] as? String } == ["export.csv", "export.csv"])
        let text = try run(["--id-column", "id", "export.csv"], directory: root)
        #expect(text.stdout.contains("export.csv#A-2:2:9:"))
    }

    @Test func aMissingNoteColumnIsAClearError() throws {
        let root = try folder(["plain.csv": Array("id,author\n1,Sam\n".utf8)])
        let result = try run(["plain.csv"], directory: root)
        #expect(result.status == 2)
        #expect(result.stderr.contains("plain.csv: no note column found (columns: id, author)"))
        #expect(result.stderr.contains("--text-column"))
        let named = try run(["--text-column", "author", "plain.csv"], directory: root)
        #expect(named.status == 0)
    }
}

/// The trainer's page.
extension CLITests {
    @Test func rewriteHTMLWritesOnePageAndRefusesOtherModesWithIt() throws {
        let root = try folder(["note.txt": Array("Ms Hale failed to protect the children.\n".utf8)])
        let page = try run(["rewrite", "--html", "note.txt"], directory: root)
        #expect(page.status == 0)
        #expect(page.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(page.stdout.contains("<mark class=\"error\">failed to protect<sup>1</sup></mark>"))
        let both = try run(["rewrite", "--html", "--diff", "note.txt"], directory: root)
        #expect(both.status == 2)
        #expect(both.stderr.contains("choose one of --diff, --write and --html"))
    }
}
