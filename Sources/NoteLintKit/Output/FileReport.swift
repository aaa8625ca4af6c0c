/// The findings of one linted document, with what a reporter needs to show them.
public struct FileReport: Sendable {
    /// The path as given by the user.
    public var path: String
    /// The document's bytes, or the chunk of it that holds the findings (for showing the
    /// matched line).
    public var bytes: [UInt8]
    /// Where `bytes` start in the document.
    public var byteOffset: Int
    /// The findings at or above the reporting threshold, in document order.
    public var findings: [Finding]
    /// For a note from a record of a CSV or JSONL export: which record (the findings' lines
    /// and columns are then within the note's text).
    public var record: RecordPlace?

    public init(path: String, bytes: [UInt8], byteOffset: Int = 0, findings: [Finding], record: RecordPlace? = nil) {
        self.path = path
        self.bytes = bytes
        self.byteOffset = byteOffset
        self.findings = findings
        self.record = record
    }

    /// The path as locations show it: for a record, the file and the record (`export.csv#12`,
    /// or its id: `export.csv#A-1043`).
    public var location: String {
        guard let record else { return path }
        return path + "#" + record.label
    }
}
