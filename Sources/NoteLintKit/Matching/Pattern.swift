import Foundation

/// A parsed token pattern (see Rules/README.md, "Pattern language").
indirect enum PatternElement: Equatable, Sendable {
    /// Exactly this folded token.
    case token(String)
    /// Any one of these folded tokens (an inflected word).
    case anyToken(Set<String>)
    /// Any entry of a word class from the lexicon.
    case wordClass(String)
    /// A sequence of elements.
    case sequence([PatternElement])
    /// One of several alternatives.
    case alternatives([PatternElement])
    /// The element or nothing.
    case optional(PatternElement)
    /// Between `min` and `max` tokens of any kind but sentence and clause punctuation.
    case gap(min: Int, max: Int)
}

/// Parses the pattern language into ``PatternElement``s.
///
/// Literal words go through the document tokeniser, so that a pattern author's `ex-partner`,
/// `Mother's` or `n/a` become exactly the tokens the same words become in a note.
struct PatternParser {
    /// The largest `n` of a gap `*{m,n}`.
    static let maximumGap = 8

    /// Splits a literal word into folded tokens the way the document tokeniser would.
    let literalTokens: (String) -> [String]
    /// The inflected forms of a folded word, itself included.
    let inflections: (String) -> Set<String>

    /// Parses `text`. A rule pattern may not start or end with a gap; a word-class entry may
    /// end with one (`ms *`).
    func parse(_ text: String, isClassEntry: Bool = false) throws(NoteLintError) -> PatternElement {
        var lexer = Lexer(text: text)
        let items = try lexer.lex()
        var position = 0
        let element = try parseAlternatives(items, &position, in: text)
        if position < items.count {
            throw NoteLintError.pattern("unexpected ')' in pattern \"\(text)\"")
        }
        try validateEnds(element, in: text, allowTrailingGap: isClassEntry)
        return element
    }

    /// The titles that, followed by one word ("mr *", "ms *"), name a person in a role, as
    /// patterns write them (``NoteCast/titles`` in lower case).
    private static let titleRoles = Dictionary(uniqueKeysWithValues: NoteCast.titles.map { ($0.key.lowercased(), $0.value) })

    /// `element` with every title followed by one word ("mr *") also matching its role's
    /// reserved word (``RoleNames/reservedWords``), which a bare name known in that role
    /// becomes: "mr * 's temper" then finds "Dean's temper" once Dean is known to cause harm.
    static func matchingRoleWords(_ element: PatternElement) -> PatternElement {
        switch element {
        case .sequence(let elements):
            var result: [PatternElement] = []
            var index = 0
            while index < elements.count {
                if index + 1 < elements.count, case .token(let word) = elements[index], let role = titleRoles[word],
                   let reserved = RoleNames.reservedWords[role], case .gap(1, 1) = elements[index + 1] {
                    result.append(.alternatives([.sequence([elements[index], elements[index + 1]]), .token(reserved)]))
                    index += 2
                } else {
                    result.append(matchingRoleWords(elements[index]))
                    index += 1
                }
            }
            return result.count == 1 ? result[0] : .sequence(result)
        case .alternatives(let options):
            return .alternatives(options.map(matchingRoleWords))
        case .optional(let inner):
            return .optional(matchingRoleWords(inner))
        default:
            return element
        }
    }

    private func validateEnds(_ element: PatternElement, in text: String, allowTrailingGap: Bool) throws(NoteLintError) {
        guard case .sequence(let elements) = element else {
            if case .gap = element { throw NoteLintError.pattern("pattern \"\(text)\" is only a gap") }
            return
        }
        if elements.isEmpty { throw NoteLintError.pattern("empty pattern") }
        // Also through groups and optional words: "(the|* 's) marriage" may start with a gap,
        // which the matcher cannot start a match on. (A group may end with one: "(him|mr *)".)
        if Self.mayOpenWithGap(elements) { throw NoteLintError.pattern("pattern \"\(text)\" starts with a gap") }
        if !allowTrailingGap, case .gap = elements.last! { throw NoteLintError.pattern("pattern \"\(text)\" ends with a gap") }
    }

    /// True if a match of `elements` may begin with a gap: the first element that must match,
    /// or an optional element before it, may be one.
    private static func mayOpenWithGap(_ elements: [PatternElement]) -> Bool {
        for element in elements {
            switch element {
            case .gap: return true
            case .optional(let inner):
                if mayOpenWithGap([inner]) { return true }
            case .sequence(let inner):
                return mayOpenWithGap(inner)
            case .alternatives(let options):
                return options.contains { mayOpenWithGap([$0]) }
            default:
                return false
            }
        }
        return false
    }

    private func parseAlternatives(_ items: [Lexer.Item], _ position: inout Int, in text: String) throws(NoteLintError) -> PatternElement {
        var options: [PatternElement] = [try parseSequence(items, &position, in: text)]
        while position < items.count, items[position] == .bar {
            position += 1
            options.append(try parseSequence(items, &position, in: text))
        }
        return options.count == 1 ? options[0] : .alternatives(options)
    }

    private func parseSequence(_ items: [Lexer.Item], _ position: inout Int, in text: String) throws(NoteLintError) -> PatternElement {
        var elements: [PatternElement] = []
        loop: while position < items.count {
            let item = items[position]
            var element: PatternElement
            switch item {
            case .bar, .close:
                break loop
            case .open:
                position += 1
                element = try parseAlternatives(items, &position, in: text)
                guard position < items.count, items[position] == .close else {
                    throw NoteLintError.pattern("missing ')' in pattern \"\(text)\"")
                }
            case .word(let word):
                let tokens = literalTokens(word)
                guard !tokens.isEmpty else { throw NoteLintError.pattern("'\(word)' has no tokens in pattern \"\(text)\"") }
                element = tokens.count == 1 ? .token(tokens[0]) : .sequence(tokens.map { .token($0) })
            case .inflected(let word):
                var tokens = literalTokens(word)
                guard let last = tokens.popLast() else { throw NoteLintError.pattern("'~\(word)' has no tokens in pattern \"\(text)\"") }
                let forms = PatternElement.anyToken(inflections(last))
                element = tokens.isEmpty ? forms : .sequence(tokens.map { .token($0) } + [forms])
            case .wordClass(let name):
                element = .wordClass(name)
            case .gap(let minimum, let maximum):
                guard minimum <= maximum, maximum >= 1, maximum <= Self.maximumGap else {
                    throw NoteLintError.pattern("gap *{\(minimum),\(maximum)} must have 0 ≤ m ≤ n, 1 ≤ n ≤ \(Self.maximumGap), in pattern \"\(text)\"")
                }
                element = .gap(min: minimum, max: maximum)
            case .optionalMark:
                throw NoteLintError.pattern("'?' with nothing before it in pattern \"\(text)\"")
            }
            position += 1
            if position < items.count, items[position] == .optionalMark {
                if case .gap = element { throw NoteLintError.pattern("a gap cannot be optional in pattern \"\(text)\"; use *{0,n}") }
                element = .optional(element)
                position += 1
            }
            elements.append(element)
        }
        if elements.isEmpty { throw NoteLintError.pattern("empty alternative in pattern \"\(text)\"") }
        return elements.count == 1 ? elements[0] : .sequence(elements)
    }
}

/// Splits pattern text into structural items.
private struct Lexer {
    enum Item: Equatable {
        case open, close, bar, optionalMark
        case word(String)
        case inflected(String)
        case wordClass(String)
        case gap(Int, Int)
    }

    let text: String

    mutating func lex() throws(NoteLintError) -> [Item] {
        var items: [Item] = []
        var current = ""
        func flush() throws(NoteLintError) {
            guard !current.isEmpty else { return }
            defer { current = "" }
            if current.hasPrefix("~") {
                let word = String(current.dropFirst())
                guard !word.isEmpty else { throw NoteLintError.pattern("'~' without a word in pattern \"\(text)\"") }
                items.append(.inflected(word))
            } else if current.hasPrefix("@") {
                let name = String(current.dropFirst())
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    throw NoteLintError.pattern("bad word class '\(current)' in pattern \"\(text)\"")
                }
                items.append(.wordClass(name))
            } else {
                items.append(.word(current))
            }
        }
        var characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\\":
                // An escaped structural character is a literal: "\(" matches a bracket.
                guard index + 1 < characters.count else { throw NoteLintError.pattern("'\\' at the end of pattern \"\(text)\"") }
                try flush()
                index += 1
                items.append(.word(String(characters[index])))
            case " ", "\t":
                try flush()
            case "(":
                try flush(); items.append(.open)
            case ")":
                try flush(); items.append(.close)
            case "|":
                try flush(); items.append(.bar)
            case "?":
                guard !current.isEmpty || items.last == .close else {
                    throw NoteLintError.pattern("'?' with nothing before it in pattern \"\(text)\"")
                }
                try flush(); items.append(.optionalMark)
            case "*" where current.isEmpty:
                var minimum = 1
                var maximum = 1
                if index + 1 < characters.count, characters[index + 1] == "{" {
                    guard let close = characters[(index + 1)...].firstIndex(of: "}") else {
                        throw NoteLintError.pattern("missing '}' in pattern \"\(text)\"")
                    }
                    let bounds = String(characters[(index + 2)..<close]).split(separator: ",", omittingEmptySubsequences: false)
                    guard bounds.count == 2, let low = Int(bounds[0].trimmingCharacters(in: .whitespaces)),
                          let high = Int(bounds[1].trimmingCharacters(in: .whitespaces)) else {
                        throw NoteLintError.pattern("bad gap '*{\(String(characters[(index + 2)..<close]))}' in pattern \"\(text)\"; write *{m,n}")
                    }
                    minimum = low
                    maximum = high
                    index = close
                }
                items.append(.gap(minimum, maximum))
            default:
                current.append(character)
            }
            index += 1
        }
        try flush()
        characters.removeAll()
        return items
    }
}
