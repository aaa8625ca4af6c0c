import Testing
@testable import NoteLintKit

/// The quote scanner reads bytes and decodes only around quote marks; it must find exactly the
/// spans that reading every scalar finds (the reference below is that reading).
@Suite struct QuoteScannerTests {
    private func quoted(_ text: String) -> [Range<Int>] {
        var copy = text
        return copy.withUTF8 { QuoteScanner.quotedRanges(in: $0) }
    }

    @Test func findsQuotedSpansAndLeavesApostrophesAlone() {
        let text = "Mum said \"it was 'just a row'\" and Ms B's partner's view was “calm”.\n\n\"unpaired"
        let spans = quoted(text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
        #expect(spans == ["\"it was 'just a row'\"", "'just a row'", "“calm”"])
    }

    @Test func aPluralPossessiveInsideAQuotationDoesNotCloseIt() {
        let inside = "Replace 'the parents' volatile relationship' with what Mr Adeyemi did.\n"
        let closing = "She said 'he hurts the kids' and left.\n"
        let twoQuotes = "He called it 'the kids' fault' and 'nothing'.\n"
        let spans = { (text: String) in self.quoted(text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) } }
        #expect(spans(inside) == ["'the parents' volatile relationship'"])
        #expect(spans(closing) == ["'he hurts the kids'"])
        #expect(spans(twoQuotes) == ["'the kids' fault'", "'nothing'"])
    }

    @Test func italicsQuoteAnIntervieweeButNotACaseFileExtract() {
        let interview = "*We used to say the relationship was volatile.* (Senior practitioner, interview).\n"
        let extract = "*Mother does not seem to fully grasp the risk (Case file extract).*\n"
        let quotedInItalics = "Rewrite this: *'Mum has agreed to keep Dad away.'*\n"
        let bold = "**Risk:** high. * A bullet, and 5 * 3.\n"
        let spans = { (text: String) in self.quoted(text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) } }
        #expect(spans(interview) == ["*We used to say the relationship was volatile.*"])
        #expect(spans(extract).isEmpty)
        #expect(spans(quotedInItalics) == ["'Mum has agreed to keep Dad away.'"])
        #expect(spans(bold).isEmpty)
    }

    @Test func commaSeparatedFieldsAreNotQuotations() {
        let row = "\"02/09/2022\",\"Police\",\"Parents arguing in the street\",\"Words of advice\"\n"
        let prose = "\"I want him gone,\" she said, \"today.\"\n"
        let spans = { (text: String) in self.quoted(text).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) } }
        #expect(spans(row).isEmpty)
        #expect(spans(prose) == ["\"I want him gone,\"", "\"today.\""])
    }

    @Test func agreesWithAScalarByScalarReadingOnRandomText() {
        let pieces = ["a", "Zoë", " ", "\n", "\r\n", "\n\n", "\"", "'", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{201E}",
                      "\u{00AB}", "\u{00BB}", "\u{FF02}", "(", "-", "\u{2014}", "7", "é", "€", "😀", ":", ".", "s", "\t"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 0...40, using: &generator) { text += pieces.randomElement(using: &generator)! }
            #expect(quoted(text) == Self.reference(text), "\(Array(text.unicodeScalars))")
        }
    }

    /// The scanner as first written: every scalar decoded, with the one before and after it.
    private static func reference(_ text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var open: [(mark: QuoteScanner.Mark, offset: Int)] = []
        var previous: Unicode.Scalar = " "
        var scalars: [(Unicode.Scalar, Int)] = []
        var offset = 0
        for scalar in text.unicodeScalars {
            scalars.append((scalar, offset))
            offset += UTF8.width(scalar)
        }
        let isLetter = { (scalar: Unicode.Scalar) in scalar.properties.isAlphabetic }
        let isOpeningContext = { (scalar: Unicode.Scalar) in
            scalar.properties.isWhitespace || "([{\u{201C}\"-\u{2013}\u{2014}/:*_".unicodeScalars.contains(scalar)
        }
        let at = { (index: Int) -> Unicode.Scalar in index >= 0 && index < scalars.count ? scalars[index].0 : " " }
        let isPluralPossessive = { (index: Int) in
            (at(index - 1) == "s" || at(index - 1) == "S") && at(index + 1) == " " && isLetter(at(index + 2))
        }
        // A later closing-shaped single quote on the line that is not a plural possessive's,
        // before any quote that opens.
        let closerFollows = { (index: Int) -> Bool in
            var later = index + 1
            while later < scalars.count, scalars[later].0 != "\n" {
                defer { later += 1 }
                let mark = scalars[later].0
                guard mark == "'" || mark == "\u{2019}" || mark == "\u{2018}" else { continue }
                if isLetter(at(later - 1)) && isLetter(at(later + 1)) { continue }
                if mark == "\u{2018}" || isOpeningContext(at(later - 1)) { return false }
                if !isPluralPossessive(later) { return true }
            }
            return false
        }
        for (index, (scalar, start)) in scalars.enumerated() {
            let next: Unicode.Scalar = index + 1 < scalars.count ? scalars[index + 1].0 : " "
            defer { previous = scalar }
            if scalar == "\n", previous == "\n" || (index >= 2 && previous == "\r" && scalars[index - 2].0 == "\n") {
                open.removeAll()
                continue
            }
            let end = start + UTF8.width(scalar)
            func close(_ mark: QuoteScanner.Mark) -> Bool {
                guard let position = open.lastIndex(where: { $0.mark == mark }) else { return false }
                ranges.append(open[position].offset..<end)
                open.removeSubrange(position...)
                return true
            }
            switch scalar {
            case "\"", "\u{FF02}": if !close(.double) { open.append((.double, start)) }
            case "\u{201C}", "\u{201E}", "\u{00AB}": open.append((.double, start))
            case "\u{201D}", "\u{00BB}": if !close(.double), scalar == "\u{201D}" { open.append((.double, start)) }
            case "\u{2018}":
                if isLetter(previous) && isLetter(next) { break }
                open.append((.single, start))
            case "'", "\u{2019}":
                if isLetter(previous) && isLetter(next) { break }
                if isOpeningContext(previous), isLetter(next) || next.properties.numericType != nil || next == "\"" {
                    open.append((.single, start))
                } else if open.contains(where: { $0.mark == .single }), isPluralPossessive(index), closerFollows(index) {
                    break
                } else {
                    _ = close(.single)
                }
            default: break
            }
        }
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }
}
