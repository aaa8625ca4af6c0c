/// Writes findings as SARIF 2.1.0, the format code-scanning tools read, as a stream: the
/// opening with the tool and every rule, each report's results as they come, then the
/// closing with the run's input problems as notifications.
///
/// Columns count Unicode scalars (`columnKind` is `unicodeCodePoints`) and start at 1; each
/// region also gives the match's UTF-8 byte offset and length. Severities map to levels:
/// error to `error`, warning to `warning`, suggestion to `note`.
public struct SARIFReporter: Sendable {
    /// The catalogue's rules, in order (a result's `ruleIndex` is its rule's place here).
    private let rules: [Rule]
    private let ruleIndex: [String: Int]
    private let toolVersion: String

    /// The SARIF version written.
    public static let sarifVersion = "2.1.0"
    /// Where the SARIF 2.1.0 schema is published.
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

    public init(rules: [Rule], toolVersion: String) {
        self.rules = rules
        self.toolVersion = toolVersion
        ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The text that opens the log, up to the start of the results array.
    public func opening() -> String {
        var json = JSONText(capacity: rules.count * 1024)
        json.open()
        json.key("$schema", Self.schemaURI)
        json.key("version", Self.sarifVersion)
        json.openArray("runs")
        json.openElement()
        json.openObject("tool")
        json.openObject("driver")
        json.key("name", "notelint")
        json.key("version", toolVersion)
        json.key("semanticVersion", toolVersion)
        json.openArray("rules")
        for rule in rules {
            json.openElement()
            json.key("id", rule.id)
            json.openObject("shortDescription")
            json.key("text", rule.message)
            json.close()
            json.openObject("fullDescription")
            json.key("text", rule.rationale)
            json.close()
            json.openObject("help")
            json.key("text", ([rule.rationale, "Source: " + rule.source] + rule.suggestions.map { "Suggestion: " + $0 }).joined(separator: "\n"))
            json.close()
            json.openObject("defaultConfiguration")
            json.key("level", Self.level(of: rule.severity))
            json.close()
            json.openObject("properties")
            json.key("category", rule.category)
            json.key("source", rule.source)
            json.key("tags", [rule.category])
            json.close()
            json.close()
        }
        json.closeArray()
        json.close()
        json.close()
        json.key("columnKind", "unicodeCodePoints")
        json.openArray("results")
        return json.text
    }

    /// The results of one report, one compact JSON object each with `,\n` between them; the
    /// caller joins reports the same way between ``opening()`` and ``closing(problems:)``.
    public func results(of report: FileReport) -> String {
        var json = JSONText(capacity: report.findings.count * 768)
        let uri = Self.uri(for: report.path)
        for (index, finding) in report.findings.enumerated() {
            if index > 0 { json.raw(",\n") }
            json.open()
            json.key("ruleId", finding.ruleID)
            if let index = ruleIndex[finding.ruleID] { json.key("ruleIndex", index) }
            json.key("level", Self.level(of: finding.severity))
            json.openObject("message")
            json.key("text", finding.message)
            json.close()
            json.openArray("locations")
            json.openElement()
            json.openObject("physicalLocation")
            json.openObject("artifactLocation")
            json.key("uri", uri)
            json.close()
            json.openObject("region")
            if let record = report.record {
                // Lines and columns are within the record's note, not the file: the region
                // is the record's first line, and the place in the note is a property.
                json.key("startLine", record.line)
            } else {
                json.key("startLine", finding.start.line)
                json.key("startColumn", finding.start.column)
                json.key("endLine", finding.end.line)
                json.key("endColumn", finding.end.column)
                json.key("byteOffset", finding.byteRange.lowerBound)
                json.key("byteLength", finding.byteRange.count)
            }
            json.openObject("snippet")
            json.key("text", finding.match)
            json.close()
            json.close()
            json.close()
            if let record = report.record {
                json.openArray("logicalLocations")
                json.openElement()
                json.key("name", "record " + record.label)
                json.key("kind", "element")
                json.close()
                json.closeArray()
            }
            json.close()
            json.closeArray()
            json.openObject("properties")
            if let record = report.record {
                json.key("record", record.number)
                if let id = record.id { json.key("recordId", id) }
                json.key("noteLine", finding.start.line)
                json.key("noteColumn", finding.start.column)
            }
            json.key("category", finding.category)
            json.key("severity", finding.severity.rawValue)
            json.key("source", finding.source)
            json.key("suggestions", finding.suggestions)
            json.close()
            json.close()
        }
        return json.text
    }

    /// The text that closes the log: the invocation, with each input problem as a
    /// notification (errors as `error`, notices as `note`).
    public func closing(problems: [InputProblem]) -> String {
        var json = JSONText()
        json.closeArray()
        json.openArray("invocations")
        json.openElement()
        json.key("executionSuccessful", !problems.contains { $0.kind == .error })
        json.openArray("toolExecutionNotifications")
        for problem in problems {
            json.openElement()
            json.key("level", problem.kind == .error ? "error" : "note")
            json.openObject("message")
            json.key("text", problem.message)
            json.close()
            json.openArray("locations")
            json.openElement()
            json.openObject("physicalLocation")
            json.openObject("artifactLocation")
            json.key("uri", Self.uri(for: problem.path))
            json.close()
            json.close()
            json.close()
            json.closeArray()
            json.close()
        }
        json.closeArray()
        json.close()
        json.closeArray()
        json.close()
        json.closeArray()
        json.close()
        return "\n" + json.text + "\n"
    }

    /// The SARIF level of `severity`.
    static func level(of severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .suggestion: "note"
        }
    }

    /// `path` as a URI reference: percent-encoded where a URI needs it (spaces, `#`, `%`…),
    /// relative if the path is; standard input is `stdin`.
    static func uri(for path: String) -> String {
        if path == "<stdin>" { return "stdin" }
        var uri = path.hasPrefix("/") ? "file://" : ""
        for byte in path.utf8 {
            if unreserved[Int(byte)] {
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                uri += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return uri
    }

    /// Per byte: true if it stands for itself in a path of a URI (RFC 3986 unreserved
    /// characters, `/` and a few sub-delimiters).
    private static let unreserved: [Bool] = (0..<256).map { byte in
        guard byte < 0x80 else { return false }
        let scalar = Character(Unicode.Scalar(UInt8(byte)))
        return scalar.isLetter || scalar.isNumber || "-._~/!$&'()*+,;=@".contains(scalar)
    }
}

extension String {
    /// The string with `0`s in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
