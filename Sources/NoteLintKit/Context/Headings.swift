/// Finds heading lines: a title names a topic ("Disguised compliance", "Parental Conflict vs
/// Domestic Abuse", "## Domestic incidents"), it does not describe a case, so a phrase in one
/// is a mention.
///
/// A heading is a Markdown heading, or a short line with no digit (a dated chronology entry is
/// not a heading) that does not end like a sentence, and is either in title case ("Domestic
/// Disturbance Officer Survival Reminder") or three words at most standing alone between blank
/// lines. A report's section number before it ("4.3 ", "Section 6: ") is not part of the test;
/// a section named with its number ("Section 3 – Domestic abuse history") heads what follows
/// whatever the case of its few words. Otherwise a text of one line has no heading (a phrase
/// typed on its own is checked).
enum Headings {
    /// A heading is at most this many bytes.
    static let maximumLength = 80
    /// Words of this many letters or more must be capitalised for a line to be in title case.
    static let titleWordLength = 4

    /// The byte ranges of the heading lines in `bytes`.
    static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let lines = ByteBlocks.lineRanges(in: bytes)
        func isBlank(_ number: Int) -> Bool {
            number < 0 || number >= lines.count || lines[number].allSatisfy { bytes[$0] <= 0x20 }
        }
        // A heading heads something: a text of one line is no heading, unless it names its section.
        let isOneLine = lines.indices.filter({ !isBlank($0) }).count <= 1
        var headings: [Range<Int>] = []
        for (number, line) in lines.enumerated() where line.count <= maximumLength && !isBlank(number) {
            // Most lines end like a sentence or hold a digit: bytes tell, without a string.
            guard let first = line.first(where: { bytes[$0] > 0x20 }), let last = line.last(where: { bytes[$0] > 0x20 }) else { continue }
            let section = sectionNumber(at: first, in: bytes, before: line.upperBound)
            let title = first + section.length..<line.upperBound
            guard bytes[first] == UInt8(ascii: "#")
                    || !".,;!".utf8.contains(bytes[last]) && !title.contains(where: { bytes[$0] >= 0x30 && bytes[$0] <= 0x39 })
            else { continue }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[title]), as: UTF8.self).trimmed
            if section.isNamed, isSectionTitle(text) {
                headings.append(line)
            } else if !isOneLine, text.hasPrefix("#") || isHeading(text, standsAlone: isBlank(number - 1) && isBlank(number + 1)) {
                headings.append(line)
            }
        }
        return headings
    }

    /// True if the trimmed line `text` reads as a heading.
    static func isHeading(_ text: String, standsAlone: Bool) -> Bool {
        guard let last = text.last, !".,;!".contains(last), !text.contains(where: \.isNumber) else { return false }
        let words = words(of: Substring(text))
        guard !words.isEmpty, words.count <= 10 else { return false }
        let long = words.filter { $0.count >= titleWordLength }
        if long.count >= 2, long.allSatisfy({ $0.first?.isUppercase == true }) { return true }
        // "History of domestic abuse", "Analysis of risk": a report's section in sentence case.
        if words.count <= sectionNounTitleWords, let first = words.first, first.first?.isUppercase == true,
           sectionNouns.contains(first.lowercased()) {
            return true
        }
        return standsAlone && words.count <= 3
    }

    /// Words that open a report's section title ("History of domestic abuse", "Views of the
    /// child"), and how many words such a title has at most.
    static let sectionNouns: Set<String> = [
        "history", "analysis", "summary", "background", "views", "risks", "concerns", "strengths", "worries", "chronology",
        "overview", "recommendations", "reasons", "evidence", "outcomes", "details",
    ]
    static let sectionNounTitleWords = 5

    /// Words a named section's title may hold, a bracketed remark aside ("Section 3 – Domestic
    /// abuse history (see police disclosure below)"): a title, not a sentence.
    static let sectionTitleWords = 4

    /// True if `text`, after a named section's number, reads as its title: at most
    /// ``sectionTitleWords`` words before any bracket, whatever their case.
    static func isSectionTitle(_ text: String) -> Bool {
        let words = words(of: text.prefix { $0 != "(" && $0 != "[" })
        return !words.isEmpty && words.count <= sectionTitleWords
    }

    /// The words of `text`: runs of letters and apostrophes.
    private static func words(of text: Substring) -> [Substring] {
        text.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "\u{2019}" })
    }

    /// Words that may open a report's section number ("Section 6: Analysis"), with their space.
    private static let sectionWords: [StaticString] = ["section ", "part ", "paragraph ", "appendix "]

    /// The section number that opens the line at `start` ("4.3 ", "12. ", "2) ", "Section 6: "):
    /// its length, 0 if there is none, and whether a word such as "Section" names it. A number
    /// has one or two parts of one or two digits, no part starting with 0 (so "12.03.24", a
    /// date, is none), and is followed by a space, maybe after a full stop, a bracket or a colon.
    private static func sectionNumber(at start: Int, in bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> (length: Int, isNamed: Bool) {
        func isDigit(_ index: Int) -> Bool { index < end && bytes[index] >= 0x30 && bytes[index] <= 0x39 }
        var index = start
        let word = sectionWords.first { bytes.spellsIgnoringCase($0, at: start) }
        if let word { index += word.utf8CodeUnitCount }
        // One or two digits, not starting with 0; the index after them, or nil.
        func afterPart(_ index: Int) -> Int? {
            guard isDigit(index), bytes[index] != UInt8(ascii: "0") else { return nil }
            let after = isDigit(index + 1) ? index + 2 : index + 1
            return isDigit(after) ? nil : after
        }
        guard let afterFirst = afterPart(index) else { return (0, false) }
        index = afterFirst
        if index < end, bytes[index] == UInt8(ascii: "."), let afterSecond = afterPart(index + 1) { index = afterSecond }
        if index < end, ".):".utf8.contains(bytes[index]) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: " ") || bytes[index] == UInt8(ascii: "\t") else { return (0, false) }
        return (index + 1 - start, word != nil)
    }
}
