import Testing
@testable import NoteLintKit

/// The word splitter replaces ICU's word break iterator wherever it can; its segments and
/// their statuses must be exactly ICU's.
@Suite struct WordSplitterTests {
    private let splitter = WordSplitter()

    private struct Cut: Equatable, CustomStringConvertible {
        var end: Int
        var status: Int32
        var description: String { "\(end):\(status)" }
    }

    /// ICU's segments of `text`, and the splitter's (nil if it leaves the text to ICU).
    private func cuts(_ text: String) throws -> (reference: [Cut], candidate: [Cut]?) {
        let breaker = try ICUBreaker(.word)
        var copy = text
        return copy.withUTF8 { bytes in
            var icu: [Cut] = []
            breaker.forEachSegment(in: bytes) { icu.append(Cut(end: $0.end, status: $0.ruleStatus)) }
            var segments: [ICUBreaker.Segment] = []
            guard splitter.segments(in: bytes, into: &segments) else { return (icu, nil) }
            return (icu, segments.map { Cut(end: $0.end, status: $0.ruleStatus) })
        }
    }

    @Test func cutsLikeICU() throws {
        let cases = [
            "Mr Hale's ex-partner didn't call.", "It cost £3.50, or 3,5 euros; 1.2.3 and a.b.c", "snake_case _x x_ _ __ 1_2",
            "time 10:30 and re:send", "“Quoted” – dash — and … ellipsis", "Zoë and Łukasz", "tab\tand  two spaces\r\nnew line",
            "O’Brien’s ‘single’ quotes", "Email info@example.org.uk (mailto:x@y.z)", "@ a@ @b a@-b 1@2", "e.g. i.e. U.S.A.", "1st 2nd 3a a3 3.a a.3", "x\u{2028}y\u{0085}z", "x\u{00A0}y",
        ]
        for text in cases {
            let (icu, split) = try cuts(text)
            #expect(split == icu, "\(escaped(text))")
        }
    }

    @Test func leavesOtherScriptsAndMarksToICU() throws {
        for text in ["Cafe\u{0301}", "co\u{00AD}operate", "\u{FEFF}Note", "日本語", "カタカナ", "\u{05D0}\u{05D1}", "a\u{200D}b", "🇬🇧"] {
            #expect(try cuts(text).candidate == nil, "\(escaped(text))")
        }
    }

    @Test func agreesWithICUOnRandomText() throws {
        let pieces = ["a", "b", "Z", "é", "ß", "Ł", "ǅ", "7", "42", ".", ",", ";", ":", "'", "\u{2019}", "\u{2018}", "\"", "\u{201C}",
                      "_", "-", "\u{2013}", "\u{2014}", "\u{2026}", " ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{000B}", "\u{0085}",
                      "\u{2028}", "\u{00A0}", "\u{2002}", "\u{00B7}", "\u{2027}", "(", ")", "/", "#", "$", "£", "€", "%", "&", "!",
                      "?", "@", "didn't", "Ms", "B's", "ex-partner", "3.5", "1,000", "10:30", "\u{0301}", "日", "😀"]
        let handled = try expectAgreement(on: randomTexts(of: pieces, count: 60_000, maxPieces: 16, seed: 0xC0FFEE), cuts)
        #expect(handled > 30_000)
    }

    @Test func agreesWithICUOnTheLabelledCorpus() throws {
        let texts = try labelledCorpusTexts()
        #expect(try expectAgreement(on: texts, cuts) > texts.count * 9 / 10)
    }
}
