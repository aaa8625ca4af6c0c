/// Writes findings as JSON in the documented, stable schema (README, "JSON output"), as a
/// stream: the opening, each finding on its own line as it is found, then the closing with
/// the errors and the file count, so that memory does not grow with the input.
public struct JSONReporter: Sendable {
    /// The schema version; bumped only on incompatible changes.
    public static let schemaVersion = 1

    public init() {}

    /// The text that opens the document.
    public func opening() -> String {
        "{\n\"version\": \(Self.schemaVersion),\n\"findings\": ["
    }

    /// The findings of one report, one compact JSON object each (keys sorted, as
    /// `JSONEncoder` with `.sortedKeys` writes them) with `,\n` between them; the caller joins
    /// reports the same way between `opening()` and `closing(files:problems:)`. Written by
    /// hand into one buffer: this is the hot end of a batch run, and the general encoder
    /// costs more than linting.
    public func findings(of report: FileReport) -> String {
        // A finding takes about 600 bytes; reserving spares the buffer's regrowth.
        var json = JSONText(capacity: report.findings.count * 768)
        for (index, finding) in report.findings.enumerated() {
            if index > 0 { json.raw(",\n") }
            json.open()
            json.key("byteLength", finding.byteRange.count)
            json.key("byteOffset", finding.byteRange.lowerBound)
            json.key("category", finding.category)
            json.key("column", finding.start.column)
            json.key("context")
            json.open()
            json.key("critiqued", finding.context.critiqued)
            json.key("mention", finding.context.mention)
            json.key("negated", finding.context.negated)
            json.key("quoted", finding.context.quoted)
            json.key("reported", finding.context.reported)
            json.key("subject", finding.context.subject.rawValue)
            json.close()
            json.key("endColumn", finding.end.column)
            json.key("endLine", finding.end.line)
            json.key("line", finding.start.line)
            json.key("match", finding.match)
            json.key("message", finding.message)
            json.key("path", report.path)
            if let record = report.record {
                json.openObject("record")
                if let id = record.id { json.key("id", id) }
                json.key("line", record.line)
                json.key("number", record.number)
                json.close()
            }
            json.key("rule", finding.ruleID)
            json.key("severity", finding.severity.rawValue)
            json.key("source", finding.source)
            json.key("suggestions", finding.suggestions)
            json.close()
        }
        return json.text
    }

    /// The text that closes the document.
    public func closing(files: Int, problems: [InputProblem]) -> String {
        var errors = "["
        for (index, problem) in problems.filter({ $0.kind == .error }).enumerated() {
            var json = JSONText()
            json.open()
            json.key("message", problem.message)
            json.key("path", problem.path)
            json.close()
            errors += (index > 0 ? "," : "") + json.text
        }
        return "\n],\n\"errors\": \(errors)],\n\"files\": \(files)\n}"
    }
}
