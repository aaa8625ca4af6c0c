/// Reads the notes of a CSV or JSONL export of case records one record at a time, in blocks,
/// so that memory holds one record and one block however large the file. A record may be up
/// to 64 MB long (a longer one is reported).
///
/// CSV (RFC 4180): the first row is a header naming the columns; fields may be quoted, with
/// `""` for a quote and line breaks inside; CRLF or LF; a UTF-8 byte-order mark is skipped;
/// blank lines are skipped. JSONL: one JSON object per line; blank lines are skipped.
///
/// Problems with one record are returned in its place and reading goes on with the next; a
/// problem with the whole file (missing, binary, empty, no note column) is thrown by `init`.
/// A record whose note is empty or only white space (or null, in JSONL) is skipped silently.
public struct RecordReader {
    /// The kind of export.
    public enum Format: String, Sendable {
        case csv, jsonl
    }

    /// The usual names of the note column (CSV) or key (JSONL), most likely first: when none
    /// is named, the first of these that the file has is used, ignoring case and taking a
    /// space or a hyphen for an underscore.
    public static let usualTextColumns = NoteColumns.usualTextNames

    /// The format of a file with the extension `pathExtension` (`csv`; `jsonl` or `ndjson`;
    /// any case, with or without the dot), or nil.
    public static func format(forExtension pathExtension: String) -> Format? {
        var name = pathExtension.lowercased()
        if name.hasPrefix(".") { name.removeFirst() }
        switch name {
        case "csv": return .csv
        case "jsonl", "ndjson": return .jsonl
        default: return nil
        }
    }

    /// The path as given.
    public let path: String
    /// The format the file is read as.
    public let format: Format
    private var source: any RecordSource
    private let input: BlockInput

    /// Opens `path`; `textColumn` names the column (CSV header) or key (JSONL) holding the
    /// note, matched exactly or else ignoring case; nil picks the first of
    /// ``usualTextColumns`` the file has, and fails with a message listing the columns if it
    /// has none. `idColumn` optionally names the record id column, which must exist (in
    /// JSONL, in the first object). Throws for a missing, unreadable, binary or empty file
    /// (empty is a notice).
    public init(path: String, format: Format, textColumn: String?, idColumn: String?, blockSize: Int = 1 << 20) throws(InputProblem) {
        try self.init(path: path, format: format, textColumn: textColumn, idColumn: idColumn, blockSize: blockSize, maxRecordSize: 64 << 20)
    }

    /// Opens `path`, with a record longer than `maxRecordSize` bytes reported and skipped
    /// rather than held in memory (in CSV, a stray quote can make the rest of the file one record).
    init(path: String, format: Format, textColumn: String?, idColumn: String?, blockSize: Int, maxRecordSize: Int) throws(InputProblem) {
        self.path = path
        self.format = format
        let input = try BlockInput(path: path, blockSize: blockSize, maxRecordSize: maxRecordSize)
        self.input = input
        switch format {
        case .csv: source = try CSVRecordReader(input: input, textColumn: textColumn, idColumn: idColumn)
        case .jsonl: source = try JSONLRecordReader(input: input, textColumn: textColumn, idColumn: idColumn)
        }
    }

    /// The next record; a problem for a record that cannot be read (a ragged row, a line that
    /// is not JSON, a record without the text column), after which reading goes on with the
    /// next record; nil at the end. A file with a header and no records gives a notice.
    public mutating func next() -> Result<NoteRecord, InputProblem>? {
        source.next()
    }

    /// How far into the file the reader has read, in bytes (to the end of the block in hand):
    /// for showing progress through a large export.
    public var bytesRead: Int { input.blockOffset + input.count }
}
