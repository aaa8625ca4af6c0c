import NoteLintKit

/// Rule sets of different sizes for the rule-count scaling benchmarks.
enum SyntheticCatalogue {
    /// The first `count` rules of the bundled catalogue (with all its word classes).
    static func prefix(_ count: Int) throws -> RuleSet {
        var set = try RuleLoader.load(RuleFile.bundled)
        set.rules = Array(set.rules.prefix(count))
        return set
    }

    /// The bundled catalogue plus `copies` copies of every rule and every word class, with
    /// every literal word made into a nonsense word (`protect` → `protectzq3`) and every class
    /// reference pointed at the class's nonsense copy (`@abuse-verb` → `@abuse-verb-zq3`). The
    /// automaton grows by a factor of `copies + 1`, but the copies match nothing in real text,
    /// so the work after matching (context analysis, findings) stays the same as with the real
    /// catalogue.
    static func multiplied(copies: Int) throws -> RuleSet {
        var set = try RuleLoader.load(RuleFile.bundled)
        let original = set.rules
        let originalClasses = set.classes
        for copy in 1...copies {
            let suffix = "zq\(copy)"
            for (name, entries) in originalClasses {
                set.classes["\(name)-\(suffix)"] = entries.map { PatternSource(text: nonsense($0.text, suffix: suffix), origin: $0.origin) }
            }
            for rule in original {
                var clone = rule
                clone.id = "\(rule.id)-\(suffix)"
                clone.patterns = rule.patterns.map { PatternSource(text: nonsense($0.text, suffix: suffix), origin: $0.origin) }
                clone.exceptions = rule.exceptions.map { PatternSource(text: nonsense($0.text, suffix: suffix), origin: $0.origin) }
                set.rules.append(clone)
            }
        }
        return set
    }

    /// `pattern` with `suffix` appended to every literal word and `~word`, and `-suffix` to
    /// every `@class` name, leaving clitics after an apostrophe (`'s`, `n't`), escaped
    /// characters, gaps (`*{m,n}`), groups and `?` untouched.
    static func nonsense(_ pattern: String, suffix: String) -> String {
        let characters = Array(pattern)
        var result = ""
        var index = 0
        func isClassCharacter(_ character: Character) -> Bool {
            character.isLetter || character.isNumber || character == "-" || character == "_"
        }
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count {
                result.append(character)
                result.append(characters[index + 1])
                index += 2
            } else if character == "@" {
                var end = index + 1
                while end < characters.count, isClassCharacter(characters[end]) { end += 1 }
                result += String(characters[index..<end]) + "-" + suffix
                index = end
            } else if character.isLetter {
                var end = index + 1
                while end < characters.count, characters[end].isLetter { end += 1 }
                let isClitic = index > 0 && (characters[index - 1] == "'" || characters[index - 1] == "’")
                result += String(characters[index..<end]) + (isClitic ? "" : suffix)
                index = end
            } else {
                result.append(character)
                index += 1
            }
        }
        return result
    }
}
