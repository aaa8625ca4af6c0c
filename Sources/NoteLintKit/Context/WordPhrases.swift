/// A fixed list of phrases of folded words, looked for at a token ("rather than", "in spite
/// of"): the phrases' first words are a ``WordSet``, so a token that starts none of them is
/// passed over with one look-up.
struct WordPhrases: Sendable, ExpressibleByArrayLiteral {
    private let phrases: [[String]]
    /// The words the phrases start with.
    let firstWords: WordSet

    /// The list of `phrases` (lower-case words, as ``Token/folded`` is).
    init(_ phrases: [[String]]) {
        self.phrases = phrases
        firstWords = WordSet(phrases.compactMap(\.first))
    }

    init(arrayLiteral phrases: [String]...) {
        self.init(phrases)
    }

    /// The length in tokens of the phrase that starts at `index` of `tokens`, or nil if none does.
    func length(at index: Int, in tokens: [Token]) -> Int? {
        guard firstWords.contains(tokens[index].folded) else { return nil }
        for phrase in phrases where index + phrase.count <= tokens.count && phrase.indices.allSatisfy({ tokens[index + $0].is(phrase[$0]) }) {
            return phrase.count
        }
        return nil
    }
}
