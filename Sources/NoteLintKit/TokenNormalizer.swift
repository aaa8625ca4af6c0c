import CICU

/// Turns the surface form of a word into the form that patterns are matched against:
/// ICU case folding, one apostrophe, no joining hyphens, and a possessive `'s` split off.
///
/// Text and patterns go through the same normaliser, so whatever a pattern author writes
/// is compared like for like.
public enum TokenNormalizer {
    /// Characters treated as an apostrophe.
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}", "\u{FF07}"]
    /// Characters treated as a hyphen joining two words.
    static let hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{FE63}", "\u{FF0D}"]

    /// The folded form of one word as it appears in text (no splitting).
    public static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var isASCII = true
        for byte in bytes where byte >= 0x80 { isASCII = false; break }
        if isASCII {
            return String(unsafeUninitializedCapacity: bytes.count) { buffer in
                for (index, byte) in bytes.enumerated() {
                    buffer[index] = (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
                }
                return bytes.count
            }
        }
        let folded = icuFold(bytes)
        return unifyApostrophes(folded)
    }

    /// The folded form of a word given as a string (used for patterns and lexicon entries).
    public static func fold(_ word: String) -> String {
        var copy = word
        return copy.withUTF8 { fold($0) }
    }

    /// Splits a word into the tokens matching sees: hyphen-joined parts, then a trailing
    /// possessive `'s` as a token of its own. `"Mother's"` gives `["mother", "'s"]`.
    public static func tokens(ofWord word: String) -> [String] {
        var parts: [String] = []
        var current = ""
        for scalar in word.unicodeScalars {
            if hyphens.contains(scalar), !current.isEmpty {
                parts.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { parts.append(current) }
        return parts.flatMap { splitPossessive(fold($0)) }
    }

    /// `"mother's"` becomes `["mother", "'s"]`; other words stay whole.
    static func splitPossessive(_ folded: String) -> [String] {
        if folded.count > 2, folded.hasSuffix("'s") {
            return [String(folded.dropLast(2)), "'s"]
        }
        return [folded]
    }

    static func unifyApostrophes(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { apostrophes.contains($0) && $0 != "'" }) else { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            result.unicodeScalars.append(apostrophes.contains(scalar) ? "'" : scalar)
        }
        return result
    }

    private static func icuFold(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let capacity = bytes.count * 3 + 8
        let source = UnsafeRawBufferPointer(bytes).bindMemory(to: CChar.self)
        let result = String(unsafeUninitializedCapacity: capacity) { buffer in
            let written = buffer.withMemoryRebound(to: CChar.self) { destination in
                cicu_fold_case_utf8(source.baseAddress, Int32(bytes.count), destination.baseAddress, Int32(capacity))
            }
            return written >= 0 && Int(written) <= capacity ? Int(written) : 0
        }
        return result.isEmpty && !bytes.isEmpty ? String(decoding: bytes, as: UTF8.self).lowercased() : result
    }
}
