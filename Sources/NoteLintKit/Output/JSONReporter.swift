import Foundation

/// Writes findings as JSON in the documented, stable schema (README, "JSON output"), as a
/// stream: the opening, each finding on its own line as it is found, then the closing with
/// the errors and the file count, so that memory does not grow with the input.
public struct JSONReporter: Sendable {
    /// The schema version; bumped only on incompatible changes.
    public static let schemaVersion = 1

    public init() {}

    /// One finding as written in JSON.
    struct JSONFinding: Encodable {
        var path: String
        var line: Int
        var column: Int
        var endLine: Int
        var endColumn: Int
        var byteOffset: Int
        var byteLength: Int
        var rule: String
        var category: String
        var severity: String
        var message: String
        var match: String
        var suggestions: [String]
        var source: String
        var context: JSONContext
    }

    struct JSONContext: Encodable {
        var quoted: Bool
        var reported: Bool
        var negated: Bool
        var mention: Bool
        var subject: String
    }

    struct JSONError: Encodable {
        var path: String
        var message: String
    }

    /// The text that opens the document.
    public func opening() -> String {
        "{\n\"version\": \(Self.schemaVersion),\n\"findings\": ["
    }

    /// The findings of one report, one compact JSON object each; the caller joins them with
    /// `,\n` between `opening()` and `closing(files:problems:)`.
    public func findings(of report: FileReport) -> [String] {
        report.findings.map { finding in
            Self.encode(JSONFinding(
                path: report.path, line: finding.start.line, column: finding.start.column,
                endLine: finding.end.line, endColumn: finding.end.column,
                byteOffset: finding.byteRange.lowerBound, byteLength: finding.byteRange.count,
                rule: finding.ruleID, category: finding.category, severity: finding.severity.rawValue,
                message: finding.message, match: finding.match, suggestions: finding.suggestions, source: finding.source,
                context: JSONContext(quoted: finding.context.quoted, reported: finding.context.reported,
                                     negated: finding.context.negated, mention: finding.context.mention,
                                     subject: finding.context.subject.rawValue)))
        }
    }

    /// The text that closes the document.
    public func closing(files: Int, problems: [InputProblem]) -> String {
        let errors = problems.filter { $0.kind == .error }.map { JSONError(path: $0.path, message: $0.message) }
        return "\n],\n\"errors\": \(Self.encode(errors)),\n\"files\": \(files)\n}"
    }

    /// Compact, key-sorted JSON for any encodable value.
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
