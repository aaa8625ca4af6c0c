/// A self-contained HTML page for a training room: the note and its rewrite side by side,
/// paragraph by paragraph, with each flagged phrase marked and numbered, then what each
/// finding is, why it matters and where the guidance says so. Large type for a projector;
/// no scripts and nothing fetched from elsewhere (the page holds note text and must stay
/// where it is made).
public struct TrainingPage: Sendable {
    /// The rules, for each finding's rationale.
    private let rules: [String: Rule]

    public init(rules: [Rule]) {
        self.rules = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The page for the note `bytes` (shown as `title`) and its `findings`.
    public func render(title: String, bytes: [UInt8], findings: [Finding]) -> String {
        let findings = findings.sorted { ($0.byteRange.lowerBound, $0.byteRange.upperBound) < ($1.byteRange.lowerBound, $1.byteRange.upperBound) }
        let replacements = Rewriter.replacements(in: bytes, findings: findings)
        var html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>notelint: \(Self.escape(title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <h1>Before and after: \(Self.escape(title))</h1>
        <p class="summary">\(Self.summary(findings))</p>
        <table>
        <thead><tr><th>The note as written</th><th>Reworded (facts to supply are in [brackets])</th></tr></thead>
        <tbody>

        """
        for paragraph in Self.paragraphs(in: bytes) {
            html += "<tr><td>" + marked(bytes, paragraph, findings) + "</td><td>" + rewritten(bytes, paragraph, replacements) + "</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if !findings.isEmpty {
            html += "<h2>What was flagged, and why</h2>\n<ol class=\"findings\">\n"
            for finding in findings {
                html += explanation(of: finding)
            }
            html += "</ol>\n"
        }
        html += "<p class=\"footer\">Made by notelint. Suggestions are starting points: the facts in [brackets] come from the case.</p>\n</body>\n</html>\n"
        return html
    }

    // MARK: Parts

    /// The paragraph with each finding's match marked and numbered (overlapping matches share
    /// one mark).
    private func marked(_ bytes: [UInt8], _ paragraph: Range<Int>, _ findings: [Finding]) -> String {
        var spans: [(range: Range<Int>, numbers: [Int], severity: Severity)] = []
        for (index, finding) in findings.enumerated() {
            guard paragraph.contains(finding.byteRange.lowerBound) else { continue }
            let range = finding.byteRange.clamped(to: paragraph)
            if let last = spans.last, range.lowerBound < last.range.upperBound {
                spans[spans.count - 1].range = last.range.lowerBound..<max(last.range.upperBound, range.upperBound)
                spans[spans.count - 1].numbers.append(index + 1)
                spans[spans.count - 1].severity = max(last.severity, finding.severity)
            } else {
                spans.append((range, [index + 1], finding.severity))
            }
        }
        var html = ""
        var position = paragraph.lowerBound
        for span in spans {
            html += Self.text(bytes[position..<span.range.lowerBound])
            let numbers = span.numbers.map(String.init).joined(separator: ",")
            html += "<mark class=\"\(span.severity.rawValue)\">" + Self.text(bytes[span.range]) + "<sup>\(numbers)</sup></mark>"
            position = span.range.upperBound
        }
        return html + Self.text(bytes[position..<paragraph.upperBound])
    }

    /// The paragraph with its flagged sentences replaced by their rewordings.
    private func rewritten(_ bytes: [UInt8], _ paragraph: Range<Int>, _ replacements: [Rewriter.Replacement]) -> String {
        var html = ""
        var position = paragraph.lowerBound
        for replacement in replacements where paragraph.contains(replacement.range.lowerBound) {
            html += Self.text(bytes[position..<replacement.range.lowerBound])
            html += "<ins>" + Self.escape(replacement.text) + "</ins>"
            position = min(replacement.range.upperBound, paragraph.upperBound)
        }
        return html + Self.text(bytes[position..<paragraph.upperBound])
    }

    /// One finding's entry in the list under the table.
    private func explanation(of finding: Finding) -> String {
        var html = "<li><p><span class=\"badge \(finding.severity.rawValue)\">\(finding.severity.rawValue)</span> "
        html += "<q>\(Self.escape(finding.match))</q> (line \(finding.start.line)): <strong>\(Self.escape(finding.message))</strong> "
        html += "<code>\(Self.escape(finding.ruleID))</code></p>\n"
        if let rule = rules[finding.ruleID] {
            html += "<p>Why: \(Self.escape(rule.rationale.trimmingSpaces))</p>\n"
        }
        if let suggestion = finding.suggestions.first {
            html += "<p>Try: <ins>\(Self.escape(suggestion))</ins></p>\n"
        }
        html += "<p class=\"source\">Source: \(Self.escape(finding.source))</p></li>\n"
        return html
    }

    private static func summary(_ findings: [Finding]) -> String {
        guard !findings.isEmpty else { return "Nothing flagged." }
        let counts = Severity.allCases.reversed().compactMap { severity -> String? in
            let count = findings.filter { $0.severity == severity }.count
            return count == 0 ? nil : "\(count) \(severity.rawValue)\(count == 1 ? "" : "s")"
        }
        return "\(findings.count) flagged phrase\(findings.count == 1 ? "" : "s"): " + counts.joined(separator: ", ") + "."
    }

    // MARK: Text

    /// The paragraphs of `bytes`: runs of text between blank lines.
    static func paragraphs(in bytes: [UInt8]) -> [Range<Int>] {
        var paragraphs: [Range<Int>] = []
        var start: Int? = nil
        var lineStart = 0
        var lineIsBlank = true
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A {
                if lineIsBlank, let open = start {
                    paragraphs.append(open..<lineStart)
                    start = nil
                }
                lineStart = index + 1
                lineIsBlank = true
            } else if byte != 0x20 && byte != 0x09 && byte != 0x0D {
                if start == nil { start = lineStart }
                lineIsBlank = false
            }
        }
        if let open = start { paragraphs.append(open..<bytes.count) }
        return paragraphs.map { range in
            var end = range.upperBound
            while end > range.lowerBound, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[end - 1]) { end -= 1 }
            return range.lowerBound..<end
        }
    }

    /// Note text as HTML: escaped, with its line breaks kept.
    private static func text(_ bytes: ArraySlice<UInt8>) -> String {
        escape(String(decoding: bytes, as: UTF8.self)).replacingLineBreaks
    }

    /// `text` with the characters HTML gives a meaning escaped.
    static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static let style = """
    body{font:20px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:90rem;padding:0 1rem;color:#111;background:#fff}\
    h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2rem}\
    table{border-collapse:collapse;width:100%;table-layout:fixed}\
    th,td{border:1px solid #999;padding:.6rem .8rem;vertical-align:top;text-align:left}th{background:#eee}\
    mark{padding:0 .1em;border-radius:.2em}mark.error{background:#f8b4b4}mark.warning{background:#fde68a}mark.suggestion{background:#c7d2fe}\
    sup{font-size:.65em;font-weight:bold;margin-left:.1em}ins{text-decoration:none;background:#bbf7d0}\
    .badge{font-size:.8em;font-weight:bold;text-transform:uppercase;padding:0 .3em;border-radius:.2em}\
    .badge.error{background:#f8b4b4}.badge.warning{background:#fde68a}.badge.suggestion{background:#c7d2fe}\
    .findings li{margin-bottom:1rem}.findings p{margin:.2rem 0}.source,.footer,.summary{color:#444;font-size:.85em}\
    @media print{body{font-size:12pt}}
    """
}

extension String {
    /// The string with line breaks as `<br>` (for note text in a table cell).
    fileprivate var replacingLineBreaks: String {
        split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }.joined(separator: "<br>\n")
    }

    /// The string without spaces and line breaks at either end.
    fileprivate var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\n" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\n" }) else { return "" }
        return String(scalars[first...last])
    }
}
