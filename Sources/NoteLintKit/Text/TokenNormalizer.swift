import CICU

/// Turns the surface form of a word into the form that patterns are matched against:
/// ICU case folding, one apostrophe, one hyphen, and clitics (`'s`, `n't`, `'re`…) split off.
///
/// Text and patterns go through the same normaliser, so whatever a pattern author writes
/// is compared like for like.
public enum TokenNormalizer {
    /// Characters treated as an apostrophe.
    static let apostrophes: Set<Unicode.Scalar> = ["'", "\u{2019}", "\u{2018}", "\u{02BC}", "\u{2032}", "\u{FF07}"]
    /// Characters treated as a hyphen or dash.
    static let hyphens: Set<Unicode.Scalar> = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE63}", "\u{FF0D}"]
    /// Characters treated as a double quotation mark.
    static let doubleQuotes: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\u{FF02}"]
    /// Clitics split from the end of a word, longest first.
    static let clitics = ["n't", "'s", "'re", "'ve", "'ll", "'m", "'d"]

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
        return unify(icuFold(bytes))
    }

    /// The folded form of a word given as a string.
    public static func fold(_ word: String) -> String {
        var copy = word
        return copy.withUTF8 { fold($0) }
    }

    /// The normalised form of a punctuation mark: dashes become `-`, apostrophes and single
    /// quotes `'`, double quotes `"`.
    static func punctuation(_ scalar: Unicode.Scalar) -> String {
        // ASCII marks are their own normal form (`-`, `'` and `"` are the normal forms).
        if scalar.isASCII { return asciiStrings[Int(scalar.value)] }
        if hyphens.contains(scalar) { return "-" }
        if apostrophes.contains(scalar) { return "'" }
        if doubleQuotes.contains(scalar) { return "\"" }
        return String(Character(scalar))
    }

    /// Where a folded word splits into its stem and a clitic: the UTF-8 length of the stem,
    /// or nil if the word has no clitic. `"mother's"` splits after `mother`.
    static func cliticSplit(_ folded: String) -> Int? {
        var folded = folded
        return folded.withUTF8 { utf8 in
            // Every clitic holds an apostrophe, so most words are ruled out by one byte scan.
            guard utf8.contains(UInt8(ascii: "'")) else { return nil }
            for clitic in cliticBytes where utf8.count > clitic.count && utf8[(utf8.count - clitic.count)...].elementsEqual(clitic) {
                // "n't" needs a stem ("don't" → "do n't"); the others too ("'s" alone is not split).
                return utf8.count - clitic.count
            }
            return nil
        }
    }

    private static let cliticBytes = clitics.map { Array($0.utf8) }
    /// Each ASCII character as a string.
    private static let asciiStrings = (0..<128).map { String(Character(Unicode.Scalar(UInt8($0)))) }

    static func unify(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { ($0 != "'" && apostrophes.contains($0)) || ($0 != "-" && hyphens.contains($0)) }) else {
            return text
        }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            if apostrophes.contains(scalar) {
                result.unicodeScalars.append("'")
            } else if hyphens.contains(scalar) {
                result.unicodeScalars.append("-")
            } else {
                result.unicodeScalars.append(scalar)
            }
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
