import Testing
@testable import NoteLintKit

/// Reading and scoring labelled case records (`Corpus/records`).
@Suite struct RecordCorpusTests {
    @Test func recordsAreSplitAndPhrasesFoundAcrossLineBreaks() throws {
        let text = """
            # A comment.
            === NOTE ===
            # expect: volatile relationship
            Visit to Ms Hale. Ms Hale and Mr Hale have a volatile
            relationship, and Amy (6) was upstairs.
            === NOTE ===
            # expect: none
            Amy (6) read to me and showed me her drawings.
            """
        let records = try RecordCorpusEvaluator.parse(text, path: "set.txt")
        #expect(records.count == 2)
        #expect(records[0].origin.line == 3)
        #expect(records[0].expected.count == 1)
        let bytes = try #require(records[0].expected.first?.bytes)
        #expect(String(decoding: Array(records[0].text.utf8)[bytes], as: UTF8.self) == "volatile\nrelationship")
        #expect(records[1].expected.isEmpty)
        let report = RecordCorpusEvaluator(linter: try makeLinter()).evaluate(records)
        #expect(report.expectedPhrases == 1)
        #expect(report.foundPhrases == 1)
        #expect(report.extraFindings == report.findings - 1)
    }

    @Test func aPhraseMissingFromItsRecordNamesTheFileAndLine() {
        let text = "=== NOTE ===\nMs Hale was seen.\n# expect: failed to protect\n"
        #expect {
            try RecordCorpusEvaluator.parse(text, path: "set.txt")
        } throws: { error in
            "\(error)".contains("set.txt") && "\(error)".contains("line 3")
        }
    }

    @Test func anUnaskedForFindingIsCounted() throws {
        let records = try RecordCorpusEvaluator.parse("=== NOTE ===\n# expect: none\nMs Hale chose to stay with Mr Hale.\n", path: "set.txt")
        let report = RecordCorpusEvaluator(linter: try makeLinter()).evaluate(records)
        #expect(report.extraFindings >= 1)
        #expect(report.extraShare == 1)
        #expect(report.misses.allSatisfy { $0.phrase == nil })
    }
}
