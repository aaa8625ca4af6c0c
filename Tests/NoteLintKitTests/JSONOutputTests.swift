import Foundation
import Testing
@testable import NoteLintKit

@Suite struct JSONOutputTests {
    /// What `JSONEncoder` writes for the same data, as the reference.
    private func reference<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func stringsAreEscapedExactlyAsJSONEncoderEscapesThem() throws {
        var everyASCII = ""
        for value in 0..<0x80 { everyASCII.unicodeScalars.append(Unicode.Scalar(UInt8(value))) }
        for text in [everyASCII, "Zoë’s “safety plan” – agreed 😀 / \\ \u{2028}", "", "\"", "a\nb\tc\u{0}"] {
            var written: [UInt8] = []
            JSONText.appendString(text, to: &written)
            #expect(String(decoding: written, as: UTF8.self) == (try reference(text)))
        }
    }

    /// Escapes anywhere in a long string: the writer passes over blocks of eight bytes.
    @Test func escapesAreFoundAtEveryOffset() throws {
        let pieces = ["a", "Zoë", "\"", "\\", "\n", "\u{1}", "\u{1F}", " ", "’", "~", "\u{7F}"]
        for text in randomTexts(of: pieces, count: 2_000, maxPieces: 40, seed: 0x15_0E) {
            var written: [UInt8] = []
            JSONText.appendString(text, to: &written)
            #expect(String(decoding: written, as: UTF8.self) == (try reference(text)), "\(text.debugDescription)")
        }
    }

    private struct Member: Encodable {
        var a: Int
        var b: Bool
        var c: [String]
        var d: Inner
        var e: String
    }

    private struct Inner: Encodable {
        var x: String
    }

    @Test func objectsMatchTheEncodersCompactOutput() throws {
        var json = JSONText()
        json.open()
        json.key("a", Int.min)
        json.key("b", true)
        json.key("c", ["one", "t\"wo", ""])
        json.key("d")
        json.open()
        json.key("x", "in/side")
        json.close()
        json.key("e", "end")
        json.close()
        #expect(json.text == (try reference(Member(a: Int.min, b: true, c: ["one", "t\"wo", ""], d: Inner(x: "in/side"), e: "end"))))
        for number in [0, 7, -1, 10, 100, 909, 1_000_000, -4_020, 1_234_567_890, Int.max, Int.min] {
            var bytes: [UInt8] = []
            JSONText.appendDecimal(number, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(number))
        }
    }

    @Test func aWholeReportParsesWithTheDocumentedFields() throws {
        let linter = try makeLinter()
        let note = "Ms Hale failed to protect the children.\nThere was a domestic incident."
        let findings = linter.lint(note)
        #expect(findings.count >= 2)
        let report = FileReport(path: "notes/a \"b\".txt", bytes: Array(note.utf8), findings: findings)
        let reporter = JSONReporter()
        let text = reporter.opening() + "\n" + reporter.findings(of: report)
            + reporter.closing(files: 1, problems: [InputProblem(path: "x\\y", message: "bad\nbyte", kind: .error)])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let written = try #require(document["findings"] as? [[String: Any]])
        #expect(written.count == findings.count)
        let first = try #require(written.first)
        #expect(Set(first.keys) == ["byteLength", "byteOffset", "category", "column", "context", "endColumn", "endLine", "line",
                                    "match", "message", "path", "rule", "severity", "source", "suggestions"])
        #expect(first["path"] as? String == "notes/a \"b\".txt")
        let errors = try #require(document["errors"] as? [[String: String]])
        #expect(errors == [["message": "bad\nbyte", "path": "x\\y"]])
        #expect(document["files"] as? Int == 1)
    }
}
