/// Builds compact JSON text by hand, escaping strings exactly as `JSONEncoder` does with
/// `.withoutEscapingSlashes` (a test compares the two), for output written in bulk. It writes
/// UTF-8 bytes into one buffer: no string is made until ``text``.
struct JSONText {
    /// The JSON written so far, as UTF-8.
    private(set) var bytes: [UInt8] = []
    /// Whether the object being written needs a comma before its next member.
    private var needsComma = false

    /// A writer whose buffer has room for `capacity` bytes before it grows.
    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The JSON written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Opens an object (`{`).
    mutating func open() {
        bytes.append(UInt8(ascii: "{"))
        needsComma = false
    }

    /// Closes an object (`}`).
    mutating func close() {
        bytes.append(UInt8(ascii: "}"))
        needsComma = true
    }

    /// Opens an object that is an element of an array (`,{` after an earlier element).
    mutating func openElement() {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        open()
    }

    /// Writes a member name and opens its array value (`"name":[`).
    mutating func openArray(_ name: StaticString) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        needsComma = false
    }

    /// Closes an array (`]`).
    mutating func closeArray() {
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes a member name and opens its object value (`"name":{`).
    mutating func openObject(_ name: StaticString) {
        key(name)
        open()
    }

    /// Writes text between values (a separator such as `,\n` between objects in a list).
    mutating func raw(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        needsComma = false
    }

    /// Writes a member name, which needs no escaping (the schema's names are plain ASCII
    /// words); the value must follow (for nested objects).
    mutating func key(_ name: StaticString) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        needsComma = false
    }

    mutating func key(_ name: StaticString, _ value: String) {
        key(name)
        Self.appendString(value, to: &bytes)
        needsComma = true
    }

    mutating func key(_ name: StaticString, _ value: Int) {
        key(name)
        Self.appendDecimal(value, to: &bytes)
        needsComma = true
    }

    /// Writes a member whose value is `number`, already JSON number text (such as `2.50`).
    mutating func key(_ name: StaticString, number: String) {
        key(name)
        bytes.append(contentsOf: number.utf8)
        needsComma = true
    }

    /// Writes a member whose name is not known in advance (a rule id or category), escaped.
    mutating func dynamicKey(_ name: String, _ value: Int) {
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        Self.appendString(name, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        Self.appendDecimal(value, to: &bytes)
        needsComma = true
    }

    mutating func key(_ name: StaticString, _ value: Bool) {
        key(name)
        bytes.append(contentsOf: value ? Self.trueBytes : Self.falseBytes)
        needsComma = true
    }

    mutating func key(_ name: StaticString, _ values: [String]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            Self.appendString(value, to: &bytes)
        }
        bytes.append(UInt8(ascii: "]"))
        needsComma = true
    }

    private static let trueBytes = Array("true".utf8)
    private static let falseBytes = Array("false".utf8)

    /// Appends `value` in decimal, digit by digit (no string is made).
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        // Written from the last digit back into a buffer on the stack, then appended once. The
        // magnitude is taken as unsigned, so that Int.min has one too.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value.magnitude
            var start = digits.count
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            } while rest > 0
            if value < 0 {
                start -= 1
                digits[start] = UInt8(ascii: "-")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `value` as a JSON string literal, in UTF-8.
    static func appendString(_ value: String, to bytes: inout [UInt8]) {
        var value = value
        value.withUTF8 { utf8 in
            bytes.append(UInt8(ascii: "\""))
            var start = 0
            var index = 0
            while index < utf8.count {
                // Most text needs no escape: whole blocks of eight bytes are passed over.
                index = ByteBlocks.skipQuietBlocks(in: utf8, from: index) { block in
                    !ByteBlocks.hasLess(block, than: 0x20) && !ByteBlocks.has(block, UInt8(ascii: "\"")) && !ByteBlocks.has(block, UInt8(ascii: "\\"))
                }
                guard index < utf8.count else { break }
                let byte = utf8[index]
                index += 1
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index - 1]))
                start = index
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
            bytes.append(UInt8(ascii: "\""))
        }
    }
}
