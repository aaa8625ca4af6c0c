/// Where a note taken from a record of a CSV or JSONL export sits in its file: findings in
/// it are placed by the record, then by line and column within the note's own text.
public struct RecordPlace: Sendable, Equatable {
    /// The record's number among the file's records, from 1 (a CSV header is not a record).
    public var number: Int
    /// The line of the file where the record starts, from 1.
    public var line: Int
    /// The record's id (the value of `--id-column`), if asked for and present.
    public var id: String?

    public init(number: Int, line: Int, id: String? = nil) {
        self.number = number
        self.line = line
        self.id = id
    }

    /// How a location names the record: its id if it has one, else its number.
    public var label: String { id ?? String(number) }
}
