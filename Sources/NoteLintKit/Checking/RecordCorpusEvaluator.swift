import Foundation

/// Measures the catalogue against labelled whole case records (`Corpus/records/*.txt`): for
/// each record, the phrases that must be found and the findings nobody asked for.
///
/// A record file holds records separated by a line `=== NOTE ===`. In a record, a line
/// `# expect: <phrase>` names a phrase (copied from the record; spacing may differ) that some
/// finding must overlap, `# expect: none` says the record should raise nothing, other lines
/// starting `# ` are comments, and every other line is the record's text.
public struct RecordCorpusEvaluator {
    /// One labelled record.
    public struct Record: Sendable {
        public var text: String
        /// Where each expected phrase is in `text` (UTF-8 byte offsets), with the phrase.
        public var expected: [(phrase: String, bytes: Range<Int>)]
        public var origin: SourceOrigin
    }

    /// An expected phrase no finding overlapped, or a finding that overlapped none.
    public struct Miss: Sendable, CustomStringConvertible {
        public var origin: SourceOrigin
        /// The expected phrase, or nil for a finding nobody asked for.
        public var phrase: String?
        /// The unexpected finding: its rule and match.
        public var finding: String?

        public var description: String {
            if let phrase { return "\(origin): missed: \(phrase)" }
            return "\(origin): extra: \(finding ?? "")"
        }
    }

    /// The outcome of a run.
    public struct Report: Sendable {
        public var records = 0
        public var expectedPhrases = 0
        public var foundPhrases = 0
        public var findings = 0
        public var extraFindings = 0
        public var misses: [Miss] = []

        /// Of the expected phrases, the share some finding overlapped.
        public var recall: Double { expectedPhrases == 0 ? 1 : Double(foundPhrases) / Double(expectedPhrases) }
        /// Of the findings, the share that overlapped no expected phrase.
        public var extraShare: Double { findings == 0 ? 0 : Double(extraFindings) / Double(findings) }
    }

    /// The line that separates records.
    static let separator = "=== NOTE ==="
    private static let expectation = "# expect:"

    private let linter: Linter

    public init(linter: Linter) {
        self.linter = linter
    }

    /// Reads every `.txt` file of `directory` (none if the folder does not exist). Errors name
    /// the file and line: an expected phrase that is not in its record is a broken fixture.
    public static func records(inDirectory directory: String) throws(NoteLintError) -> [Record] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        var records: [Record] = []
        for (path, text) in try CorpusFiles.texts(endingIn: ".txt", inDirectory: directory, folder: "record folder") {
            records += try parse(text, path: path)
        }
        return records
    }

    /// The records of one file's `text`.
    static func parse(_ text: String, path: String) throws(NoteLintError) -> [Record] {
        var records: [Record] = []
        var body: [Substring] = []
        var phrases: [(String, line: Int)] = []
        var start = 1
        func close() throws(NoteLintError) {
            let recordText = body.joined(separator: "\n")
            defer { body = []; phrases = [] }
            guard !recordText.trimmed.isEmpty else {
                if !phrases.isEmpty { throw NoteLintError.input(path: path, problem: "line \(start): expectations without a record") }
                return
            }
            var expected: [(phrase: String, bytes: Range<Int>)] = []
            for (phrase, line) in phrases where phrase != "none" {
                guard let bytes = byteRange(of: phrase, in: recordText) else {
                    throw NoteLintError.input(path: path, problem: "line \(line): expected phrase not in its record: \(phrase)")
                }
                expected.append((phrase, bytes))
            }
            records.append(Record(text: recordText, expected: expected, origin: SourceOrigin(file: path, line: start)))
        }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmed == separator {
                try close()
                start = index + 2
            } else if line.hasPrefix(expectation) {
                phrases.append((String(line.dropFirst(expectation.count)).trimmed, index + 1))
            } else if !line.hasPrefix("# ") {
                body.append(line)
            }
        }
        try close()
        return records
    }

    /// The UTF-8 byte range of the first occurrence of `phrase`'s words in `text`, with any
    /// whitespace between them.
    private static func byteRange(of phrase: String, in text: String) -> Range<Int>? {
        let words = phrase.split(whereSeparator: \.isWhitespace).map { NSRegularExpression.escapedPattern(for: String($0)) }
        guard !words.isEmpty, let regex = try? NSRegularExpression(pattern: words.joined(separator: "\\s+")),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let range = Range(match.range, in: text) else { return nil }
        return text.utf8.distance(from: text.startIndex, to: range.lowerBound)..<text.utf8.distance(from: text.startIndex, to: range.upperBound)
    }

    /// Scores `records`.
    public func evaluate(_ records: [Record]) -> Report {
        var report = Report()
        for record in records {
            let findings = linter.lint(record.text)
            report.records += 1
            report.findings += findings.count
            for (phrase, bytes) in record.expected {
                report.expectedPhrases += 1
                if findings.contains(where: { $0.byteRange.overlaps(bytes) }) {
                    report.foundPhrases += 1
                } else {
                    report.misses.append(Miss(origin: record.origin, phrase: phrase))
                }
            }
            for finding in findings where !record.expected.contains(where: { finding.byteRange.overlaps($0.bytes) }) {
                report.extraFindings += 1
                let match = finding.match.split(whereSeparator: \.isWhitespace).joined(separator: " ")
                report.misses.append(Miss(origin: record.origin, finding: "\(finding.ruleID) '\(match)'"))
            }
        }
        return report
    }
}
