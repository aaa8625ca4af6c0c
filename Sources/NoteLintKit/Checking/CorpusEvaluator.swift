import Foundation

/// Measures the catalogue against the labelled corpus (`Corpus/*.jsonl`): a `flag` line is a
/// hit if notelint raises at least one finding, a `clean` line if it raises none.
public struct CorpusEvaluator {
    /// One labelled line.
    public struct Entry: Sendable, Decodable {
        public var text: String
        public var expect: String
        public var category: String
        public var note: String?

        /// True for a `flag` line.
        public var shouldFlag: Bool { expect == "flag" }
    }

    /// Counts for one category (or all).
    public struct Score: Sendable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0
        public var trueNegatives = 0

        /// Of the lines flagged, the share that should be.
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// Of the lines that should be flagged, the share that are.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        public var total: Int { truePositives + falsePositives + falseNegatives + trueNegatives }

        mutating func add(shouldFlag: Bool, flagged: Bool) {
            switch (shouldFlag, flagged) {
            case (true, true): truePositives += 1
            case (false, true): falsePositives += 1
            case (true, false): falseNegatives += 1
            case (false, false): trueNegatives += 1
            }
        }
    }

    /// A line notelint got wrong.
    public struct Miss: Sendable {
        public var entry: Entry
        public var origin: SourceOrigin
        /// The findings on a clean line (rule ids), empty on a missed flag line.
        public var findings: [String]
    }

    /// The outcome of a run.
    public struct Report: Sendable {
        public var overall = Score()
        public var byCategory: [String: Score] = [:]
        public var misses: [Miss] = []
    }

    private let linter: Linter

    public init(linter: Linter) {
        self.linter = linter
    }

    /// Reads every `.jsonl` file of `directory`. Errors name the file and line.
    public static func entries(inDirectory directory: String) throws(NoteLintError) -> [(Entry, SourceOrigin)] {
        var entries: [(Entry, SourceOrigin)] = []
        let decoder = JSONDecoder()
        for (path, text) in try CorpusFiles.texts(endingIn: ".jsonl", inDirectory: directory, folder: "corpus folder") {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.trimmed.isEmpty {
                let origin = SourceOrigin(file: path, line: index + 1)
                guard let entry = try? decoder.decode(Entry.self, from: Data(line.utf8)), ["flag", "clean"].contains(entry.expect) else {
                    throw NoteLintError.input(path: path, problem: "line \(index + 1): not a corpus entry ({\"text\", \"expect\": flag|clean, \"category\"})")
                }
                entries.append((entry, origin))
            }
        }
        return entries
    }

    /// Scores `entries`.
    public func evaluate(_ entries: [(Entry, SourceOrigin)]) -> Report {
        var report = Report()
        for (entry, origin) in entries {
            let findings = linter.lint(entry.text)
            let flagged = !findings.isEmpty
            report.overall.add(shouldFlag: entry.shouldFlag, flagged: flagged)
            report.byCategory[entry.category, default: Score()].add(shouldFlag: entry.shouldFlag, flagged: flagged)
            if flagged != entry.shouldFlag {
                report.misses.append(Miss(entry: entry, origin: origin, findings: findings.map { "\($0.ruleID) '\($0.match)'" }))
            }
        }
        return report
    }
}
