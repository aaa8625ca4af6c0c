/// Writes findings as CSV (RFC 4180: comma-separated, fields with commas, quotes or line
/// breaks quoted, CRLF between rows), one row per finding, for spreadsheets and audit
/// tools. The first suggestion only; the header names the columns. For a note from a record
/// of a CSV or JSONL export, the last three columns say which record (else they are empty).
public struct CSVReporter: Sendable {
    /// The columns, in order.
    public static let columns = ["path", "line", "column", "endLine", "endColumn", "byteOffset", "byteLength",
                                 "rule", "category", "severity", "match", "message", "suggestion", "source",
                                 "record", "recordLine", "recordID"]

    public init() {}

    /// The header row.
    public func header() -> String {
        CSVRow.line(Self.columns)
    }

    /// The rows of one report's findings.
    public func rows(of report: FileReport) -> String {
        var text = ""
        for finding in report.findings {
            text += CSVRow.line([
                report.path, String(finding.start.line), String(finding.start.column), String(finding.end.line),
                String(finding.end.column), String(finding.byteRange.lowerBound), String(finding.byteRange.count),
                finding.ruleID, finding.category, finding.severity.rawValue, finding.match, finding.message,
                finding.suggestions.first ?? "", finding.source,
                report.record.map { String($0.number) } ?? "", report.record.map { String($0.line) } ?? "", report.record?.id ?? "",
            ])
        }
        return text
    }
}

/// One row of CSV text.
enum CSVRow {
    /// `fields` as one CSV row ending in CRLF, each quoted if it must be.
    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    /// `value` as a CSV field: quoted (with quotes doubled) if it holds a comma, a quote, a
    /// line break, or spaces at either end.
    static func field(_ value: String) -> String {
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || value.first == " " || value.last == " "
        guard needsQuotes else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
