/// Expands a context phrase written with alternatives into the literal phrases it stands for:
/// `(enquiry|enquiries) (completed|carried out) with each alone ,? nothing disclosed` is
/// eight phrases. A group in parentheses holds alternatives of one or more words separated by
/// `|`; a group followed by `?`, or a lone punctuation mark followed by `?` (`,?`), may be
/// left out. A punctuation mark on its own is written against the word before it ("alone,
/// nothing"), as text has it.
///
/// Context phrases are found in the note's text as written, not matched as patterns: gaps
/// (`*`), classes (`@name`) and lemmas (`~word`) are errors here.
enum PhraseAlternatives {
    /// The most phrases one written phrase may stand for: each is looked for in the text of
    /// every paragraph where its rule matches, so a list that spells hundreds slows linting.
    static let limit = 64

    /// Why a written phrase cannot be expanded.
    struct Problem: Error, Equatable {
        let message: String
    }

    /// The literal phrases `written` stands for, in order (the written phrase itself if it has
    /// no group).
    static func expand(_ written: String) throws(Problem) -> [String] {
        var phrases = [""]
        for slot in try slots(of: written) {
            var next: [String] = []
            for phrase in phrases {
                for choice in slot { next.append(joined(phrase, choice)) }
            }
            guard next.count <= limit else {
                throw Problem(message: "'\(written)' stands for more than \(limit) phrases; split it")
            }
            phrases = next
        }
        return phrases
    }

    /// The choices at each place of `written`: one for a word, a group's alternatives, and an
    /// empty choice too where the place may be left out.
    private static func slots(of written: String) throws(Problem) -> [[String]] {
        var slots: [[String]] = []
        var rest = Substring(written)
        while let first = rest.firstIndex(where: { $0 != " " }) {
            rest = rest[first...]
            if rest.first == "(" {
                guard let close = rest.firstIndex(of: ")") else { throw Problem(message: "'\(written)' opens a group it does not close") }
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                guard !inside.contains("(") else { throw Problem(message: "'\(written)' has a group inside a group") }
                let choices = inside.split(separator: "|", omittingEmptySubsequences: false).map { $0.split(separator: " ").joined(separator: " ") }
                guard !choices.contains(where: \.isEmpty) else { throw Problem(message: "'\(written)' has an empty alternative") }
                rest = rest[rest.index(after: close)...]
                if rest.first == "?" {
                    slots.append([""] + choices)
                    rest = rest.dropFirst()
                } else {
                    slots.append(choices)
                }
                continue
            }
            let end = rest.firstIndex(of: " ") ?? rest.endIndex
            let word = rest[..<end]
            rest = rest[end...]
            guard !word.contains(")"), !word.contains("|") else { throw Problem(message: "'\(written)' closes a group it does not open") }
            if word == "*" || word.first == "@" || word.first == "~" {
                throw Problem(message: "'\(written)' holds '\(word)': context phrases are text, not patterns (no gaps, classes or lemmas)")
            }
            if word.count == 2, word.last == "?", let mark = word.first, mark.isPunctuation {
                slots.append(["", String(mark)])
            } else {
                slots.append([String(word)])
            }
        }
        return slots
    }

    /// `phrase` and then `choice`: a space between, except before a lone punctuation mark.
    private static func joined(_ phrase: String, _ choice: String) -> String {
        if choice.isEmpty { return phrase }
        if phrase.isEmpty { return choice }
        let attaches = choice.count == 1 && choice.first!.isPunctuation
        return phrase + (attaches ? "" : " ") + choice
    }
}
