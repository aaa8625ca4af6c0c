/// Splits a document into sentences and tokens by the Unicode segmentation rules, as ICU's
/// break iterators do (``SentenceSplitter`` and ``WordSplitter`` find the same boundaries
/// faster; ICU's iterators take the text they leave).
///
/// Sentences come from the Unicode sentence rules with ICU's English abbreviation suppression
/// (found by ``SentenceSplitter``, or by ICU itself for text it does not handle), with one
/// change: a single line break inside wrapped prose does not end a sentence, while a line
/// break after a short label line, a list item or a blank line does. Tokens come from the
/// word rules, then:
/// - words are case-folded (``TokenNormalizer``);
/// - a clitic at the end of a word is a token of its own (`Ms B's` → `ms`, `b`, `'s`;
///   `didn't` → `did`, `n't`);
/// - a hyphen joining two words is dropped (`ex-partner` → `ex`, `partner`);
/// - shorthand reads as what it stands for (``Shorthand``: `doesnt` → `does`, `n't`; `w/` →
///   `with`);
/// - every other non-space character is a punctuation token.
///
/// Not thread-safe: each thread uses its own segmenter.
public final class Segmenter {
    private let wordBreaker: ICUBreaker
    /// Opened on first use: only text the ``SentenceSplitter`` leaves to ICU needs it, and
    /// opening it (ICU builds its abbreviation filter) is a sixteenth of notelint's start-up.
    /// The word breaker, opened from the same ICU data, has already shown the data is there.
    private lazy var sentenceBreaker: ICUBreaker = {
        do {
            return try ICUBreaker(.sentence)
        } catch {
            preconditionFailure("\(error)")
        }
    }()
    /// The splitters hold only ICU's data, read once for all segmenters.
    private static let sentenceSplitter = SentenceSplitter()
    private static let wordSplitter = WordSplitter()
    /// The word segments of the text being tokenised.
    private var wordSegments: [ICUBreaker.Segment] = []
    /// The splitter's sentence ends, reused for every stretch of text.
    private var sentenceEnds: [Int] = []
    /// A matcher's vocabulary (``Automaton/vocabulary``). When set, every token gets its
    /// ``Token/id`` as it is made, and an ASCII word found there shares the vocabulary's string
    /// instead of making its own: most words a pattern names are looked up once, from their bytes.
    var vocabulary: WordTable?

    public init() throws(NoteLintError) {
        wordBreaker = try ICUBreaker(.word)
    }

    /// The sentences of `text`, each with its tokens. Offsets are UTF-8 byte offsets into `text`.
    public func sentences(in text: String) -> [Sentence] {
        var copy = text
        return copy.withUTF8 { sentences(in: $0) }
    }

    /// The sentences of UTF-8 `bytes`, each with its tokens.
    public func sentences(in bytes: UnsafeBufferPointer<UInt8>) -> [Sentence] {
        sentenceBounds(in: bytes).compactMap { sentence(in: bytes, bounds: $0) }
    }

    /// The sentence of `bytes` within `bounds` (from ``sentenceBounds(in:)``), tokenised on its
    /// own, or nil if it holds no token. Offsets are relative to `bytes`.
    func sentence(in bytes: UnsafeBufferPointer<UInt8>, bounds: Range<Int>) -> Sentence? {
        var tokens = self.tokens(in: UnsafeBufferPointer(rebasing: bytes[bounds]))
        guard !tokens.isEmpty else { return nil }
        if bounds.lowerBound != 0 {
            for index in tokens.indices {
                tokens[index].start += bounds.lowerBound
                tokens[index].end += bounds.lowerBound
            }
        }
        return Sentence(start: bounds.lowerBound, end: bounds.upperBound, tokens: tokens)
    }

    /// The tokens of UTF-8 `bytes`, in order.
    public func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5 + 1)
        if !Self.wordSplitter.segments(in: bytes, into: &wordSegments) {
            wordSegments.removeAll(keepingCapacity: true)
            wordBreaker.forEachSegment(in: bytes) { wordSegments.append($0) }
        }
        for segment in wordSegments {
            let slice = UnsafeBufferPointer(rebasing: bytes[segment.start..<segment.end])
            if segment.end == segment.start + 1, let word = Shorthand.spacedSymbolWord(at: segment.start, in: bytes) {
                // "M isolated + controlled", "Gemma & Mr Fraser", "DA @ home addr": a plus or an
                // ampersand between spaces is "and", an at sign "at" (ICU's word rules count an
                // at sign as a letter, so this comes before words).
                append(Token(folded: word.spelling, kind: .word, start: segment.start, end: segment.end), to: &tokens)
            } else if segment.ruleStatus >= 100 {
                appendWord(slice, at: segment.start, isNumber: segment.ruleStatus < 200, to: &tokens)
            } else {
                appendPunctuation(slice, at: segment.start, to: &tokens)
            }
        }
        return readingAbbreviations(Self.droppingGivenNames(Self.droppingTitlePeriods(Self.droppingJoiningHyphens(tokens))), in: bytes)
    }

    /// `tokens` of `bytes` with each slash abbreviation ("w/", "w/o", "b/c") one token of the
    /// word it stands for (``Shorthand/abbreviation(at:in:)``).
    private func readingAbbreviations(_ tokens: [Token], in bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        // Most sentences have no slash.
        guard let first = tokens.first, let last = tokens.last,
              ByteBlocks.firstIndex(of: UInt8(ascii: "/"), in: UnsafeBufferPointer(rebasing: bytes[first.start..<last.end]), from: 0) != nil
        else { return tokens }
        func isSlash(_ index: Int) -> Bool { tokens[index].kind == .punctuation && bytes[tokens[index].start] == UInt8(ascii: "/") }
        guard let firstSlash = tokens.indices.first(where: isSlash) else { return tokens }
        var read = Array(tokens[..<max(0, firstSlash - 1)])
        var index = read.count
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .word, token.end - token.start == 1, index + 1 < tokens.count, isSlash(index + 1),
               tokens[index + 1].start == token.end, let (word, length) = Shorthand.abbreviation(at: token.start, in: bytes) {
                var expanded = Token(folded: word, kind: .word, start: token.start, end: token.start + length)
                expanded.isCapitalised = token.isCapitalised
                append(expanded, to: &read)
                while index < tokens.count, tokens[index].start < expanded.end { index += 1 }
                continue
            }
            read.append(token)
            index += 1
        }
        return read
    }

    private func appendWord(_ slice: UnsafeBufferPointer<UInt8>, at start: Int, isNumber: Bool, to tokens: inout [Token]) {
        let kind: Token.Kind = isNumber ? .number : .word
        let isCapitalised = Self.startsUpperCase(slice)
        // A clitic starts with an apostrophe: `'` or a non-ASCII one.
        let mayHaveClitic = slice.contains { $0 == UInt8(ascii: "'") || $0 >= 0x80 }
        // "doesnt" splits as "doesn't" does.
        if !mayHaveClitic, !isNumber, Shorthand.isNegativeContraction(slice) {
            let stem = TokenNormalizer.fold(UnsafeBufferPointer(rebasing: slice[..<(slice.count - 2)]))
            appendSplit(stem: stem, clitic: LiteralScanner.negativeClitic, kind: kind, isCapitalised: isCapitalised,
                        from: start, cut: start + slice.count - 2, to: start + slice.count, into: &tokens)
            return
        }
        if !mayHaveClitic, let vocabulary {
            // ASCII: its folded form is its bytes in lower case, which the vocabulary compares to.
            let id = vocabulary.id(of: slice, hash: WordTable.hash(slice))
            var token = Token(folded: id.map { vocabulary.words[Int($0)] } ?? TokenNormalizer.fold(slice), kind: kind,
                              start: start, end: start + slice.count)
            token.id = id ?? Token.unknownID
            token.isCapitalised = isCapitalised
            tokens.append(token)
            return
        }
        let folded = TokenNormalizer.fold(slice)
        guard mayHaveClitic, !isNumber, let stemLength = TokenNormalizer.cliticSplit(folded) else {
            var token = Token(folded: folded, kind: kind, start: start, end: start + slice.count)
            token.isCapitalised = isCapitalised
            append(token, to: &tokens)
            return
        }
        // The clitic is ASCII letters and one apostrophe, so it has as many scalars in the
        // original text as in the folded form; walk back that many scalars.
        let cliticScalars = folded.utf8.count - stemLength
        var cut = slice.count
        var seen = 0
        while cut > 0, seen < cliticScalars {
            cut -= 1
            if slice[cut] & 0xC0 != 0x80 { seen += 1 }
        }
        appendSplit(stem: String(folded.utf8.prefix(stemLength))!, clitic: String(folded.utf8.dropFirst(stemLength))!, kind: kind,
                    isCapitalised: isCapitalised, from: start, cut: start + cut, to: start + slice.count, into: &tokens)
    }

    /// Appends a word split into its stem (bytes `start..<cut`) and a clitic (`cut..<end`).
    private func appendSplit(stem: String, clitic: String, kind: Token.Kind, isCapitalised: Bool,
                             from start: Int, cut: Int, to end: Int, into tokens: inout [Token]) {
        var stemToken = Token(folded: stem, kind: kind, start: start, end: cut)
        stemToken.isCapitalised = isCapitalised
        append(stemToken, to: &tokens)
        append(Token(folded: clitic, kind: .word, start: cut, end: end), to: &tokens)
    }

    /// Appends `token`, with its id if there is a ``vocabulary``.
    private func append(_ token: Token, to tokens: inout [Token]) {
        var token = token
        if let vocabulary { token.id = vocabulary.id(of: token.folded) ?? Token.unknownID }
        tokens.append(token)
    }

    private static func startsUpperCase(_ slice: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = slice.first else { return false }
        if first < 0x80 { return first >= 0x41 && first <= 0x5A }
        return slice.scalar(at: 0)?.properties.isUppercase ?? false
    }

    private func appendPunctuation(_ slice: UnsafeBufferPointer<UInt8>, at start: Int, to tokens: inout [Token]) {
        // Most segments are one ASCII space or mark: below 0x21 is a space or a control character.
        if slice.count == 1, slice[0] < 0x80 {
            if slice[0] > 0x20 {
                append(Token(folded: TokenNormalizer.punctuation(Unicode.Scalar(slice[0])), kind: .punctuation, start: start, end: start + 1),
                       to: &tokens)
            }
            return
        }
        var offset = 0
        var iterator = slice.makeIterator()
        var decoder = UTF8()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            let length = UTF8.width(scalar)
            let isWhitespace = scalar.isASCII ? scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) : scalar.properties.isWhitespace
            if !isWhitespace, scalar.value >= 0x20 {
                append(Token(folded: TokenNormalizer.punctuation(scalar), kind: .punctuation,
                             start: start + offset, end: start + offset + length), to: &tokens)
            }
            offset += length
        }
    }

    /// Removes hyphen tokens that touch a word on both sides.
    static func droppingJoiningHyphens(_ tokens: [Token]) -> [Token] {
        guard tokens.contains(where: { $0.kind == .punctuation && $0.folded == "-" }) else { return tokens }
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        for (index, token) in tokens.enumerated() {
            if token.kind == .punctuation, token.folded == "-", index > 0, index + 1 < tokens.count,
               tokens[index - 1].isWordLike, tokens[index - 1].end == token.start,
               tokens[index + 1].isWordLike, tokens[index + 1].start == token.end {
                continue
            }
            kept.append(token)
        }
        return kept
    }

    /// Titles written with a full stop in American usage ("Mr. Dawson").
    static let titles: Set<String> = ["mr", "mrs", "ms", "mx", "dr"]

    /// Removes the full stop of a title before a word ("Mr. Dawson" is read as "Mr Dawson"),
    /// so that patterns name a person the same way in British and American usage.
    static func droppingTitlePeriods(_ tokens: [Token]) -> [Token] {
        // Most sentences have none: their only full stop ends them.
        dropping(tokens) { index in
            let token = tokens[index]
            return token.kind == .punctuation && index > 0 && index + 1 < tokens.count && token.folded == "."
                && tokens[index - 1].end == token.start && tokens[index + 1].isWordLike && tokens[index - 1].kind == .word
                && titles.contains(tokens[index - 1].folded)
        }
    }

    /// `tokens` without the given name of a titled full name ("Ms Fatima Begum" reads as "Ms
    /// Begum"), so that patterns naming a person by title and surname (`ms *`) read it too. The
    /// dropped word's bytes stay inside the match, which runs from the title to what follows.
    static func droppingGivenNames(_ tokens: [Token]) -> [Token] {
        dropping(tokens) { index in
            // Capitals first: most words are not capitalised, and the title test is a lookup.
            index >= 1 && index + 1 < tokens.count && tokens[index].isCapitalised && tokens[index - 1].isCapitalised
                && tokens[index + 1].isCapitalised && tokens[index].kind == .word && tokens[index + 1].kind == .word
                && personTitles.contains(tokens[index - 1].folded) && !personTitles.contains(tokens[index].folded)
                && !personTitles.contains(tokens[index + 1].folded)
        }
    }

    /// The titles of a family member's name ("Ms Fatima Begum"), which name an adult and may
    /// open a named label ("Ms Begum:"); not "Dr", a professional's.
    static let personTitles: WordSet = ["mr", "mrs", "ms", "miss", "mx"]

    /// `tokens` without those at the indices `drops` picks (it reads `tokens` as they are, before
    /// any is dropped). Most sentences drop none, and keep their array.
    private static func dropping(_ tokens: [Token], where drops: (Int) -> Bool) -> [Token] {
        guard let first = tokens.indices.first(where: drops) else { return tokens }
        var kept = Array(tokens[..<first])
        kept.reserveCapacity(tokens.count)
        for index in (first + 1)..<tokens.count where !drops(index) { kept.append(tokens[index]) }
        return kept
    }

    /// Sentence byte ranges covering `bytes`.
    func sentenceBounds(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let joined = LineJoiner.joinWrappedLines(bytes) else { return sentenceBounds(inJoined: bytes) }
        return joined.withUnsafeBufferPointer { sentenceBounds(inJoined: $0) }
    }

    private func sentenceBounds(inJoined bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var bounds: [Range<Int>] = []
        guard !bytes.isEmpty else { return bounds }
        if let sentenceSplitter = Self.sentenceSplitter, sentenceSplitter.segmentEnds(in: bytes, into: &sentenceEnds) {
            bounds.reserveCapacity(sentenceEnds.count)
            var start = 0
            for end in sentenceEnds {
                bounds.append(start..<end)
                start = end
            }
        } else {
            sentenceBreaker.forEachSegment(in: bytes) { bounds.append($0.start..<$0.end) }
        }
        return bounds
    }
}
