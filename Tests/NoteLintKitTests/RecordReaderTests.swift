import Foundation
import Testing
@testable import NoteLintKit

/// A temporary folder of export fixtures, removed when the test ends.
private final class Fixtures {
    let folder = NSTemporaryDirectory() + "notelint-records-\(UUID().uuidString)"

    init() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    /// Writes `bytes` to the file `name` and returns its path.
    func write(_ bytes: [UInt8], to name: String) -> String {
        let path = folder + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    func write(_ text: String, to name: String) -> String { write(Array(text.utf8), to: name) }
}

/// The block sizes each fixture is read with: tiny ones cut records, quotes, CRLFs and UTF-8
/// characters across blocks.
private let blockSizes = [1, 2, 3, 5, 16, 1 << 20]

/// Everything `next()` gives for the file at `path`.
private func readAll(_ path: String, _ format: RecordReader.Format, text: String? = nil, id: String? = nil, blockSize: Int = 1 << 20,
                     maxRecordSize: Int = 64 << 20) throws(InputProblem) -> [Result<NoteRecord, InputProblem>] {
    var reader = try RecordReader(path: path, format: format, textColumn: text, idColumn: id, blockSize: blockSize, maxRecordSize: maxRecordSize)
    var results: [Result<NoteRecord, InputProblem>] = []
    while let result = reader.next() { results.append(result) }
    #expect(reader.next() == nil, "more after the end")
    return results
}

/// Expects the same results at every block size.
private func expectRecords(_ path: String, _ format: RecordReader.Format, text: String? = nil, id: String? = nil, maxRecordSize: Int = 64 << 20,
                           _ expected: [Result<NoteRecord, InputProblem>], sourceLocation: SourceLocation = #_sourceLocation) throws {
    for blockSize in blockSizes {
        let results = try readAll(path, format, text: text, id: id, blockSize: blockSize, maxRecordSize: maxRecordSize)
        #expect(results == expected, "block size \(blockSize)", sourceLocation: sourceLocation)
    }
}

/// The problem `init` throws for the file at `path`, or nil.
private func openingProblem(_ path: String, _ format: RecordReader.Format, text: String? = nil, id: String? = nil) -> InputProblem? {
    do {
        _ = try RecordReader(path: path, format: format, textColumn: text, idColumn: id, blockSize: 16)
        return nil
    } catch {
        return error
    }
}

private func record(_ number: Int, line: Int, id: String? = nil, _ text: String) -> Result<NoteRecord, InputProblem> {
    .success(NoteRecord(number: number, line: line, id: id, text: text))
}

private func problem(_ path: String, _ message: String) -> Result<NoteRecord, InputProblem> {
    .failure(InputProblem(path: path, message: message))
}

@Suite struct RecordReaderTests {
    // MARK: CSV

    @Test func readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws {
        let fixtures = try Fixtures()
        let path = fixtures.write("""
        id,date,author,notes
        1,2024-03-01,A. Worker,"Mr Hale pushed Ms Hale; the children heard it, and ""Dad"" shouted."
        2,2024-03-02,"Worker, B.","Visit.
        Ms Hale said she felt safe.

        She asked for support."
        3,2024-03-03,C. Worker,Plain note: no quotes needed.
        4,2024-03-04,D. Worker,""

        """, to: "notes.csv")
        try expectRecords(path, .csv, id: "id", [
            record(1, line: 2, id: "1", "Mr Hale pushed Ms Hale; the children heard it, and \"Dad\" shouted."),
            record(2, line: 3, id: "2", "Visit.\nMs Hale said she felt safe.\n\nShe asked for support."),
            record(3, line: 7, id: "3", "Plain note: no quotes needed."),
        ])
    }

    @Test func readsCRLFAndABareLastLine() throws {
        let fixtures = try Fixtures()
        let path = fixtures.write("id,notes\r\n7,\"Ms Hale said she felt safe.\r\nShe asked for support.\"\r\n8,Mr Hale left.\r\n9,\"Quoted, last, no line break\"", to: "crlf.csv")
        try expectRecords(path, .csv, id: "id", [
            record(1, line: 2, id: "7", "Ms Hale said she felt safe.\r\nShe asked for support."),
            record(2, line: 4, id: "8", "Mr Hale left."),
            record(3, line: 5, id: "9", "Quoted, last, no line break"),
        ])
    }

    @Test func stripsAByteOrderMarkAndMatchesTheHeaderIgnoringCase() throws {
        let fixtures = try Fixtures()
        let path = fixtures.write([0xEF, 0xBB, 0xBF] + Array("Case ID,Case Note\nC-1,Zoë’s mother said “he shouted”.\n".utf8), to: "bom.csv")
        try expectRecords(path, .csv, text: "case note", id: "CASE id", [record(1, line: 2, id: "C-1", "Zoë’s mother said “he shouted”.")])
        // Without a name, "Case Note" is the usual name case_note.
        try expectRecords(path, .csv, [record(1, line: 2, "Zoë’s mother said “he shouted”.")])
    }

    @Test func guessesTheNoteColumnInTheOrderOfTheUsualNames() throws {
        let fixtures = try Fixtures()
        // "notes" comes before "description" in the list, though not in the file.
        let path = fixtures.write("id,description,Notes\n5,Home visit,Ms Hale said she felt safe.\n", to: "guess.csv")
        try expectRecords(path, .csv, [record(1, line: 2, "Ms Hale said she felt safe.")])
        #expect(RecordReader.usualTextColumns.prefix(2) == ["notes", "note"])
    }

    @Test func namesTheColumnsWhenTheNoteColumnIsMissing() throws {
        let fixtures = try Fixtures()
        let path = fixtures.write("id,date,author,text\n1,2024-01-01,A. Worker,Visit.\n", to: "columns.csv")
        #expect(openingProblem(path, .csv, text: "notes") == InputProblem(path: path, message: "no column named 'notes' (columns: id, date, author, text): use --text-column"))
        #expect(openingProblem(path, .csv, text: "text", id: "case_id") == InputProblem(path: path, message: "no column named 'case_id' (columns: id, date, author, text): use --id-column"))
        let unnamed = fixtures.write("id,date,summary\n1,2024-01-01,Visit.\n", to: "unnamed.csv")
        #expect(openingProblem(unnamed, .csv) == InputProblem(path: unnamed, message: "no note column found (columns: id, date, summary); looked for "
            + RecordReader.usualTextColumns.joined(separator: ", ") + ": use --text-column"))
    }

    @Test func reportsARaggedRowWithItsRowAndLineAndGoesOn() throws {
        let fixtures = try Fixtures()
        let path = fixtures.write("""
        id,date,notes
        1,2024-01-01,"First note,
        on two lines."
        2,2024-01-02
        3,2024-01-03,Third note.,extra
        4,2024-01-04,Fourth note.

        """, to: "ragged.csv")
        try expectRecords(path, .csv, id: "id", [
            record(1, line: 2, id: "1", "First note,\non two lines."),
            problem(path, "row 2 (line 4): 2 fields where the header has 3: skipped"),
            problem(path, "row 3 (line 5): 4 fields where the header has 3: skipped"),
            record(4, line: 6, id: "4", "Fourth note."),
        ])
    }

    @Test func reportsAQuoteLeftOpenAtTheEndOfTheFile() throws {
        let fixtures = try Fixtures()
        let path = fixtures.write("id,notes\n1,First note.\n2,\"Second note runs on\n3,Third note.\n", to: "open.csv")
        try expectRecords(path, .csv, [
            record(1, line: 2, "First note."),
            problem(path, "row 2 (line 3): a quoted field opened on line 3 runs to the end of the file (a stray '\"'?): skipped"),
        ])
        let header = fixtures.write("id,\"notes\n1,First note.\n", to: "open-header.csv")
        #expect(openingProblem(header, .csv) == InputProblem(path: header, message: "line 1: the header has a quoted field, opened on line 1, that runs to the end of the file"))
    }

    @Test func skipsBlankLinesAndEmptyNotesButCountsTheirRecords() throws {
        let fixtures = try Fixtures()
        let path = fixtures.write("id,notes\n\n1,First.\n   \n2,\"  \n \"\n3,Third.\n\n", to: "blank.csv")
        try expectRecords(path, .csv, id: "id", [record(1, line: 3, id: "1", "First."), record(3, line: 7, id: "3", "Third.")])
    }

    @Test func keepsAnEmptyIdAsNone() throws {
        let fixtures = try Fixtures()
        let path = fixtures.write("notes,id\nMr Hale shouted.,\nMs Hale left., 12 \n", to: "ids.csv")
        try expectRecords(path, .csv, id: "id", [record(1, line: 2, "Mr Hale shouted."), record(2, line: 3, id: "12", "Ms Hale left.")])
    }

    @Test func readsARecordLongerThanABlock() throws {
        let fixtures = try Fixtures()
        let long = String(repeating: "Mr Hale pushed Ms Hale; the children heard it. Zoë’s “worry” was noted. ", count: 40)
        let path = fixtures.write("id,notes\n1,\"\(long)\"\n2,Short.\n", to: "long.csv")
        for blockSize in [16, 17, 1 << 20] {
            #expect(try readAll(path, .csv, blockSize: blockSize) == [record(1, line: 2, long), record(2, line: 3, "Short.")])
        }
    }

    @Test func reportsInvalidUTF8InANoteWithItsLineAndGoesOn() throws {
        let fixtures = try Fixtures()
        let bytes = Array("id,notes\n1,\"First line\nZo".utf8) + [0xEB, 0x20] + Array("said no.\"\n2,Second.\n".utf8)
        let path = fixtures.write(bytes, to: "latin1.csv")
        try expectRecords(path, .csv, [
            problem(path, "row 1 (line 2): invalid UTF-8 in the 'notes' column (line 3): skipped; save the file as UTF-8"),
            record(2, line: 4, "Second."),
        ])
    }

    @Test func skipsRowsLongerThanTheLimitWithoutHoldingThem() throws {
        let fixtures = try Fixtures()
        let long = String(repeating: "Mr Hale shouted. ", count: 5)
        let path = fixtures.write("id,notes\n1,\"\(long)\"\n2,Short.\n3,\"A stray quote,\n\(long)\n4,Lost.\n", to: "long.csv")
        try expectRecords(path, .csv, maxRecordSize: 40, [
            problem(path, "row 1 (line 2): longer than 40 bytes: skipped"),
            record(2, line: 3, "Short."),
            problem(path, "row 3 (line 4): longer than 40 bytes (a quoted field opened on line 4 runs to the end of the file: a stray '\"'?): skipped"),
        ])
        let lines = fixtures.write("{\"text\": \"\(long)\"}\n{\"text\": \"Short.\"}\n{\"text\": \"\(long)\"}", to: "long.jsonl")
        try expectRecords(lines, .jsonl, maxRecordSize: 40, [
            problem(lines, "line 1: longer than 40 bytes: skipped"),
            record(2, line: 2, "Short."),
            problem(lines, "line 3: longer than 40 bytes: skipped"),
        ])
    }

    @Test func givesNoticesForEmptyFilesAndHeadersWithoutRecords() throws {
        let fixtures = try Fixtures()
        for (name, contents) in [("empty.csv", ""), ("blank.csv", "\n  \r\n"), ("bom.csv", "\u{FEFF}")] {
            let path = fixtures.write(contents, to: name)
            #expect(openingProblem(path, .csv) == InputProblem(path: path, message: "empty, nothing to check", kind: .notice), "\(name)")
        }
        let headerOnly = fixtures.write("id,notes\r\n\r\n", to: "header.csv")
        try expectRecords(headerOnly, .csv, [.failure(InputProblem(path: headerOnly, message: "no records after the header, nothing to check", kind: .notice))])
    }

    @Test func refusesBinaryAndMissingFiles() throws {
        let fixtures = try Fixtures()
        let binary = fixtures.write([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x0A], to: "export.csv")
        #expect(openingProblem(binary, .csv) == InputProblem(path: binary, message: "binary file, not text: skipped"))
        let utf16 = fixtures.write([0xFF, 0xFE, 0x69, 0x00, 0x64, 0x00], to: "utf16.jsonl")
        #expect(openingProblem(utf16, .jsonl) == InputProblem(path: utf16, message: "binary file, not text: skipped (it looks like UTF-16; convert it to UTF-8)"))
        #expect(openingProblem(fixtures.folder + "/missing.csv", .csv) == InputProblem(path: fixtures.folder + "/missing.csv", message: "no such file or directory"))
        #expect(openingProblem(fixtures.folder, .jsonl) == InputProblem(path: fixtures.folder, message: "is a directory"))
    }

    // MARK: JSONL

    @Test func readsJSONLinesAndReportsTheBadOnes() throws {
        let fixtures = try Fixtures()
        let path = fixtures.write("""
        {"id": 101, "note": "Mr Hale pushed Ms Hale; the children heard it."}
        not json at all
        {"id": "C-7", "text": "No note key here."}
        [1, 2]
        {"id": 3, "note": 42}
        {"id": 4, "note": null}
        {"id": 5, "note": " \\n "}

        {"id": 1e3, "note": "Ms Hale said she felt safe.\\nShe asked for “support”."}
        {"id": 2.5, "note": "Zoë was at school."}
        {"id": true, "note": "An id that is not an id."}
        {"note": "No id here."}

        """, to: "notes.jsonl")
        try expectRecords(path, .jsonl, id: "id", [
            record(1, line: 1, id: "101", "Mr Hale pushed Ms Hale; the children heard it."),
            problem(path, "line 2: not valid JSON: skipped"),
            problem(path, "line 3: no \"note\" key: skipped"),
            problem(path, "line 4: an array, not a JSON object: skipped"),
            problem(path, "line 5: \"note\" is a number, not a string: skipped"),
            record(8, line: 9, id: "1000", "Ms Hale said she felt safe.\nShe asked for “support”."),
            record(9, line: 10, id: "2.5", "Zoë was at school."),
            record(10, line: 11, "An id that is not an id."),
            record(11, line: 12, "No id here."),
        ])
    }

    @Test func findsTheJSONKeysInTheFirstObject() throws {
        let fixtures = try Fixtures()
        // Lines before the first object are reported in order, before its record.
        let path = fixtures.write("{broken\r\n\r\n{\"Case_ID\": 9, \"Narrative\": \"Ms Hale left.\"}\r\n{\"case_id\": \"10\", \"narrative\": true}\r\n", to: "keys.jsonl")
        try expectRecords(path, .jsonl, id: "case_id", [
            problem(path, "line 1: not valid JSON: skipped"),
            record(2, line: 3, id: "9", "Ms Hale left."),
            problem(path, "line 4: \"Narrative\" is true or false, not a string: skipped"),
        ])
        #expect(openingProblem(path, .jsonl, text: "notes") == InputProblem(path: path, message: "no key named 'notes' in the first record, line 3 (keys: Case_ID, Narrative): use --text-column"))
        #expect(openingProblem(path, .jsonl, id: "id") == InputProblem(path: path, message: "no key named 'id' in the first record, line 3 (keys: Case_ID, Narrative): use --id-column"))
        let unnamed = fixtures.write("{\"id\": 1, \"summary\": \"Visit.\"}\n", to: "unnamed.jsonl")
        #expect(openingProblem(unnamed, .jsonl) == InputProblem(path: unnamed, message: "no note key found in the first record, line 1 (keys: id, summary); looked for "
            + RecordReader.usualTextColumns.joined(separator: ", ") + ": use --text-column"))
    }

    @Test func reportsInvalidUTF8AndEmptyJSONL() throws {
        let fixtures = try Fixtures()
        let bytes = Array("{\"text\": \"Zo".utf8) + [0xEB] + Array("\"}\n{\"text\": \"Mr Hale shouted.\"}".utf8)
        let path = fixtures.write(bytes, to: "latin1.jsonl")
        try expectRecords(path, .jsonl, text: "text", [
            problem(path, "line 1: invalid UTF-8: skipped; save the file as UTF-8"),
            record(2, line: 2, "Mr Hale shouted."),
        ])
        let empty = fixtures.write(" \n\n\t\r\n", to: "empty.ndjson")
        #expect(openingProblem(empty, .jsonl) == InputProblem(path: empty, message: "empty, nothing to check", kind: .notice))
        let invalidOnly = fixtures.write("nope\n\n\"a string\"\n", to: "invalid.jsonl")
        try expectRecords(invalidOnly, .jsonl, [problem(invalidOnly, "line 1: not valid JSON: skipped"),
                                                problem(invalidOnly, "line 3: a string, not a JSON object: skipped")])
        // A CSV file read as JSONL is given up after the first records.
        let csv = fixtures.write("id,notes\n" + (1...30).map { "\($0),Note \($0).\n" }.joined(), to: "export.jsonl")
        #expect(openingProblem(csv, .jsonl) == InputProblem(path: csv, message: "the first 20 records (to line 20) are not JSON objects: is it a JSONL file?"))
    }

    @Test func mapsExtensionsToFormats() {
        #expect(RecordReader.format(forExtension: "csv") == .csv)
        #expect(RecordReader.format(forExtension: "CSV") == .csv)
        #expect(RecordReader.format(forExtension: ".jsonl") == .jsonl)
        #expect(RecordReader.format(forExtension: "ndjson") == .jsonl)
        #expect(RecordReader.format(forExtension: "json") == nil)
        #expect(RecordReader.format(forExtension: "txt") == nil)
    }
}
