/// Finds, in raw UTF-8 bytes, the words that may be tokens equal to one of a set of literals
/// (lower-case ASCII letters and digits), ignoring ASCII case.
///
/// This is the prefilter's engine. It walks the bytes once, cutting them into runs of ASCII
/// letters and digits, and looks each run up by its hash in a ``ScanTable``: no tokenising, no
/// string, a table that stays in the cache. A token the segmenter makes from an ASCII word is always
/// such a run, or such a run less a final `n` before an apostrophe (`did` in `didn't`), or
/// shorthand read as a word (``Shorthand``: `does` and `n't` in `doesnt`, `with` in `w/`, `and`
/// in ` + `); a clitic (`n't`, `'s`…) is found by its apostrophe. So every token equal to a literal is
/// found; a few runs that are not tokens (`3` in `3.5`) may be found too, and rarely a word
/// whose hash bits and length are a literal's, which only makes the prefilter pass more text.
struct LiteralScanner: Sendable {
    /// One occurrence of a literal in the text.
    struct Hit: Sendable, Equatable {
        /// The literal's id.
        var literal: Int32
        /// Its length in the text, in bytes (`n’t` is longer than `n't`).
        var length: Int32
        /// Its first byte's offset.
        var offset: Int

        init(literal: Int32, offset: Int, length: Int) {
            self.literal = literal
            self.length = Int32(length)
            self.offset = offset
        }

        /// The offset just past it.
        var end: Int { offset + Int(length) }
    }

    /// The clitic `n't`, which the scan finds after a word ending in `n` and an apostrophe of
    /// any kind and a `t` (`didn't`, `wasn’t`); the other clitics (`'s`, `'re`…) it finds after a
    /// word and an apostrophe of any kind.
    static let negativeClitic = "n't"
    /// The characters the segmenter treats as an apostrophe, in UTF-8.
    private static let apostrophes: [[UInt8]] = TokenNormalizer.apostrophes.map { Array(String($0).utf8) }
    /// Per byte: true if some apostrophe starts with it.
    private static let startsApostrophe: [Bool] = (0...255).map { byte in apostrophes.contains { $0.first == UInt8(byte) } }

    /// The literals (ids are their places).
    let literals: [String]
    /// The literals that are words, by their hashes (clitics are found by their apostrophes).
    let table: ScanTable

    /// True if the scanner can look for `literal`: lower-case ASCII letters and digits only, or
    /// a clitic (``TokenNormalizer/clitics``).
    static func canFind(_ literal: String) -> Bool {
        isWord(literal) || TokenNormalizer.clitics.contains(literal)
    }

    /// True if `literal` is lower-case ASCII letters and digits (not a clitic).
    static func isWord(_ literal: String) -> Bool {
        var copy = literal
        return copy.withUTF8 { !$0.isEmpty && $0.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) } }
    }

    /// Prepares the scan for `literals` (see ``canFind(_:)``); literal `i` of the array has id `i`.
    /// `aliases` maps other spellings to literals ("volitile" to "volatile"): each is found as
    /// its literal.
    init(literals: [String], aliases: [String: String] = [:]) {
        let ids = Dictionary(literals.enumerated().map { ($0.element, Int32($0.offset)) }, uniquingKeysWith: { first, _ in first })
        let found = aliases.sorted { $0.key < $1.key }.compactMap { alias in ids[alias.value].map { (spelling: alias.key, id: $0) } }
        self.init(literals: literals, table: ScanTable(literals, aliases: found.filter { Self.isWord($0.spelling) }, excluding: { !Self.isWord($0) }))
    }

    /// The scan for `literals` with their table (as archived: ``table``).
    init(literals: [String], table: ScanTable) {
        // The prefilter's builder makes only such literals, and an archive is checked for them.
        assert(literals.allSatisfy(Self.canFind), "literals must be lower-case ASCII letters and digits, or clitics")
        self.literals = literals
        self.table = table
        negativeCliticID = literals.firstIndex(of: Self.negativeClitic).map(Int32.init)
        andWordID = Self.id(ofWord: Shorthand.SymbolWord.and.spelling, in: literals, table)
        atWordID = Self.id(ofWord: Shorthand.SymbolWord.at.spelling, in: literals, table)
        abbreviationIDs = Shorthand.abbreviatedWords.compactMap { word in Self.id(ofWord: word, in: literals, table).map { (word, $0) } }
        // A few clitics, looked for in a list: a dictionary keyed by bytes would cost start-up
        // more (the runtime looks up its key's conformances) than it saves.
        apostropheClitics = literals.enumerated().compactMap { id, literal in
            guard literal.hasPrefix("'"), literal != Self.negativeClitic, TokenNormalizer.clitics.contains(literal) else { return nil }
            return Clitic(letters: Array(literal.utf8.dropFirst()), id: Int32(id))
        }
    }

    /// The id of `word` if it is one of the literals (clitics aside).
    func id(ofWord word: String) -> Int32? {
        Self.id(ofWord: word, in: literals, table)
    }

    private static func id(ofWord word: String, in literals: [String], _ table: ScanTable) -> Int32? {
        var copy = word
        var found: Int32? = nil
        copy.withUTF8 { utf8 in
            table.forEachID(length: utf8.count, hash: WordTable.hash(utf8)) { id in
                if literals[Int(id)] == word { found = id }
            }
        }
        return found
    }

    /// The id of `n't` if it is one of the literals.
    private let negativeCliticID: Int32?
    /// The id of "and" if it is one of the literals: a plus or an ampersand between spaces is
    /// read as it.
    private let andWordID: Int32?
    /// The id of "at" if it is one of the literals: an at sign between spaces is read as it.
    private let atWordID: Int32?
    /// The words of slash abbreviations (``Shorthand``) among the literals, with their ids.
    private let abbreviationIDs: [(word: String, id: Int32)]
    /// The other clitics among the literals, by their letters (`s` for `'s`), with their ids.
    private let apostropheClitics: [Clitic]

    private struct Clitic {
        var letters: [UInt8]
        var id: Int32
    }

    /// Appends to `hits`, in order of their offsets, every run of ASCII letters and digits in
    /// `text` that is one of the literals (or is one followed by an `n` and an apostrophe), and
    /// every clitic among the literals.
    func appendTokenHits(in text: UnsafeBufferPointer<UInt8>, to hits: inout [Hit]) {
        guard let base = text.baseAddress else { return }
        let count = text.count
        Self.lowered.withUnsafeBufferPointer { lowered in
            var index = 0
            while index < count {
                // Skip to the next run, looking at each apostrophe for a clitic after a word.
                while index < count, lowered[Int(base[index])] == 0 {
                    let byte = base[index]
                    if byte == UInt8(ascii: "'") || byte >= 0xC0, index > 0, !apostropheClitics.isEmpty,
                       lowered[Int(base[index - 1])] != 0 || base[index - 1] >= 0x80 {
                        appendClitic(at: index, base, count, lowered, to: &hits)
                    } else if Shorthand.maySpellWord(byte), let word = Shorthand.spacedSymbolWord(at: index, in: text),
                              let id = word == .and ? andWordID : atWordID {
                        hits.append(Hit(literal: id, offset: index, length: 1))
                    }
                    index += 1
                }
                guard index < count else { break }
                let start = index
                // Eight bytes at a time: where the word ends, and its hash, without a loop or a
                // multiply per byte.
                var value = WordTable.hashSeed
                while index + 8 <= count {
                    let raw = ByteBlocks.load(text, at: index)
                    let letters = ByteBlocks.firstNonLetterOrDigit(in: raw)
                    let block = raw | WordTable.caseBits
                    if letters == 8 {
                        value = WordTable.mix(value, block)
                        index += 8
                        continue
                    }
                    if letters > 0 { value = WordTable.mix(value, block & (UInt64.max &>> UInt64(64 - 8 * letters))) }
                    index += letters
                    break
                }
                var hash: UInt32? = nil
                if index + 8 > count, index < count, lowered[Int(base[index])] != 0 {
                    // Near the end of the text: the end byte by byte, and the whole word's hash.
                    repeat { index += 1 } while index < count && lowered[Int(base[index])] != 0
                    hash = WordTable.hash(UnsafeBufferPointer(start: base + start, count: index - start))
                }
                let length = index - start
                table.forEachID(length: length, hash: hash ?? WordTable.finish(value)) { hits.append(Hit(literal: $0, offset: start, length: length)) }
                let last = lowered[Int(base[index - 1])]
                if last != UInt8(ascii: "n") {
                    // Shorthand (``Shorthand``): "doesnt" is "does" and n't; "w/" is "with".
                    // Most words end in neither letter: one look-up passes them.
                    guard Self.mayEndShorthand(last) else { continue }
                    if last == UInt8(ascii: "t") {
                        if length >= 4, lowered[Int(base[index - 2])] == UInt8(ascii: "n"),
                           Shorthand.isNegativeContraction(UnsafeBufferPointer(start: base + start, count: length)) {
                            let stem = UnsafeBufferPointer(start: base + start, count: length - 2)
                            table.forEachID(length: length - 2, hash: WordTable.hash(stem)) { hits.append(Hit(literal: $0, offset: start, length: length - 2)) }
                            if let negativeCliticID { hits.append(Hit(literal: negativeCliticID, offset: index - 2, length: 2)) }
                        }
                    } else if length == 1, index < count, base[index] == UInt8(ascii: "/"),
                              let (word, spelled) = Shorthand.abbreviation(at: start, in: text),
                              let id = abbreviationIDs.first(where: { $0.word == word })?.id {
                        hits.append(Hit(literal: id, offset: start, length: spelled))
                    }
                    continue
                }
                // A word ending in n, an apostrophe and a t: the stem and n't (`didn't`).
                guard index < count else { continue }
                let apostrophe = Self.apostropheLength(at: index, base, count)
                guard apostrophe > 0 else { continue }
                if length > 1 {
                    let stem = UnsafeBufferPointer(start: base + start, count: length - 1)
                    table.forEachID(length: length - 1, hash: WordTable.hash(stem)) { hits.append(Hit(literal: $0, offset: start, length: length - 1)) }
                }
                if let negativeCliticID, index + apostrophe < count, base[index + apostrophe] | 0x20 == UInt8(ascii: "t") {
                    hits.append(Hit(literal: negativeCliticID, offset: index - 1, length: apostrophe + 2))
                }
            }
        }
    }

    /// Appends a clitic such as `'s` that starts at `index`: an apostrophe, one or two letters,
    /// and the end of the word.
    private func appendClitic(at index: Int, _ base: UnsafePointer<UInt8>, _ count: Int, _ lowered: UnsafeBufferPointer<UInt8>,
                              to hits: inout [Hit]) {
        let apostrophe = Self.apostropheLength(at: index, base, count)
        guard apostrophe > 0 else { return }
        var end = index + apostrophe
        while end < count, end - index - apostrophe < 2, lowered[Int(base[end])] >= UInt8(ascii: "a") { end += 1 }
        let letters = (index + apostrophe)..<end
        guard !letters.isEmpty, end == count || lowered[Int(base[end])] == 0,
              let clitic = apostropheClitics.first(where: { $0.letters.elementsEqual(letters.lazy.map { lowered[Int(base[$0])] }) })
        else { return }
        hits.append(Hit(literal: clitic.id, offset: index, length: end - index))
    }

    /// The length of the apostrophe at `index`, or 0 if there is none.
    private static func apostropheLength(at index: Int, _ base: UnsafePointer<UInt8>, _ count: Int) -> Int {
        // Most words ending in n are followed by no apostrophe: one byte tells.
        guard startsApostrophe[Int(base[index])] else { return 0 }
        for apostrophe in apostrophes where index + apostrophe.count <= count {
            if apostrophe.indices.allSatisfy({ base[index + $0] == apostrophe[$0] }) { return apostrophe.count }
        }
        return 0
    }

    /// True if `byte` is ASCII but not a letter, a digit, a space or a control character.
    static func isPunctuation(_ byte: UInt8) -> Bool {
        byte > 0x20 && byte < 0x80 && lowered[Int(byte)] == 0
    }

    /// True if a word ending in the lower-case `byte` may be shorthand: "t" ("doesnt"), "w"
    /// and "b" ("w/", "b/c"). A constant mask: a table here would be a lazy global, checked at
    /// every word.
    @inline(__always)
    private static func mayEndShorthand(_ byte: UInt8) -> Bool {
        let offset = byte &- UInt8(ascii: "a")
        return offset < 26 && (UInt32(1 << 1 | 1 << 19 | 1 << 22) >> UInt32(offset)) & 1 != 0
    }

    /// Byte → its lower-case form if it is an ASCII letter or digit, else 0.
    private static let lowered: [UInt8] = (0...255).map { byte in
        let value = UInt8(byte)
        if value >= 0x41 && value <= 0x5A { return value | 0x20 }
        return (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) ? value : 0
    }
}
