import ArgumentParser
import Foundation
import NoteLintKit

/// `notelint corpus [DIR]`: precision and recall against a labelled corpus.
struct CorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Score the rules against a labelled corpus (Corpus/*.jsonl and the case records in Corpus/records): confusion table per category and the misses.",
        discussion: """
            Exit 1 if precision or recall, overall or in any category, is below --minimum, or if the \
            case records' phrase recall is below --minimum-record-recall or their share of unasked-for \
            findings above --maximum-extra-share.
            """
    )

    @Argument(help: "The folder of .jsonl files.")
    var directory: String = "Corpus"

    @Option(help: "The lowest acceptable precision and recall.")
    var minimum: Double = 0.95

    @Option(help: "The lowest acceptable share of the case records' expected phrases found.")
    var minimumRecordRecall: Double = 0.85

    @Option(help: "The highest acceptable share of the case records' findings that no expected phrase asked for.")
    var maximumExtraShare: Double = 0.12

    @Flag(help: "Do not list the misses.")
    var quiet = false

    @OptionGroup var rules: CatalogueOptions

    func run() throws {
        let catalogue = try rules.catalogue()
        let entries: [(CorpusEvaluator.Entry, SourceOrigin)]
        let records: [RecordCorpusEvaluator.Record]
        do {
            entries = try CorpusEvaluator.entries(inDirectory: directory)
            records = try RecordCorpusEvaluator.records(inDirectory: (directory as NSString).appendingPathComponent("records"))
        } catch {
            Console.error(error.description)
            throw ExitCode(2)
        }
        let linter = try Linter(catalogue: catalogue)
        let report = CorpusEvaluator(linter: linter).evaluate(entries)
        func row(_ name: String, _ score: CorpusEvaluator.Score) -> String {
            let cells = [name.padding(toLength: 18, withPad: " ", startingAt: 0)] + [score.total, score.truePositives, score.falsePositives, score.falseNegatives, score.trueNegatives].map { String($0).leftPadded(6) }
            return (cells + [String(format: "%.3f", score.precision).leftPadded(10), String(format: "%.3f", score.recall).leftPadded(8)]).joined(separator: " ")
        }
        print(["category".padding(toLength: 18, withPad: " ", startingAt: 0), "lines".leftPadded(6), "TP".leftPadded(6), "FP".leftPadded(6), "FN".leftPadded(6), "TN".leftPadded(6), "precision".leftPadded(10), "recall".leftPadded(8)].joined(separator: " "))
        for (category, score) in report.byCategory.sorted(by: { $0.key < $1.key }) { print(row(category, score)) }
        print(row("all", report.overall))
        if !quiet, !report.misses.isEmpty {
            print("\nmisses:")
            for miss in report.misses {
                let kind = miss.entry.shouldFlag ? "missed" : "false alarm"
                print("\(miss.origin): \(kind): \(miss.entry.text)" + (miss.findings.isEmpty ? "" : "  [\(miss.findings.joined(separator: ", "))]"))
            }
        }
        let recordReport = RecordCorpusEvaluator(linter: linter).evaluate(records)
        if recordReport.records > 0 {
            print("\ncase records: \(recordReport.records) records, \(recordReport.foundPhrases) of \(recordReport.expectedPhrases) expected phrases found "
                + "(recall \(String(format: "%.3f", recordReport.recall))); \(recordReport.extraFindings) of \(recordReport.findings) findings "
                + "unasked for (\(String(format: "%.3f", recordReport.extraShare)))")
            if !quiet, !recordReport.misses.isEmpty {
                print("\nrecord misses:")
                for miss in recordReport.misses { print(miss.description) }
            }
        }
        let scores = [report.overall] + Array(report.byCategory.values)
        if scores.contains(where: { $0.precision < minimum || $0.recall < minimum })
            || recordReport.recall < minimumRecordRecall || recordReport.extraShare > maximumExtraShare { throw ExitCode(1) }
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
