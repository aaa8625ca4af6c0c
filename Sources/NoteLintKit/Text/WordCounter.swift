/// Counts words the way a reader would, cheaply, for rates such as findings per 1,000 words:
/// a word is a run of bytes between spaces, tabs or line breaks that holds at least one
/// letter or digit (ASCII, or any non-ASCII character: names such as Zoë and Łukasz count,
/// a lone dash or bullet does not).
public enum WordCounter {
    /// The number of words in `bytes` (UTF-8).
    public static func count(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var words = 0
        var inWord = false
        var wordHasLetter = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                if inWord && wordHasLetter { words += 1 }
                inWord = false
                wordHasLetter = false
            } else {
                inWord = true
                if !wordHasLetter { wordHasLetter = countsAsLetter[Int(byte)] }
            }
        }
        if inWord && wordHasLetter { words += 1 }
        return words
    }

    /// The number of words in `bytes` (UTF-8).
    public static func count(_ bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { count($0) }
    }

    /// Per byte: an ASCII letter or digit, or the first byte of a letter outside ASCII (lead
    /// bytes from U+00C0 on, but not E2, which starts punctuation such as `–`, `’` and `•`).
    private static let countsAsLetter: [Bool] = (0..<256).map { byte in
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
            || (0xC3...0xDF).contains(byte) || (0xE0...0xE1).contains(byte) || (0xE3...0xF4).contains(byte)
    }
}
