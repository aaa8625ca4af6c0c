import Foundation
import Testing
@testable import NoteLintKit

/// The catalogue proves itself: every rule's own examples, and the labelled corpus.
@Suite struct CatalogueAccuracyTests {
    /// Precision and recall below this, overall or in any category, fail the build.
    static let minimumScore = 0.95

    static var corpusDirectory: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Corpus").path
    }

    @Test func everyRuleFlagsItsFlagExamplesAndPassesItsPassExamples() throws {
        let failures = RuleExampleChecker.failures(try makeLinter())
        for failure in failures { Issue.record(Comment(rawValue: failure.description)) }
        #expect(failures.isEmpty)
    }

    @Test func corpusPrecisionAndRecallStayAboveTheBar() throws {
        let entries = try CorpusEvaluator.entries(inDirectory: Self.corpusDirectory)
        #expect(entries.count >= 600)
        #expect(Double(entries.filter { !$0.0.shouldFlag }.count) / Double(entries.count) >= 0.4)
        let report = CorpusEvaluator(linter: try makeLinter()).evaluate(entries)
        for (category, score) in [("all", report.overall)] + report.byCategory.sorted(by: { $0.key < $1.key }) {
            #expect(score.precision >= Self.minimumScore, "\(category) precision \(score.precision)")
            #expect(score.recall >= Self.minimumScore, "\(category) recall \(score.recall)")
        }
        if report.overall.precision < Self.minimumScore || report.overall.recall < Self.minimumScore {
            for miss in report.misses.prefix(40) {
                Issue.record(Comment(rawValue: "\(miss.origin): \(miss.entry.shouldFlag ? "missed" : "false alarm"): \(miss.entry.text)"))
            }
        }
    }

    /// Case records (`Corpus/records`): phrase recall at least this, unasked-for findings at most
    /// this share of all findings.
    static let minimumRecordRecall = 0.85
    static let maximumExtraShare = 0.12

    static var recordDirectory: String { (corpusDirectory as NSString).appendingPathComponent("records") }

    @Test func caseRecordsStayAboveTheBar() throws {
        let records = try RecordCorpusEvaluator.records(inDirectory: Self.recordDirectory)
        #expect(records.count >= 60)
        let report = RecordCorpusEvaluator(linter: try makeLinter()).evaluate(records)
        #expect(report.expectedPhrases >= 300)
        #expect(report.recall >= Self.minimumRecordRecall, "record recall \(report.recall)")
        #expect(report.extraShare <= Self.maximumExtraShare, "unasked-for share \(report.extraShare)")
        if report.recall < Self.minimumRecordRecall || report.extraShare > Self.maximumExtraShare {
            for miss in report.misses.prefix(40) { Issue.record(Comment(rawValue: miss.description)) }
        }
    }

    @Test func corpusEntriesAreWellFormed() throws {
        var seen: Set<String> = []
        for (entry, origin) in try CorpusEvaluator.entries(inDirectory: Self.corpusDirectory) {
            #expect(origin.file.hasSuffix("/\(entry.category).jsonl"), "\(origin)")
            #expect(seen.insert(entry.text.lowercased()).inserted, "duplicate at \(origin)")
        }
    }
}
