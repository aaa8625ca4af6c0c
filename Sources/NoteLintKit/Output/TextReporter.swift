/// Prints findings like a compiler: `path:line:col: severity: message [rule-id]`, then the
/// line with the match underlined, then the first suggestion.
public struct TextReporter: Sendable {
    /// Whether to use ANSI colour.
    public var colour: Bool
    /// How many suggestions to show under each finding.
    public var suggestionCount: Int
    /// The widest part of a line shown around a match, in scalars.
    public static let lineWindow = 120

    public init(colour: Bool, suggestionCount: Int = 1) {
        self.colour = colour
        self.suggestionCount = suggestionCount
    }

    /// The text for one file's findings.
    public func render(_ report: FileReport) -> String {
        guard !report.findings.isEmpty else { return "" }
        let lines = LineIndex(report.bytes)
        var output = ""
        for finding in report.findings {
            let location = "\(report.location):\(finding.start.line):\(finding.start.column):"
            output += paint(location, .bold) + " " + paint("\(finding.severity.rawValue):", colourOf(finding.severity))
            output += " " + paint(finding.message, .bold) + " " + paint("[\(finding.ruleID)]", .dim) + "\n"
            output += excerpt(of: finding, in: report.bytes, at: finding.byteRange.lowerBound - report.byteOffset, lines: lines)
            for suggestion in finding.suggestions.prefix(suggestionCount) {
                output += "    " + paint("suggestion:", .cyan) + " " + suggestion + "\n"
            }
        }
        return output
    }

    /// The closing summary: counts by severity.
    public func summary(counts: [Severity: Int], files: Int) -> String {
        let total = counts.values.reduce(0, +)
        let parts = Severity.allCases.reversed().compactMap { severity -> String? in
            guard let count = counts[severity], count > 0 else { return nil }
            return "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        let fileWord = files == 1 ? "file" : "files"
        return total == 0 ? "no findings in \(files) \(fileWord)" : "\(parts.joined(separator: ", ")) in \(files) \(fileWord)"
    }

    private func excerpt(of finding: Finding, in bytes: [UInt8], at offset: Int, lines: LineIndex) -> String {
        let lineRange = lines.lineRange(containing: offset)
        let line = Array(String(decoding: bytes[lineRange], as: UTF8.self).unicodeScalars)
        let startColumn = finding.start.column - 1
        let endColumn = finding.end.line == finding.start.line ? max(finding.end.column - 1, startColumn + 1) : line.count
        var from = 0
        var to = line.count
        if line.count > Self.lineWindow {
            from = max(0, min(startColumn - 30, line.count - Self.lineWindow))
            to = min(line.count, from + Self.lineWindow)
        }
        let shown = line[from..<to].map { $0 == "\t" ? "\t" : ($0.value < 0x20 ? " " : String($0)) }
        var marker = ""
        for (offset, scalar) in line[from..<min(to, startColumn)].enumerated() where offset >= 0 {
            marker += scalar == "\t" ? "\t" : " "
        }
        let width = max(1, min(endColumn, to) - max(startColumn, from))
        marker += "^" + String(repeating: "~", count: width - 1)
        let prefix = from > 0 ? "…" : ""
        let suffix = to < line.count ? "…" : ""
        return "    " + prefix + shown.joined() + suffix + "\n    " + (from > 0 ? " " : "") + paint(marker, .green) + "\n"
    }

    private enum Style: String {
        case bold = "1", dim = "2", red = "1;31", yellow = "1;33", cyan = "36", green = "1;32", magenta = "1;35"
    }

    private func colourOf(_ severity: Severity) -> Style {
        switch severity {
        case .error: .red
        case .warning: .yellow
        case .suggestion: .magenta
        }
    }

    private func paint(_ text: String, _ style: Style) -> String {
        colour ? "\u{1B}[\(style.rawValue)m\(text)\u{1B}[0m" : text
    }
}
