/// The findings of one linted document, with what a reporter needs to show them.
public struct FileReport: Sendable {
    /// The path as given by the user.
    public var path: String
    /// The document's bytes (for showing the matched line).
    public var bytes: [UInt8]
    /// The findings at or above the reporting threshold, in document order.
    public var findings: [Finding]

    public init(path: String, bytes: [UInt8], findings: [Finding]) {
        self.path = path
        self.bytes = bytes
        self.findings = findings
    }
}
