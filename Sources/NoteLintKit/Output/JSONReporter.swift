import Foundation

/// Writes findings as JSON in the documented, stable schema (README, "JSON output").
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

    struct Document: Encodable {
        var version: Int
        var files: Int
        var findings: [JSONFinding]
        var errors: [JSONError]
    }

    /// The JSON document for a whole run.
    public func render(_ reports: [FileReport], problems: [InputProblem]) -> String {
        let findings = reports.flatMap { report in
            report.findings.map { finding in
                JSONFinding(path: report.path, line: finding.start.line, column: finding.start.column,
                            endLine: finding.end.line, endColumn: finding.end.column,
                            byteOffset: finding.byteRange.lowerBound, byteLength: finding.byteRange.count,
                            rule: finding.ruleID, category: finding.category, severity: finding.severity.rawValue,
                            message: finding.message, match: finding.match, suggestions: finding.suggestions,
                            source: finding.source,
                            context: JSONContext(quoted: finding.context.quoted, reported: finding.context.reported,
                                                 negated: finding.context.negated, mention: finding.context.mention,
                                                 subject: finding.context.subject.rawValue))
            }
        }
        let document = Document(version: Self.schemaVersion, files: reports.count, findings: findings,
                                errors: problems.filter { $0.kind == .error }.map { JSONError(path: $0.path, message: $0.message) })
        return Self.encode(document)
    }

    /// Pretty, key-sorted JSON for any encodable value.
    static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
