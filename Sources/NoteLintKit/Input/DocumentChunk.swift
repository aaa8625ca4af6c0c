/// A piece of a document that is linted on its own: a whole small file, or a block of a large
/// one cut at a paragraph break (so that no sentence and no quotation is split).
public struct DocumentChunk: Sendable {
    /// The path the user gave (or `<stdin>`).
    public var path: String
    /// The chunk's bytes: valid UTF-8.
    public var bytes: [UInt8]
    /// Where the chunk starts in the document, in bytes.
    public var byteOffset: Int
    /// How many lines of the document come before the chunk.
    public var lineOffset: Int
    /// True for the document's first chunk (which may hold a front-matter header).
    public var isFirst: Bool
    /// True for the document's last chunk.
    public var isLast: Bool
    /// Roles declared in the document's front matter (read from its first chunk).
    public var declaredPeople: [String: Role] = [:]
    /// For a note from a record of a CSV or JSONL export: which record.
    public var record: RecordPlace? = nil

    public init(path: String, bytes: [UInt8], byteOffset: Int = 0, lineOffset: Int = 0, isFirst: Bool = true, isLast: Bool = true) {
        self.path = path
        self.bytes = bytes
        self.byteOffset = byteOffset
        self.lineOffset = lineOffset
        self.isFirst = isFirst
        self.isLast = isLast
    }
}
