/// One note taken from a record of a CSV or JSONL export.
public struct NoteRecord: Sendable, Equatable {
    /// The record's number among the file's records, from 1 (the CSV header is not a record).
    public var number: Int
    /// The line of the file where the record starts, from 1.
    public var line: Int
    /// The value of the id column, if one was asked for and the record has it.
    public var id: String?
    /// The note's text (UTF-8).
    public var text: String

    public init(number: Int, line: Int, id: String? = nil, text: String) {
        self.number = number
        self.line = line
        self.id = id
        self.text = text
    }
}
