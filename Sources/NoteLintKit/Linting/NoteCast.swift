import Foundation

/// The people a note names, by role: who fills `[person causing harm]`, `[survivor]` and
/// `[child]` in suggestions.
///
/// Names come from declarations (front matter or options) first, then from the note: a title
/// and surname ("Mr Hale", "Ms Nowak") through the lexicon's person classes, and a child
/// written with an age ("Amy (7)"). The most often named person of a role wins. Nothing else
/// is guessed: a role with no name stays a placeholder.
struct NoteCast: Equatable {
    var personCausingHarm: String?
    var survivor: String?
    var children: [String] = []

    static let titles: Set<String> = ["mr", "ms", "mrs", "miss", "mx"]

    init(personCausingHarm: String? = nil, survivor: String? = nil, children: [String] = []) {
        self.personCausingHarm = personCausingHarm
        self.survivor = survivor
        self.children = children
    }

    init(sentences: [Sentence], bytes: UnsafeBufferPointer<UInt8>, people: PersonFinder, declared: [String: Role]) {
        var counts: [Role: [String: (count: Int, first: Int)]] = [:]
        var order = 0
        func note(_ name: String, _ role: Role) {
            order += 1
            let previous = counts[role]?[name]
            counts[role, default: [:]][name] = ((previous?.count ?? 0) + 1, previous?.first ?? order)
        }
        for sentence in sentences {
            let tokens = sentence.tokens
            for reference in people.references(in: tokens) {
                let first = tokens[reference.start]
                guard reference.isDeclared || (Self.titles.contains(first.folded) && reference.end - reference.start == 2) else { continue }
                let surface = String(decoding: UnsafeBufferPointer(rebasing: bytes[first.start..<tokens[reference.end - 1].end]), as: UTF8.self)
                guard reference.isDeclared || Self.isCapitalised(tokens[reference.end - 1], bytes) else { continue }
                note(surface, reference.role)
            }
            // "Amy (7)": a capitalised word, then an age in brackets.
            var index = 0
            while index + 3 < tokens.count {
                if tokens[index].kind == .word, tokens[index + 1].folded == "(", tokens[index + 2].kind == .number,
                   tokens[index + 3].folded == ")", Self.isCapitalised(tokens[index], bytes), index == 0 || tokens[index - 1].folded != "(" {
                    note(String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].start..<tokens[index].end]), as: UTF8.self), .child)
                }
                index += 1
            }
        }
        func best(_ role: Role) -> String? {
            if let declaredName = declared.filter({ $0.value == role }).keys.sorted().first { return declaredName }
            return counts[role]?.max { ($0.value.count, -$0.value.first) < ($1.value.count, -$1.value.first) }?.key
        }
        personCausingHarm = best(.causer)
        survivor = best(.survivor)
        let declaredChildren = declared.filter { $0.value == .child }.keys.sorted()
        children = declaredChildren.isEmpty
            ? (counts[.child] ?? [:]).sorted { $0.value.first < $1.value.first }.map(\.key)
            : declaredChildren
    }

    private static func isCapitalised(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[token.start..<token.end]), as: UTF8.self)
        return text.first?.isUppercase == true
    }

    /// `template` with the role placeholders filled where a name is known.
    func fill(_ template: String) -> String {
        var text = template
        if let personCausingHarm { text = text.replacingAll("[person causing harm]", with: personCausingHarm) }
        if let survivor { text = text.replacingAll("[survivor]", with: survivor) }
        if !children.isEmpty { text = text.replacingAll("[child]", with: Self.list(children)) }
        return text
    }

    /// "Amy", "Amy and Ben", "Amy, Ben and Zoë".
    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }
}

extension String {
    /// The string with every occurrence of `target` replaced by `replacement`.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.range(of: target) {
            result += rest[..<range.lowerBound]
            result += replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
