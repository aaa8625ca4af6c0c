import Testing
@testable import NoteLintKit

/// Short asides inside a phrase, which matching, negation and the prefilter look through.
@Suite struct AsidesTests {
    private func tokens(_ text: String) throws -> [Token] {
        try Segmenter().sentences(in: text).flatMap(\.tokens)
    }

    @Test func asidesAreShortAndOpenedByTheirWords() throws {
        let text = "Ms Hart has, in my view, failed, sadly, to protect Leo, Amy and Ben, according to the school."
        let tokens = try tokens(text)
        let asides = Asides.ranges(in: tokens).map { tokens[$0].map(\.folded).joined(separator: " ") }
        #expect(asides == [", in my view ,", ", sadly ,"])
        // Up to ten words ("despite repeated advice from this service and the school").
        let longer = try self.tokens("She has, in the view of every single professional, failed to protect them.")
        #expect(Asides.ranges(in: longer).count == 1)
        let tooLong = try self.tokens("She has, in the view of every single professional who has met the family, failed to protect them.")
        #expect(Asides.ranges(in: tooLong).isEmpty)
        // And within the bytes the prefilter looks through.
        let wideWords = try self.tokens("She has, in circumstances notwithstanding extraordinarily incomprehensible counterproductiveness and disproportionality, failed.")
        #expect(Asides.ranges(in: wideWords).isEmpty)
    }

    @Test func shortBracketsAreAsidesOnOneLine() throws {
        let text = "Mum (Kerry) and dad (Leon, 34) argue (see the attached chronology of every incident since the move in May) (a) ()."
        let tokens = try tokens(text)
        let asides = Asides.ranges(in: tokens).map { tokens[$0].map(\.folded).joined(separator: " ") }
        #expect(asides == ["( kerry )", "( leon , 34 )", "( a )"])
        // Given the text, a bracket that ends its line, or holds a line break, is not one.
        for (typed, count) in [("DOMESTIC ABUSE (PPN1)\nIncident", 0), ("DOMESTIC (as\nnoted) ABUSE", 0), ("DOMESTIC (PPN1) ABUSE", 1)] {
            var copy = typed
            let tokens = try self.tokens(typed)
            #expect(copy.withUTF8 { Asides.ranges(in: tokens, text: $0) }.count == count, "\(typed)")
        }
        let bytes = Array("allowed Mr Dunn (father) back; (un)closed (a (b) c)".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(Asides.end(ofAsideAt: 16, in: buffer) == 24)
            #expect(Asides.end(ofAsideAt: 42, in: buffer) == nil)
        }
    }

    @Test func removingKeepsTheOtherTokensAndTheirPlaces() throws {
        let tokens = try tokens("Ms Hart chose, once again, to stay.")
        let (kept, indices) = Asides.removing(Asides.ranges(in: tokens), from: tokens)
        #expect(kept.map(\.folded) == ["ms", "hart", "chose", "to", "stay", "."])
        #expect(indices == [0, 1, 2, 7, 8, 9])
    }

    @Test func theByteCheckIsLooserThanTheTokenOne() {
        let bytes = Array("chose, once again, to stay; chose, to".utf8)
        bytes.withUnsafeBufferPointer { buffer in
            #expect(Asides.end(ofAsideAt: 5, in: buffer) == 18)
            #expect(Asides.end(ofAsideAt: 33, in: buffer) == nil)
        }
    }

    @Test(arguments: [
        ("Ms Hart chose, once again, to stay with Mr Bell.", true),
        ("The relationship between Ms Hart and Mr Bell is, at times, volatile.", true),
        ("Ms Hart does not, in my opinion, have sufficient insight.", true),
        ("Ms Hart did not, at any point, fail to protect Leo.", false),
        ("The relationship with the school is, at times, strained.", false),
        ("There was, according to Ms Hart, a domestic incident on Saturday.", false),
        ("Mum (Kerry) and dad (Leon) are always fighting.", true),
        ("Ms Hart (mother) allowed Mr Dunn (father) back into the home.", true),
        ("Ms Hart has (in my view) failed to protect the children.", true),
        ("Ms Hart did not (at any point) fail to protect Leo.", false),
        ("POLICE NOTIFICATION – DOMESTIC ABUSE (PPN1)\nIncident no.: 2231", false),
    ])
    func phrasesAreFoundThroughAsides(_ text: String, flagged: Bool) throws {
        #expect(try !makeLinter().lint(text).isEmpty == flagged, "\(text)")
    }
}
