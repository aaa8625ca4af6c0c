/// A small English morphology: the inflected forms of a base word, for `~word` in patterns.
///
/// Regular forms come from spelling rules (`fail` → fails, failed, failing; `stop` → stopped;
/// `argue` → argued, arguing; `carry` → carries, carried). Words in the irregular table
/// (`inflections.yml`) take exactly the forms listed there. Over-generating a form that is not
/// English (`visitted`) is harmless: no note contains it.
struct Inflector: Sendable {
    /// Base form → every other form.
    var irregular: [String: [String]]

    /// The base word and all its forms.
    func forms(of base: String) -> Set<String> {
        if let listed = irregular[base] { return Set([base] + listed) }
        var forms: Set<String> = [base]
        let characters = Array(base)
        guard characters.count >= 2, characters.allSatisfy({ $0.isLetter }) else { return forms }
        let last = characters[characters.count - 1]
        let beforeLast = characters[characters.count - 2]
        let stem = String(characters.dropLast())
        if last == "y", !Self.isVowel(beforeLast) {
            forms.formUnion([stem + "ies", stem + "ied", base + "ing"])
        } else if base.hasSuffix("s") || base.hasSuffix("x") || base.hasSuffix("z") || base.hasSuffix("ch") || base.hasSuffix("sh") {
            forms.formUnion([base + "es", base + "ed", base + "ing"])
        } else if last == "e" {
            forms.formUnion([base + "s", base + "d", stem + "ing"])
            if base.hasSuffix("ee") || base.hasSuffix("ye") || base.hasSuffix("oe") { forms.insert(base + "ing") }
        } else {
            forms.formUnion([base + "s", base + "ed", base + "ing"])
            if Self.endsConsonantVowelConsonant(characters) {
                let doubled = base + String(last)
                forms.formUnion([doubled + "ed", doubled + "ing"])
            }
        }
        return forms
    }

    private static func isVowel(_ character: Character) -> Bool { "aeiou".contains(character) }

    private static func endsConsonantVowelConsonant(_ characters: [Character]) -> Bool {
        guard characters.count >= 3 else { return false }
        let last = characters[characters.count - 1]
        let middle = characters[characters.count - 2]
        let first = characters[characters.count - 3]
        return !isVowel(last) && !"wxy".contains(last) && isVowel(middle) && !isVowel(first)
    }
}
