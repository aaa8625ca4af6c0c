/// Rewrites a note for a trainer's before/after: each sentence with a finding is replaced by
/// the best suggestion of its most serious finding, with the note's names filled in and the
/// facts still to be supplied left as `[placeholders]`.
public enum Rewriter {
    /// One sentence to replace: its bytes (without the white space after it) and the rewording.
    public struct Replacement: Sendable, Equatable {
        /// The sentence's byte range in the document, trailing white space excluded.
        public var range: Range<Int>
        public var text: String
    }

    /// `bytes` with the sentences of `findings` rewritten. Text outside those sentences,
    /// including line breaks and indentation around them, is kept exactly.
    public static func rewrite(_ bytes: [UInt8], findings: [Finding]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var position = 0
        for replacement in replacements(in: bytes, findings: findings) {
            output += bytes[position..<replacement.range.lowerBound]
            output += Array(replacement.text.utf8)
            position = replacement.range.upperBound
        }
        output += bytes[position...]
        return String(decoding: output, as: UTF8.self)
    }

    /// The sentences to replace, in document order: each sentence with a finding, by the best
    /// suggestion of its most serious finding (one not already used nearby where there is one).
    public static func replacements(in bytes: [UInt8], findings: [Finding]) -> [Replacement] {
        var bySentence: [Range<Int>: Finding] = [:]
        for finding in findings where !finding.suggestions.isEmpty {
            if let current = bySentence[finding.sentenceRange], current.severity >= finding.severity { continue }
            bySentence[finding.sentenceRange] = finding
        }
        var replacements: [Replacement] = []
        var position = 0
        var used: Set<String> = []
        for (range, finding) in bySentence.sorted(by: { $0.key.lowerBound < $1.key.lowerBound }) where range.lowerBound >= position {
            // Prefer a rewording not already used, so that neighbouring sentences do not repeat.
            let suggestion = finding.suggestions.first { !used.contains($0) } ?? finding.suggestions[0]
            used.insert(suggestion)
            let end = range.upperBound - trailingWhitespace(bytes[range]).count
            replacements.append(Replacement(range: range.lowerBound..<end, text: suggestion))
            position = range.upperBound
        }
        return replacements
    }

    /// The white space (spaces, line breaks) at the end of a sentence's bytes.
    private static func trailingWhitespace(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var end = slice.endIndex
        while end > slice.startIndex, [0x20, 0x09, 0x0A, 0x0D].contains(slice[end - 1]) { end -= 1 }
        return slice[end...]
    }
}
