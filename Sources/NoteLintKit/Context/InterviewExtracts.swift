/// Finds paragraphs that are someone else's words without quotation marks: interview extracts
/// followed by a speaker line ("Interviewee", "- FSW", "(Parent, site 2)"), dialogue lines
/// that start with an interview label ("Interviewer: …"), and what a family member is minuted
/// or recorded as saying ("Father's view" over its text, "Mother's account: …",
/// "Kyle Dunn (father): …", "Mum: I …").
enum InterviewExtracts {
    /// Words that open a speaker line.
    static let speakerWords: Set<String> = [
        "interviewee", "interviewer", "participant", "respondent", "survivor", "victim", "parent", "mother", "father",
        "practitioner", "professional", "manager", "worker", "staff", "stakeholder", "partner", "client", "service",
        "young", "child", "social", "case", "family", "idva", "fsw", "sw", "focus", "woman", "man", "mum", "dad",
    ]
    /// Words that make a short line a heading or a list item rather than a speaker line.
    static let headingWords: Set<String> = [
        "to", "the", "of", "on", "in", "is", "are", "was", "will", "should", "must", "for", "with", "at", "by", "not",
        "about", "from", "voice", "views", "view", "wishes", "feelings", "history", "summary", "analysis", "plan",
        "background", "assessment", "chronology", "concerns", "actions", "outcome", "recommendations", "reason",
        "details", "information", "visit", "contact", "meeting", "update", "end", "begin", "start", "continued",
    ]
    /// Labels that open a line of dialogue.
    static let dialogueLabels: Set<String> = ["interviewer", "interviewee", "participant", "respondent", "q", "a"]
    /// A speaker line is at most this many bytes.
    static let maximumSpeakerLineLength = 60

    /// Byte ranges of paragraphs recorded as someone's spoken words. `familyNames` holds the
    /// words of the note's family members' names (``FamilyLabels/nameWords(of:titled:)``).
    static func spokenRanges(in bytes: UnsafeBufferPointer<UInt8>, familyNames: WordSet = FamilyLabels.noNames) -> [Range<Int>] {
        let lines = ByteBlocks.lineRanges(in: bytes)
        var ranges: [Range<Int>] = []
        var previousParagraph: Range<Int>? = nil
        var paragraphStart: Int? = nil
        var paragraphEnd = 0
        // Below a family member's heading ("Father's views"), up to the next blank line, lines
        // in the first person are theirs; the writer's summary of them ("The children were
        // asleep so were not affected") is not.
        var viewHeadingAbove = false
        for (number, line) in lines.enumerated() {
            // Most lines are long prose: only short ones can be speaker lines, and only their
            // first bytes can hold a dialogue label, so no string is made of the rest.
            // A line without visible ASCII may still be blank (non-breaking spaces): the full
            // trim decides.
            let trimmed = asciiTrimmed(UnsafeBufferPointer(rebasing: bytes[line]))
            let text = trimmed.count <= maximumSpeakerLineLength * 2 || !trimmed.contains(where: { $0 > 0x20 && $0 < 0x80 })
                ? String(decoding: trimmed, as: UTF8.self).trimmed : nil
            if trimmed.isEmpty || text?.isEmpty == true {
                if let start = paragraphStart { previousParagraph = start..<paragraphEnd }
                paragraphStart = nil
                viewHeadingAbove = false
                continue
            }
            // A speaker line closes an extract: a blank line or the end follows it. A heading or a
            // list item is followed by its text.
            let closesParagraph = number + 1 == lines.count || asciiTrimmed(UnsafeBufferPointer(rebasing: bytes[lines[number + 1]])).isEmpty
            if closesParagraph, let text, isSpeakerLine(text) {
                if let start = paragraphStart, start < line.lowerBound {
                    ranges.append(start..<line.lowerBound)
                } else if let previous = previousParagraph {
                    ranges.append(previous)
                }
                paragraphStart = nil
                previousParagraph = nil
                continue
            }
            if isDialogueLine(trimmed) || FamilyLabels.isLabelledWords(trimmed, familyNames: familyNames)
                || viewHeadingAbove && FamilyLabels.holdsFirstPerson(trimmed) { ranges.append(line) }
            if FamilyLabels.isViewHeading(trimmed) { viewHeadingAbove = true }
            if paragraphStart == nil { paragraphStart = line.lowerBound }
            paragraphEnd = line.upperBound
        }
        return ranges
    }

    static func isSpeakerLine(_ text: String) -> Bool {
        guard text.utf8.count <= maximumSpeakerLineLength, !text.hasSuffix("."), !text.hasSuffix(":") else { return false }
        // A rule closing a pasted block ("----- END PPN -----") attributes nothing.
        if let last = text.last, "-–—=".contains(last) { return false }
        var body = Substring(text)
        var marked = false
        while let first = body.first, "-–—(".contains(first) {
            marked = true
            body = body.dropFirst()
        }
        if marked, body.last == ")" { body = body.dropLast() }
        let words = body.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard let first = words.first, words.count <= 6 else { return false }
        // A possessive or a function word makes a heading or a list item ("Child's voice",
        // "- Impact on the family", "- Mum to keep Dad away"), not a speaker.
        guard !body.contains("'s"), !body.contains("\u{2019}s"), !body.hasPrefix("#"),
              !words.contains(where: { headingWords.contains($0.lowercased()) }) else { return false }
        if marked { return first.first?.isUppercase == true }
        return speakerWords.contains(first.lowercased()) && words.count <= 4
    }

    /// True if `line` (trimmed) opens with a dialogue label and a colon ("Interviewer: …").
    static func isDialogueLine(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        let longestLabel = dialogueLabels.map(\.utf8.count).max() ?? 0
        guard let colon = line.prefix(longestLabel + 1).firstIndex(of: UInt8(ascii: ":")) else { return false }
        return dialogueLabels.contains(String(decoding: UnsafeBufferPointer(rebasing: line[..<colon]), as: UTF8.self).lowercased())
    }

    /// `bytes` without ASCII whitespace at either end.
    private static func asciiTrimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || (bytes[start] >= 0x09 && bytes[start] <= 0x0D) { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || (bytes[end - 1] >= 0x09 && bytes[end - 1] <= 0x0D) { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
