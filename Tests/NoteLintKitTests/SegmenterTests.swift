import Testing
@testable import NoteLintKit

@Suite struct SegmenterTests {
    @Test func foldsCaseAndSplitsClitics() throws {
        #expect(try foldedTokens("Mother's partner didn't STOP.") == ["mother", "'s", "partner", "did", "n't", "stop", "."])
    }

    /// Shorthand reads as what it stands for (``Shorthand``).
    @Test func readsShorthandAsItsWords() throws {
        #expect(try foldedTokens("why doesnt she leave, she cant") == ["why", "does", "n't", "she", "leave", ",", "she", "ca", "n't"])
        #expect(try foldedTokens("Wont, DIDNT, parent, want") == ["wo", "n't", ",", "did", "n't", ",", "parent", ",", "want"])
        #expect(try foldedTokens("M stays w/ F b/c of money, w/o support") == ["m", "stays", "with", "f", "because", "of", "money", ",", "without", "support"])
        #expect(try foldedTokens("lives w/mum") == ["lives", "with", "mum"])
        // Week commencing, a weekend, and/or: as typed.
        #expect(try foldedTokens("w/c 12 May, w/e, and/or") == ["w", "/", "c", "12", "may", ",", "w", "/", "e", ",", "and", "/", "or"])
        // A plus or an ampersand between spaces is "and"; one inside a word or a number is not.
        #expect(try foldedTokens("M isolated + controlled, 3+ yrs, A+E") == ["m", "isolated", "and", "controlled", ",", "3", "+", "yrs", ",", "a", "+", "e"])
        #expect(try foldedTokens("Gemma & Mr Fraser, A&E") == ["gemma", "and", "mr", "fraser", ",", "a", "&", "e"])
        // An at sign between spaces is "at"; one in an e-mail address is part of the address.
        #expect(try foldedTokens("DA @ home addr, duty@council.gov.uk") == ["da", "at", "home", "addr", ",", "duty@council.gov.uk"])
        let tokens = try Segmenter().sentences(in: "stay w/o him").flatMap(\.tokens)
        #expect(tokens.map { [$0.start, $0.end] } == [[0, 4], [5, 8], [9, 12]])
    }

    @Test func unifiesCurlyApostrophesAndHyphens() throws {
        #expect(try foldedTokens("Ms B’s ex‑partner") == ["ms", "b", "'s", "ex", "partner"])
        #expect(try foldedTokens("on–off") == ["on", "off"])
        #expect(try foldedTokens("Father - N/A") == ["father", "-", "n", "/", "a"])
    }

    /// With a matcher's vocabulary the segmenter sets ids as it goes (sharing the vocabulary's
    /// strings): the tokens must be exactly those made without it, with ids looked up afterwards.
    @Test func tokensMadeWithAVocabularyEqualThoseIdentifiedAfterwards() throws {
        let automaton = try Catalogue.bundled().automaton
        let text = """
            Mum FAILED to protect Zoë (7) from Mr Hale's DV; she didn't leave, doesnt w/ F b/c. 3.5 hrs later:             "domestic-incident" — Ms O’Brien's ex‑partner, ſtop, 2nd visit, n/a, Dad’ll shout.
            """
        let withVocabulary = try Segmenter()
        withVocabulary.vocabulary = automaton.vocabulary
        let direct = withVocabulary.sentences(in: text).flatMap(\.tokens)
        var afterwards = try Segmenter().sentences(in: text).flatMap(\.tokens)
        automaton.assignIDs(to: &afterwards)
        #expect(direct == afterwards)
        #expect(direct.contains { $0.id != Token.unknownID })
        #expect(direct.contains { $0.id == Token.unknownID })
    }

    @Test func keepsNonASCIINamesWhole() throws {
        #expect(try foldedTokens("Zoë, Łukasz and Siân") == ["zoë", ",", "łukasz", "and", "siân"])
    }

    @Test func byteOffsetsPointAtTheOriginalText() throws {
        let text = "Zoë’s dad 👍 hit her."
        let tokens = try Segmenter().sentences(in: text).flatMap(\.tokens)
        let bytes = Array(text.utf8)
        for token in tokens {
            let surface = String(decoding: bytes[token.start..<token.end], as: UTF8.self)
            #expect(TokenNormalizer.unify(TokenNormalizer.fold(surface)) == token.folded || token.kind == .punctuation)
        }
        let hit = try #require(tokens.first { $0.folded == "hit" })
        #expect(String(decoding: bytes[hit.start..<hit.end], as: UTF8.self) == "hit")
    }

    @Test func splitsSentencesAndLines() throws {
        let sentences = try Segmenter().sentences(in: "Mr Hale left. Ms Hale stayed.\r\nFather: N/A\r\nMother: present")
        #expect(sentences.count == 4)
    }

    @Test func joinsHardWrappedProse() throws {
        let text = "Mum and Dad have had a very volatile and frightening\nrelationship for many years, according to Ms Hale."
        let sentences = try Segmenter().sentences(in: text)
        #expect(sentences.count == 1)
    }

    @Test func keepsListItemsApart() throws {
        let text = "The following concerns were raised at the meeting today\n- volatile relationship\n- drinking"
        #expect(try Segmenter().sentences(in: text).count == 3)
    }

    @Test func handlesAVeryLongLine() throws {
        let text = String(repeating: "The children are safe at school today and well cared for ", count: 2_000) + "."
        let tokens = try Segmenter().sentences(in: text).flatMap(\.tokens)
        #expect(tokens.count == 2_000 * 11 + 1)
        #expect(tokens.last?.end == text.utf8.count)
    }

    @Test func recordsCapitalisation() throws {
        let tokens = try Segmenter().sentences(in: "zoë met Łukasz").flatMap(\.tokens)
        #expect(tokens.map(\.isCapitalised) == [false, false, true])
    }
}

@Suite struct LineIndexTests {
    @Test func countsLinesAndScalarColumns() {
        let text = "first line\r\nZoë’s second\n\tthird"
        let index = LineIndex(Array(text.utf8))
        let secondStart = Array(text.utf8).firstIndex(of: UInt8(ascii: "Z"))!
        #expect(index.position(of: 0) == SourcePosition(line: 1, column: 1))
        #expect(index.position(of: secondStart) == SourcePosition(line: 2, column: 1))
        // "Zoë’s " is 6 scalars but 9 bytes: "second" starts at column 7.
        #expect(index.position(of: secondStart + 9) == SourcePosition(line: 2, column: 7))
        #expect(index.lineRange(containing: 3) == 0..<10)
        #expect(index.position(of: text.utf8.count - 5) == SourcePosition(line: 3, column: 2))
    }
}
