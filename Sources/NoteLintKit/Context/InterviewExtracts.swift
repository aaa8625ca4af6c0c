/// Finds paragraphs that are someone else's words without quotation marks: interview extracts
/// followed by a speaker line ("Interviewee", "- FSW", "(Parent, site 2)"), and dialogue lines
/// that start with an interview label ("Interviewer: …").
enum InterviewExtracts {
    /// Words that open a speaker line.
    static let speakerWords: Set<String> = [
        "interviewee", "interviewer", "participant", "respondent", "survivor", "victim", "parent", "mother", "father",
        "practitioner", "professional", "manager", "worker", "staff", "stakeholder", "partner", "client", "service",
        "young", "child", "social", "case", "family", "idva", "fsw", "sw", "focus", "woman", "man", "mum", "dad",
    ]
    /// Labels that open a line of dialogue.
    static let dialogueLabels: Set<String> = ["interviewer", "interviewee", "participant", "respondent", "q", "a"]
    /// A speaker line is at most this many bytes.
    static let maximumSpeakerLineLength = 60

    /// Byte ranges of paragraphs recorded as someone's spoken words.
    static func spokenRanges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let lines = lineRanges(bytes)
        var ranges: [Range<Int>] = []
        var previousParagraph: Range<Int>? = nil
        var paragraphStart: Int? = nil
        var paragraphEnd = 0
        for line in lines {
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self).trimmed
            if text.isEmpty {
                if let start = paragraphStart { previousParagraph = start..<paragraphEnd }
                paragraphStart = nil
                continue
            }
            if isSpeakerLine(text) {
                if let start = paragraphStart, start < line.lowerBound {
                    ranges.append(start..<line.lowerBound)
                } else if let previous = previousParagraph {
                    ranges.append(previous)
                }
                paragraphStart = nil
                previousParagraph = nil
                continue
            }
            if isDialogueLine(text) { ranges.append(line) }
            if paragraphStart == nil { paragraphStart = line.lowerBound }
            paragraphEnd = line.upperBound
        }
        return ranges
    }

    static func isSpeakerLine(_ text: String) -> Bool {
        guard text.utf8.count <= maximumSpeakerLineLength, !text.hasSuffix("."), !text.hasSuffix(":") else { return false }
        var body = Substring(text)
        var marked = false
        while let first = body.first, "-–—(".contains(first) {
            marked = true
            body = body.dropFirst()
        }
        if marked, body.last == ")" { body = body.dropLast() }
        let words = body.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        guard let first = words.first, words.count <= 6 else { return false }
        if marked { return first.first?.isUppercase == true }
        return speakerWords.contains(first.lowercased()) && words.count <= 4
    }

    static func isDialogueLine(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":") else { return false }
        return dialogueLabels.contains(text[..<colon].lowercased())
    }

    private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            ranges.append(start..<index)
            start = index + 1
        }
        if start < bytes.count { ranges.append(start..<bytes.count) }
        return ranges
    }
}
