import Foundation
import Testing
@testable import NoteLintKit

/// SARIF, CSV and the audit counts (stats and compare).
@Suite struct ReportingTests {
    private func report(_ text: String, path: String = "note.txt") throws -> FileReport {
        let linter = try makeLinter()
        let bytes = Array(text.utf8)
        return FileReport(path: path, bytes: bytes, findings: linter.lint(DocumentChunk(path: path, bytes: bytes)))
    }

    @Test func sarifIsOneValidLogWithRulesResultsAndProblems() throws {
        let catalogue = try Catalogue.bundled()
        let reporter = SARIFReporter(rules: catalogue.rules, toolVersion: "9.9.9")
        let report = try report("Ms Hale failed to protect the children.\n\nThe parents have a volatile relationship.\n")
        #expect(report.findings.count == 2)
        let text = reporter.opening() + "\n" + reporter.results(of: report)
            + reporter.closing(problems: [InputProblem(path: "gone.txt", message: "no such file or directory")])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.count == catalogue.rules.count)
        #expect(driver["version"] as? String == "9.9.9")
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 2)
        for (result, finding) in zip(results, report.findings) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == finding.ruleID)
            #expect(result["ruleId"] as? String == finding.ruleID)
            #expect(result["level"] as? String == SARIFReporter.level(of: finding.severity))
            let location = try #require((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
            let region = try #require(location["region"] as? [String: Any])
            #expect(region["startLine"] as? Int == finding.start.line)
            #expect(region["startColumn"] as? Int == finding.start.column)
            #expect((region["startColumn"] as? Int ?? 0) >= 1)
            #expect((location["artifactLocation"] as? [String: Any])?["uri"] as? String == "note.txt")
        }
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        let notification = try #require((invocation["toolExecutionNotifications"] as? [[String: Any]])?.first)
        #expect(notification["level"] as? String == "error")
    }

    @Test func sarifURIsArePercentEncoded() {
        #expect(SARIFReporter.uri(for: "notes/case 12#a.txt") == "notes/case%2012%23a.txt")
        #expect(SARIFReporter.uri(for: "/srv/Zoë.txt") == "file:///srv/Zo%C3%AB.txt")
        #expect(SARIFReporter.uri(for: "a:b.txt") == "a%3Ab.txt")
        #expect(SARIFReporter.uri(for: "<stdin>") == "stdin")
    }

    @Test func csvFieldsAreQuotedOnlyWhenTheyMustBe() {
        #expect(CSVRow.field("plain") == "plain")
        #expect(CSVRow.field("a, b") == "\"a, b\"")
        #expect(CSVRow.field("say \"no\"") == "\"say \"\"no\"\"\"")
        #expect(CSVRow.field("two\nlines") == "\"two\nlines\"")
        #expect(CSVRow.field(" padded") == "\" padded\"")
        #expect(CSVRow.line(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
    }

    @Test func csvHasARowPerFindingUnderTheHeader() throws {
        let report = try report("The parents have a volatile relationship, and Ms Hale failed to protect the children.\n")
        let reporter = CSVReporter()
        let rows = reporter.rows(of: report).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(reporter.header() == CSVReporter.columns.joined(separator: ",") + "\r\n")
        #expect(rows.count == report.findings.count)
        #expect(rows.first?.hasPrefix("note.txt,1,") == true)
    }

    @Test func wordsAreRunsWithALetterOrDigit() {
        #expect(WordCounter.count(Array("".utf8)) == 0)
        #expect(WordCounter.count(Array("Mr Hale pushed Ms Hale.".utf8)) == 5)
        #expect(WordCounter.count(Array("  Zoë (7) – Łukasz\t•  ok\r\n".utf8)) == 4)
        #expect(WordCounter.count(Array("one\ntwo\n\nthree".utf8)) == 3)
    }

    @Test func aTallyJoinsTheBlocksOfOneDocument() throws {
        let finding = try #require(try report("Ms Hale failed to protect the children.").findings.first)
        var tally = FindingTally()
        tally.add(path: "big.txt", startsDocument: true, words: 100, findings: [finding])
        tally.add(path: "big.txt", startsDocument: false, words: 50, findings: [finding])
        tally.add(path: "small.txt", startsDocument: true, words: 10, findings: [])
        #expect(tally.documents.map(\.path) == ["big.txt", "small.txt"])
        #expect(tally.documents.map(\.words) == [150, 10])
        #expect(tally.documents.map(\.findings) == [2, 0])
        #expect(tally.words == 160)
        #expect(tally.rules == [finding.ruleID: 2])
        #expect(tally.categories == [finding.category: 2])
        #expect(TallyReporter.rate(2, words: 160) == "12.50")
        #expect(TallyReporter.rate(1, words: 0) == "0.00")
        #expect(1_234_567.groupedInThousands == "1,234,567")
        #expect((-1_000).groupedInThousands == "-1,000")
    }

    @Test func aComparisonGivesTheChangeInRate() throws {
        let finding = try #require(try report("Ms Hale failed to protect the children.").findings.first)
        var before = FindingTally(), after = FindingTally()
        before.add(path: "a.txt", startsDocument: true, words: 1000, findings: [finding, finding, finding, finding])
        after.add(path: "b.txt", startsDocument: true, words: 2000, findings: [finding, finding])
        let csv = TallyReporter(categories: [finding.category, "other"], format: .csv)
            .comparison(before: before, after: after, names: ("a", "b"))
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "kind,name,before,after,beforePer1000Words,afterPer1000Words,change")
        #expect(lines[1] == "total,all findings,4,2,4.00,1.00,-75%")
        #expect(lines[2] == "category,\(finding.category),4,2,4.00,1.00,-75%")
        #expect(lines[3] == "category,other,0,0,0.00,0.00,0%")
        #expect(lines[4] == "rule,\(finding.ruleID),4,2,4.00,1.00,-75%")
        let json = TallyReporter(categories: [finding.category], format: .json).comparison(before: after, after: before, names: ("b", "a"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let category = try #require((object["categories"] as? [[String: Any]])?.first)
        #expect(category["change"] as? String == "+300%")
        #expect((object["before"] as? [String: Any])?["words"] as? Int == 2000)
    }
}

/// The trainer's before-and-after page.
@Suite struct TrainingPageTests {
    @Test func marksEachFindingAndRewordsItsSentence() throws {
        let catalogue = try Catalogue.bundled()
        let text = "Visit to Ms Hale <b>at home</b>.\n\nMs Hale failed to protect the children. The parents have a volatile relationship.\n\nAmy (6) is doing well at school.\n"
        let bytes = Array(text.utf8)
        let findings = try makeLinter().lint(DocumentChunk(path: "note.txt", bytes: bytes))
        #expect(findings.count == 2)
        let page = TrainingPage(rules: catalogue.rules).render(title: "note <1>.txt", bytes: bytes, findings: findings)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("<title>notelint: note &lt;1&gt;.txt</title>"))
        #expect(page.contains("&lt;b&gt;at home&lt;/b&gt;"))
        #expect(!page.contains("<b>at home"))
        #expect(page.components(separatedBy: "<mark ").count - 1 == 2)
        #expect(page.contains("<mark class=\"error\">failed to protect<sup>1</sup></mark>"))
        #expect(page.components(separatedBy: "<tr><td>").count - 1 == 3)
        #expect(page.components(separatedBy: "<ins>").count - 1 == 2 + 2)
        let rationale = try #require(catalogue.rules.first { $0.id == "failure-to-protect" }?.rationale)
        #expect(page.contains(TrainingPage.escape(String(rationale.prefix(40)))))
        #expect(!page.contains("<script") && !page.contains("http"))
    }

    @Test func paragraphsAreRunsBetweenBlankLines() {
        let bytes = Array("one\ntwo\n\n  \nthree\r\n\r\nfour".utf8)
        let paragraphs = TrainingPage.paragraphs(in: bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
        #expect(paragraphs == ["one\ntwo", "three", "four"])
    }
}
