/// A document's text in one normal form, to ask whether it holds a phrase (for a rule's
/// `unless-document-mentions`): ASCII letters in lower case, and every run of whitespace as
/// one space. Built only when a finding of such a rule needs it.
struct DocumentPhrases {
    private let text: [UInt8]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        text = Self.normalisedBytes(bytes)
    }

    /// True if the document holds `phrase` (already ``normalised(_:)``).
    func contains(_ phrase: String) -> Bool {
        let needle = Array(phrase.utf8)
        guard !needle.isEmpty, needle.count <= text.count else { return false }
        var start = 0
        while let first = text[start...].firstIndex(of: needle[0]), first + needle.count <= text.count {
            if text[first..<(first + needle.count)].elementsEqual(needle) { return true }
            start = first + 1
        }
        return false
    }

    /// `phrase` in the normal form.
    static func normalised(_ phrase: String) -> String {
        var copy = phrase
        return copy.withUTF8 { String(decoding: normalisedBytes($0), as: UTF8.self) }.trimmed
    }

    private static func normalisedBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var lastWasSpace = false
        for byte in bytes {
            let isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
            if isSpace {
                if !lastWasSpace { result.append(0x20) }
            } else {
                result.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
            lastWasSpace = isSpace
        }
        return result
    }
}
