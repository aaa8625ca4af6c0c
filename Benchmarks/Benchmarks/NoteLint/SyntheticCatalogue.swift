import NoteLintKit

/// Rule sets of different sizes for the rule-count scaling benchmarks.
enum SyntheticCatalogue {
    /// The first `count` rules of the bundled catalogue (with all its word classes).
    static func prefix(_ count: Int) throws -> RuleSet {
        var set = try RuleLoader.load(RuleFile.bundled)
        set.rules = Array(set.rules.prefix(count))
        return set
    }

    /// The bundled catalogue plus `copies` copies of every rule whose literal words are made
    /// into nonsense words (`protect` → `protectzq3`). The automaton grows by a factor of
    /// `copies + 1`, but the copies match nothing in real text, so the work after matching
    /// (context analysis, findings) stays the same as with the real catalogue.
    static func multiplied(copies: Int) throws -> RuleSet {
        var set = try RuleLoader.load(RuleFile.bundled)
        let original = set.rules
        for copy in 1...copies {
            let suffix = "zq\(copy)"
            for rule in original {
                var clone = rule
                clone.id = "\(rule.id)-\(suffix)"
                // A pattern without literal words (only classes, gaps, punctuation) would match
                // real text again in every copy: leave it out of the copies.
                clone.patterns = rule.patterns.compactMap { source in
                    let text = nonsense(source.text, suffix: suffix)
                    return text == source.text ? nil : PatternSource(text: text, origin: source.origin)
                }
                if clone.patterns.isEmpty { clone.patterns = [PatternSource(text: "nonce\(suffix) word\(suffix)", origin: rule.origin)] }
                clone.exceptions = rule.exceptions.compactMap { source in
                    let text = nonsense(source.text, suffix: suffix)
                    return text == source.text ? nil : PatternSource(text: text, origin: source.origin)
                }
                set.rules.append(clone)
            }
        }
        return set
    }

    /// `pattern` with `suffix` appended to every literal word and to every `~word`, leaving
    /// `@class` names, clitics after an apostrophe (`'s`, `n't`), gaps (`*{m,n}`), groups and
    /// `?` untouched.
    static func nonsense(_ pattern: String, suffix: String) -> String {
        var result = ""
        var characters = pattern.makeIterator()
        var pending: Character? = characters.next()
        var previous: Character? = nil
        var inClassName = false
        while let character = pending {
            if character == "@" {
                inClassName = true
                result.append(character)
            } else if character.isLetter {
                var word = String(character)
                pending = characters.next()
                while let next = pending, next.isLetter {
                    word.append(next)
                    pending = characters.next()
                }
                let isClitic = previous == "'" || previous == "’"
                result += word
                if !inClassName && !isClitic { result += suffix }
                previous = word.last
                continue
            } else {
                // A class name is letters, digits and hyphens; anything else ends it.
                if inClassName && !(character == "-" || character == "_" || character.isNumber) { inClassName = false }
                result.append(character)
            }
            previous = character
            pending = characters.next()
        }
        return result
    }
}
