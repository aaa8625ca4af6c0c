/// Builds compact JSON text by hand, escaping strings exactly as `JSONEncoder` does with
/// `.withoutEscapingSlashes` (a test compares the two), for output written in bulk.
struct JSONText {
    private(set) var text = ""
    /// Whether the object being written needs a comma before its next member.
    private var needsComma = false

    /// Opens an object (`{`).
    mutating func open() {
        text.append("{")
        needsComma = false
    }

    /// Closes an object (`}`).
    mutating func close() {
        text.append("}")
        needsComma = true
    }

    /// Writes a member name; the value must follow (for nested objects).
    mutating func key(_ name: String) {
        if needsComma { text.append(",") }
        Self.appendString(name, to: &text)
        text.append(":")
        needsComma = false
    }

    mutating func key(_ name: String, _ value: String) {
        key(name)
        Self.appendString(value, to: &text)
        needsComma = true
    }

    mutating func key(_ name: String, _ value: Int) {
        key(name)
        text.append(String(value))
        needsComma = true
    }

    mutating func key(_ name: String, _ value: Bool) {
        key(name)
        text.append(value ? "true" : "false")
        needsComma = true
    }

    mutating func key(_ name: String, _ values: [String]) {
        key(name)
        text.append("[")
        for (index, value) in values.enumerated() {
            if index > 0 { text.append(",") }
            Self.appendString(value, to: &text)
        }
        text.append("]")
        needsComma = true
    }

    /// Appends `value` as a JSON string literal.
    static func appendString(_ value: String, to text: inout String) {
        text.append("\"")
        var start = value.utf8.startIndex
        var index = start
        let utf8 = value.utf8
        while index != utf8.endIndex {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
                index = utf8.index(after: index)
                continue
            }
            text.append(contentsOf: value[start..<index])
            switch byte {
            case UInt8(ascii: "\""): text.append("\\\"")
            case UInt8(ascii: "\\"): text.append("\\\\")
            case 0x08: text.append("\\b")
            case 0x09: text.append("\\t")
            case 0x0A: text.append("\\n")
            case 0x0C: text.append("\\f")
            case 0x0D: text.append("\\r")
            default:
                let hex = String(byte, radix: 16)
                text.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
            }
            index = utf8.index(after: index)
            start = index
        }
        text.append(contentsOf: value[start..<utf8.endIndex])
        text.append("\"")
    }
}
