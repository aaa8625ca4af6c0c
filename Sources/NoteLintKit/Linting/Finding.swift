/// One place in a document where a rule applies.
public struct Finding: Sendable, Equatable {
    /// The rule's id.
    public var ruleID: String
    /// The rule's category.
    public var category: String
    /// The severity after context (a downgrade may lower the rule's own).
    public var severity: Severity
    /// The rule's message.
    public var message: String
    /// The matched text, exactly as in the document.
    public var match: String
    /// UTF-8 byte offsets of the match in the document.
    public var byteRange: Range<Int>
    /// UTF-8 byte offsets of the sentence holding the match.
    public var sentenceRange: Range<Int>
    /// Where the match starts (1-based line and column in Unicode scalars).
    public var start: SourcePosition
    /// Where the match ends (the column just past its last scalar).
    public var end: SourcePosition
    /// Rewordings, with the note's names filled in where known.
    public var suggestions: [String]
    /// The guidance the rule rests on.
    public var source: String
    /// What the context analysis found.
    public var context: ContextFacts
    /// Why the context ruled this match out, for a suppressed match; nil for a finding.
    public var suppression: String? = nil
}

extension Finding {
    /// Renumbers the finding's lines with `line` (a Word document's lines become paragraphs).
    public mutating func renumberLines(_ line: (Int) -> Int) {
        start.line = line(start.line)
        end.line = line(end.line)
    }

    /// Moves the finding by `bytes` bytes and `lines` lines (for a chunk of a larger document).
    mutating func shift(bytes: Int, lines: Int) {
        byteRange = (byteRange.lowerBound + bytes)..<(byteRange.upperBound + bytes)
        sentenceRange = (sentenceRange.lowerBound + bytes)..<(sentenceRange.upperBound + bytes)
        start.line += lines
        end.line += lines
    }
}
