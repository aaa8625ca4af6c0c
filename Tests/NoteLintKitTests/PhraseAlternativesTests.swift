import Testing
@testable import NoteLintKit

@Suite struct PhraseAlternativesTests {
    @Test func aPlainPhraseIsItself() throws {
        #expect(try PhraseAlternatives.expand("screening found no abuse") == ["screening found no abuse"])
    }

    @Test func groupsMultiplyInOrder() throws {
        #expect(try PhraseAlternatives.expand("(enquiry|enquiries) (done|carried out) alone")
            == ["enquiry done alone", "enquiry carried out alone", "enquiries done alone", "enquiries carried out alone"])
    }

    @Test func anOptionalGroupOrMarkMayBeLeftOut() throws {
        #expect(try PhraseAlternatives.expand("each alone ,? nothing (further)? disclosed")
            == ["each alone nothing disclosed", "each alone nothing further disclosed", "each alone, nothing disclosed", "each alone, nothing further disclosed"])
    }

    @Test func aWordEndingInAQuestionMarkIsText() throws {
        #expect(try PhraseAlternatives.expand("why did she stay?") == ["why did she stay?"])
    }

    @Test func malformedPhrasesSayWhy() {
        let cases: [(String, String)] = [
            ("(a|b c", "does not close"), ("a|b) c", "does not open"), ("((a|b)|c)", "inside a group"),
            ("(a||b) c", "empty alternative"), ("found * abuse", "not patterns"), ("@list here", "not patterns"),
            ("~find abuse", "not patterns"),
        ]
        for (written, reason) in cases {
            #expect(throws: PhraseAlternatives.Problem.self, "\(written)") { try PhraseAlternatives.expand(written) }
            do {
                _ = try PhraseAlternatives.expand(written)
            } catch {
                #expect(error.message.contains(reason), "\(written): \(error.message)")
            }
        }
    }

    @Test func tooManyPhrasesIsAnError() {
        let written = Array(repeating: "(a|b)", count: 10).joined(separator: " ")
        #expect(throws: PhraseAlternatives.Problem.self) { try PhraseAlternatives.expand(written) }
    }
}
