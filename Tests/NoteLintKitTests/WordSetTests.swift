import Testing
@testable import NoteLintKit

/// A word set answers as a `Set<String>` of its words would: its sketch of first bytes and
/// lengths may only pass a word on to the table, never turn a member away.
@Suite struct WordSetTests {
    @Test func answersAsASetOfItsWords() {
        let words = CueWords.attributionVerbs.map { $0 } + CueWords.negators.map { $0 } + [";", ",", "'s", "n't", "\"", "well-being"]
        let set = WordSet(words)
        // Members, and near-misses that share a first letter, a length or both with one.
        var asked = words
        for word in words {
            asked += [word + "s", String(word.dropLast()), String(word.reversed()), "x" + word.dropFirst(), word.uppercased()]
        }
        asked += ["", "a", "z", "the", "zzzzzzzz", "Zoë", "naïve"]
        for word in asked {
            // Upper-case ASCII letters compare as lower case, in both kinds of lookup.
            let expected = Set(words).contains(word.lowercased()) && word.allSatisfy { $0.isASCII || $0.isLowercase }
            #expect(set.contains(word) == expected, "\(word)")
            var copy = word
            let byBytes = copy.withUTF8 { set.contains($0) }
            #expect(byBytes == expected, "\(word)")
        }
    }

    @Test func holdsTheEmptyWordOnlyIfGivenIt() {
        #expect(!WordSet(["a", "b"]).contains(""))
        #expect(WordSet(["", "b"]).contains(""))
    }
}
