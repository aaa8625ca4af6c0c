import Testing
@testable import NoteLintKit

/// The sentence splitter replaces ICU's sentence break iterator wherever it can; its
/// boundaries must be exactly ICU's (rules and abbreviation suppression, quirks included).
@Suite struct SentenceSplitterTests {
    private let splitter = SentenceSplitter()!

    /// The sentence ends ICU finds in `text`, and the splitter's (nil if it leaves the text to ICU).
    private func ends(_ text: String) throws -> (reference: [Int], candidate: [Int]?) {
        let breaker = try ICUBreaker(.sentence)
        var copy = text
        return copy.withUTF8 { bytes in
            var icu: [Int] = []
            breaker.forEachSegment(in: bytes) { icu.append($0.end) }
            var ends: [Int] = []
            let handled = bytes.isEmpty ? true : splitter.segmentEnds(in: bytes, into: &ends)
            return (icu, handled ? (bytes.isEmpty ? [] : ends) : nil)
        }
    }

    @Test func splitsLikeICUOnTheRulesAndAbbreviations() throws {
        let cases = [
            "Mr. Hale left. Ms Hale stayed.", "She said no. and left.", "It cost 3.5 pounds. Then", "U.S. Army. Next",
            "He has a Ph.D. Then he left.", "e.g. This one. E.g. That", "S.A. Next. S.A.R. Next", "Why?! Because.\r\nNext",
            "Stop. (he said) Go.", "Done.\"  Next", "Wait... what", "a.B c.D", "end.\n\nStart", "Mrs.  Two spaces",
            "“Quoted.” Next one", "Mr.\nSmith", "Approx. 5 of them. No. 7 was", "i.e. this", "Lt.Cdr. Jones",
        ]
        for text in cases {
            let (icu, split) = try ends(text)
            #expect(split == icu, "\(text)")
        }
    }

    @Test func leavesExtendAndFormatCharactersToICU() throws {
        #expect(try ends("Cafe\u{0301}. Next").candidate == nil)
        #expect(try ends("co\u{00AD}operate. Next").candidate == nil)
        #expect(try ends("\u{FEFF}Note. Next").candidate == nil)
    }

    @Test func agreesWithICUOnRandomText() throws {
        let pieces = ["a", "b", "x", "A", "B", "Z", "7", "42", ".", ".", ".", "!", "?", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r",
                      "\"", "'", "(", ")", "[", "]", ",", ";", ":", "-", "#", "_", "/", "Mr.", "Mrs.", "Ph.D.", "U.S.", "U.S.A.",
                      "S.A.", "e.g.", "E.g.", "i.e.", "I.e.", "Etc.", "No.", "p.m.", "a.m.", "Lt.Cdr.", "AA.", "A.", "is.", "Is.",
                      "é", "É", "\u{2019}", "\u{2018}", "\u{201C}", "\u{201D}", "\u{2013}", "\u{2014}", "\u{2026}", "\u{00A0}",
                      "\u{2028}", "\u{0085}", "\u{3002}", "\u{203C}", "\u{2024}", "ß", "Ж", "ж", "the", "She", "went", "\u{05D0}",
                      "\u{0301}", "\u{00AD}", "😀"]
        let handled = try expectAgreement(on: randomTexts(of: pieces, count: 20_000, maxPieces: 24, seed: 0x5EED), ends)
        #expect(handled > 10_000)
    }

    @Test func agreesWithICUOnTheLabelledCorpus() throws {
        let texts = try labelledCorpusTexts()
        #expect(try expectAgreement(on: texts, ends) == texts.count)
        #expect(texts.count > 100)
    }
}
