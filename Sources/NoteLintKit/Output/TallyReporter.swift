/// Writes a ``FindingTally`` for an audit (counts per file, per category and per rule, and
/// rates per 1,000 words), or two tallies side by side (a set of notes before and after
/// training), as text tables, JSON or CSV.
public struct TallyReporter: Sendable {
    /// The output formats.
    public enum Format: String, Sendable, CaseIterable {
        case text, json, csv
    }

    /// Every category, in the order to show them (those without findings too).
    public var categories: [String]
    public var format: Format

    public init(categories: [String], format: Format) {
        self.categories = categories
        self.format = format
    }

    // MARK: One set

    /// The audit summary of one set of notes.
    public func summary(_ tally: FindingTally) -> String {
        switch format {
        case .text: summaryText(tally)
        case .json: summaryJSON(tally)
        case .csv: summaryCSV(tally)
        }
    }

    private func summaryText(_ tally: FindingTally) -> String {
        var documents = TextTable(headers: ["file", "words", "findings", "per 1,000 words", "most frequent category"],
                                  rightAligned: [1, 2, 3])
        for document in tally.documents {
            let top = document.categories.max { ($0.value, $1.key) < ($1.value, $0.key) }
            documents.add([document.path, document.words.groupedInThousands, document.findings.groupedInThousands,
                           Self.rate(document.findings, words: document.words), top.map { "\($0.key) (\($0.value))" } ?? ""])
        }
        documents.add([tally.documents.count == 1 ? "total (1 file)" : "total (\(tally.documents.count.groupedInThousands) files)", tally.words.groupedInThousands, tally.findings.groupedInThousands,
                       Self.rate(tally.findings, words: tally.words), ""])
        var byCategory = TextTable(headers: ["category", "findings", "per 1,000 words", "files with any", "share"], rightAligned: [1, 2, 3, 4])
        for category in categories {
            let count = tally.categories[category] ?? 0
            let files = tally.documents.filter { ($0.categories[category] ?? 0) > 0 }.count
            byCategory.add([category, count.groupedInThousands, Self.rate(count, words: tally.words), files.groupedInThousands, Self.share(count, of: tally.findings)])
        }
        var byRule = TextTable(headers: ["rule", "findings", "per 1,000 words"], rightAligned: [1, 2])
        for (rule, count) in Self.ranked(tally.rules).prefix(Self.rulesShown) {
            byRule.add([rule, count.groupedInThousands, Self.rate(count, words: tally.words)])
        }
        var text = documents.text + "\n" + byCategory.text
        if !tally.rules.isEmpty {
            text += "\nmost frequent rules" + (tally.rules.count > Self.rulesShown ? " (\(Self.rulesShown) of \(tally.rules.count))" : "") + "\n" + byRule.text
        }
        return text
    }

    private func summaryJSON(_ tally: FindingTally) -> String {
        var json = JSONText()
        json.open()
        json.key("version", JSONReporter.schemaVersion)
        json.openObject("totals")
        writeTotals(tally, into: &json)
        json.close()
        json.openArray("files")
        for document in tally.documents {
            json.openElement()
            json.key("path", document.path)
            json.key("words", document.words)
            json.key("findings", document.findings)
            json.key("per1000Words", number: Self.rate(document.findings, words: document.words))
            writeCounts("categories", document.categories, into: &json)
            writeCounts("severities", Dictionary(uniqueKeysWithValues: document.severities.map { ($0.key.rawValue, $0.value) }), into: &json)
            json.close()
        }
        json.closeArray()
        json.openArray("categories")
        for category in categories {
            let count = tally.categories[category] ?? 0
            json.openElement()
            json.key("category", category)
            json.key("findings", count)
            json.key("per1000Words", number: Self.rate(count, words: tally.words))
            json.key("files", tally.documents.filter { ($0.categories[category] ?? 0) > 0 }.count)
            json.close()
        }
        json.closeArray()
        writeCounts("rules", tally.rules, into: &json)
        json.close()
        return json.text + "\n"
    }

    private func summaryCSV(_ tally: FindingTally) -> String {
        var text = CSVRow.line(["path", "words", "findings", "per1000Words"] + categories)
        for document in tally.documents {
            text += CSVRow.line([document.path, String(document.words), String(document.findings), Self.rate(document.findings, words: document.words)]
                + categories.map { String(document.categories[$0] ?? 0) })
        }
        return text + CSVRow.line(["(all files)", String(tally.words), String(tally.findings), Self.rate(tally.findings, words: tally.words)]
            + categories.map { String(tally.categories[$0] ?? 0) })
    }

    // MARK: Two sets

    /// The two sets side by side: counts and rates per category and per rule, and the change
    /// in rate from `before` to `after`.
    public func comparison(before: FindingTally, after: FindingTally, names: (before: String, after: String)) -> String {
        let rows = [Row(name: "all findings", before: before.findings, after: after.findings)]
            + categories.map { Row(name: $0, before: before.categories[$0] ?? 0, after: after.categories[$0] ?? 0) }
        let rules = Set(before.rules.keys).union(after.rules.keys).sorted().map {
            Row(name: $0, before: before.rules[$0] ?? 0, after: after.rules[$0] ?? 0)
        }
        switch format {
        case .text:
            return comparisonText(rows: rows, rules: rules, before: before, after: after, names: names)
        case .json:
            var json = JSONText()
            json.open()
            json.key("version", JSONReporter.schemaVersion)
            writeSet("before", label: names.before, before, into: &json)
            writeSet("after", label: names.after, after, into: &json)
            writeRows("categories", itemKey: "category", Array(rows.dropFirst()), before: before, after: after, into: &json)
            writeRows("rules", itemKey: "rule", rules, before: before, after: after, into: &json)
            json.close()
            return json.text + "\n"
        case .csv:
            var text = CSVRow.line(["kind", "name", "before", "after", "beforePer1000Words", "afterPer1000Words", "change"])
            for (kind, list) in [("total", [rows[0]]), ("category", Array(rows.dropFirst())), ("rule", rules)] {
                for row in list {
                    text += CSVRow.line([kind, row.name, String(row.before), String(row.after), Self.rate(row.before, words: before.words),
                                         Self.rate(row.after, words: after.words), Self.change(row, before: before, after: after)])
                }
            }
            return text
        }
    }

    private func comparisonText(rows: [Row], rules: [Row], before: FindingTally, after: FindingTally,
                                names: (before: String, after: String)) -> String {
        var sets = TextTable(headers: ["", "files", "words", "findings", "per 1,000 words"], rightAligned: [1, 2, 3, 4])
        for (label, tally) in [("before: " + names.before, before), ("after: " + names.after, after)] {
            sets.add([label, tally.documents.count.groupedInThousands, tally.words.groupedInThousands, tally.findings.groupedInThousands, Self.rate(tally.findings, words: tally.words)])
        }
        var table = TextTable(headers: ["category", "before", "after", "rate before", "rate after", "change"], rightAligned: [1, 2, 3, 4, 5])
        for row in rows {
            table.add([row.name, row.before.groupedInThousands, row.after.groupedInThousands, Self.rate(row.before, words: before.words),
                       Self.rate(row.after, words: after.words), Self.change(row, before: before, after: after)])
        }
        var text = sets.text + "\nrates are findings per 1,000 words; the change is in the rate\n\n" + table.text
        let moved = rules.filter { $0.before != $0.after }.sorted {
            let left = abs(Self.rateValue($0.after, after) - Self.rateValue($0.before, before))
            let right = abs(Self.rateValue($1.after, after) - Self.rateValue($1.before, before))
            return left != right ? left > right : $0.name < $1.name
        }
        if !moved.isEmpty {
            var ruleTable = TextTable(headers: ["rule", "before", "after", "rate before", "rate after", "change"], rightAligned: [1, 2, 3, 4, 5])
            for row in moved.prefix(Self.rulesShown) {
                ruleTable.add([row.name, row.before.groupedInThousands, row.after.groupedInThousands, Self.rate(row.before, words: before.words),
                               Self.rate(row.after, words: after.words), Self.change(row, before: before, after: after)])
            }
            text += "\nrules that changed most" + (moved.count > Self.rulesShown ? " (\(Self.rulesShown) of \(moved.count))" : "") + "\n" + ruleTable.text
        }
        return text
    }

    // MARK: Helpers

    /// One line of a comparison.
    private struct Row {
        var name: String
        var before: Int
        var after: Int
    }

    /// How many rules the text tables list.
    static let rulesShown = 10

    private func writeSet(_ name: StaticString, label: String, _ tally: FindingTally, into json: inout JSONText) {
        json.openObject(name)
        json.key("path", label)
        writeTotals(tally, into: &json)
        json.close()
    }

    private func writeRows(_ name: StaticString, itemKey: StaticString, _ rows: [Row], before: FindingTally, after: FindingTally,
                           into json: inout JSONText) {
        json.openArray(name)
        for row in rows {
            json.openElement()
            json.key(itemKey, row.name)
            json.key("before", row.before)
            json.key("after", row.after)
            json.key("beforePer1000Words", number: Self.rate(row.before, words: before.words))
            json.key("afterPer1000Words", number: Self.rate(row.after, words: after.words))
            json.key("change", Self.change(row, before: before, after: after))
            json.close()
        }
        json.closeArray()
    }

    private func writeTotals(_ tally: FindingTally, into json: inout JSONText) {
        json.key("files", tally.documents.count)
        json.key("words", tally.words)
        json.key("findings", tally.findings)
        json.key("per1000Words", number: Self.rate(tally.findings, words: tally.words))
        writeCounts("severities", Dictionary(uniqueKeysWithValues: tally.severities.map { ($0.key.rawValue, $0.value) }), into: &json)
    }

    private func writeCounts(_ name: StaticString, _ counts: [String: Int], into json: inout JSONText) {
        json.key(name)
        json.open()
        for (key, value) in counts.sorted(by: { $0.key < $1.key }) {
            json.dynamicKey(key, value)
        }
        json.close()
    }

    private static func ranked(_ counts: [String: Int]) -> [(String, Int)] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    private static func rateValue(_ count: Int, _ tally: FindingTally) -> Double {
        FindingTally.rate(count, words: tally.words)
    }

    /// A rate per 1,000 words with two decimals.
    static func rate(_ count: Int, words: Int) -> String {
        let hundredths = (FindingTally.rate(count, words: words) * 100).rounded()
        let whole = Int(hundredths) / 100, fraction = Int(hundredths) % 100
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// The change in rate from before to after, as a signed percentage ("-42%"), "new" when
    /// there was none before, or "0%".
    private static func change(_ row: Row, before: FindingTally, after: FindingTally) -> String {
        let old = rateValue(row.before, before), new = rateValue(row.after, after)
        if old == 0 { return new == 0 ? "0%" : "new" }
        let percent = Int(((new - old) / old * 100).rounded())
        return (percent > 0 ? "+" : "") + "\(percent)%"
    }

    private static func share(_ count: Int, of total: Int) -> String {
        total == 0 ? "0%" : "\(Int((Double(count) * 100 / Double(total)).rounded()))%"
    }

}
