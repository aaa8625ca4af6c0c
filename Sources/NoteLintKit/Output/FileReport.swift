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

    public init(path: String, bytes: [UInt8], byteOffset: Int = 0, findings: [Finding]) {
        self.path = path
        self.bytes = bytes
        self.byteOffset = byteOffset
        self.findings = findings
    }
}
