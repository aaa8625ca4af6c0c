/// Finds references to people in a sentence and the role each plays, from the lexicon
/// classes `survivor-ref`, `causer-ref`, `child-ref` and `agency-ref`, and from names whose
/// role the note or the command line declares.
struct PersonFinder {
    /// The lexicon classes that name each role.
    static let roleClasses: [(name: String, role: Role)] = [
        ("survivor-ref", .survivor), ("causer-ref", .causer), ("child-ref", .child), ("agency-ref", .agency),
    ]

    /// One reference: tokens `start..<end` name someone with `role`.
    struct Reference: Equatable {
        var start: Int
        var end: Int
        var role: Role
        var isDeclared = false
    }

    /// The compiled role classes; an accept's `rule` indexes `roles`.
    let automaton: Automaton
    let roles: [Role]
    /// Declared names (folded tokens of the name) → role.
    var declared: [[String]: Role] = [:]

    /// Every person reference in `tokens` (token ids for `automaton` are looked up here).
    func references(in tokens: [Token]) -> [Reference] {
        var ided = tokens
        for index in ided.indices { ided[index].id = automaton.id(of: ided[index].folded) }
        var found = automaton.matches(in: ided).map { Reference(start: $0.start, end: $0.end, role: roles[Int($0.rule)]) }
        for (name, role) in declared where !name.isEmpty {
            var index = 0
            while index + name.count <= tokens.count {
                if tokens[index..<(index + name.count)].map(\.folded).elementsEqual(name) {
                    found.append(Reference(start: index, end: index + name.count, role: role, isDeclared: true))
                }
                index += 1
            }
        }
        // A declared name or a longer reference wins over a shorter one at the same place
        // ("Mr Hale" declared a survivor is not the generic "mr *").
        return found.sorted {
            ($0.start, -($0.end - $0.start), $0.isDeclared ? 0 : 1) < ($1.start, -($1.end - $1.start), $1.isDeclared ? 0 : 1)
        }
    }

    /// The role of the subject for a match starting at token `position`: the nearest person
    /// reference that starts at or before it, skipping object pronouns, possessives and
    /// objects of prepositions.
    func subjectRole(before position: Int, in tokens: [Token]) -> Role {
        let candidates = references(in: Array(tokens[..<min(tokens.count, position + 4)]))
        var best: Reference? = nil
        for reference in candidates where reference.start <= position {
            let first = tokens[reference.start].folded
            if CueWords.nonSubjectPronouns.contains(first), reference.end - reference.start == 1 { continue }
            if reference.end < tokens.count, tokens[reference.end].folded == "'s" || tokens[reference.end].folded == "'" { continue }
            if reference.start > 0, CueWords.prepositions.contains(tokens[reference.start - 1].folded) { continue }
            if let current = best, current.start == reference.start, declaredWins(current, over: reference) { continue }
            if best == nil || reference.start >= best!.start { best = reference }
        }
        return best?.role ?? .unknown
    }

    private func declaredWins(_ current: Reference, over other: Reference) -> Bool {
        current.end - current.start >= other.end - other.start
    }
}
