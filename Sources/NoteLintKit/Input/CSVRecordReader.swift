import Foundation

/// Reads the note records of a CSV export: the first row is the header, which names the
/// columns; each later row is a record, whose note is in the text column.
///
/// A row with more or fewer fields than the header, a quoted field left open at the end of
/// the file, a row longer than ``BlockInput/maxRecordSize``, or a note that is not UTF-8 is
/// reported and skipped, and reading goes on. A record whose note is empty or only white
/// space is skipped silently. An id is trimmed (empty is none); one that is not UTF-8 is read
/// with replacement characters rather than losing the note.
struct CSVRecordReader: RecordSource {
    private let path: String
    private let maxRecordSizeText: String
    private var scanner: CSVRowScanner
    private let columnCount: Int
    private let textIndex: Int
    private let textName: String
    private let idIndex: Int?
    private var number = 0
    private var done = false

    /// Reads the header of `input` and finds the note's column (`textColumn`, or a usual
    /// name) and the id column.
    init(input: BlockInput, textColumn: String?, idColumn: String?) throws(InputProblem) {
        path = input.path
        maxRecordSizeText = input.maxRecordSizeText
        scanner = CSVRowScanner(input: input)
        guard try scanner.nextRow() else { throw InputProblem(path: path, message: "empty, nothing to check", kind: .notice) }
        let header = scanner.row
        if let quoteLine = header.unclosedQuoteLine {
            throw InputProblem(path: path, message: "line \(header.line): the header has a quoted field, opened on line \(quoteLine), that runs to the end of the file")
        }
        if header.isTooLong {
            throw InputProblem(path: path, message: "line \(header.line): the header is longer than \(maxRecordSizeText): is it a CSV file?")
        }
        let names = (0..<header.fieldCount).map {
            String(decoding: header.bytes[header.range(ofField: $0)], as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        columnCount = names.count
        textIndex = try NoteColumns.textIndex(textColumn, in: names, path: path, noun: "column")
        textName = names[textIndex]
        if let idColumn {
            idIndex = try NoteColumns.idIndex(idColumn, in: names, path: path, noun: "column")
        } else {
            idIndex = nil
        }
    }

    mutating func next() -> Result<NoteRecord, InputProblem>? {
        while !done {
            do {
                guard try scanner.nextRow() else {
                    done = true
                    return number == 0 ? .failure(InputProblem(path: path, message: "no records after the header, nothing to check", kind: .notice)) : nil
                }
            } catch {
                done = true
                return .failure(error)
            }
            number += 1
            let row = scanner.row
            let place = "row \(number) (line \(row.line))"
            if row.isTooLong {
                let cause = row.unclosedQuoteLine.map { " (a quoted field opened on line \($0) runs to the end of the file: a stray '\"'?)" } ?? ""
                return .failure(InputProblem(path: path, message: "\(place): longer than \(maxRecordSizeText)\(cause): skipped"))
            }
            if let quoteLine = row.unclosedQuoteLine {
                return .failure(InputProblem(path: path, message: "\(place): a quoted field opened on line \(quoteLine) runs to the end of the file (a stray '\"'?): skipped"))
            }
            guard row.fieldCount == columnCount else {
                let fields = row.fieldCount == 1 ? "1 field" : "\(row.fieldCount) fields"
                return .failure(InputProblem(path: path, message: "\(place): \(fields) where the header has \(columnCount): skipped"))
            }
            let textRange = row.range(ofField: textIndex)
            let textBytes = Array(row.bytes[textRange])
            if let invalid = DocumentReader.firstInvalidUTF8Offset(textBytes) {
                let line = row.line(atOffset: textRange.lowerBound + invalid)
                return .failure(InputProblem(path: path, message: "\(place): invalid UTF-8 in the '\(textName)' column (line \(line)): skipped; save the file as UTF-8"))
            }
            let text = String(decoding: textBytes, as: UTF8.self)
            if text.allSatisfy(\.isWhitespace) { continue }
            var id: String?
            if let idIndex {
                let value = String(decoding: row.bytes[row.range(ofField: idIndex)], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                id = value.isEmpty ? nil : value
            }
            return .success(NoteRecord(number: number, line: row.line, id: id, text: text))
        }
        return nil
    }
}
