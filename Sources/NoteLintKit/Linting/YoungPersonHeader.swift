import Foundation

/// Reads whether a note is a record about one girl or young woman, named in its opening lines
/// with a label and an age ("Young person: Chantelle Boateng (14)", "Child: Jess Thornton
/// (15), Year 10"): in such a record, as in exploitation and missing-episode notes, a bare
/// "she" or "her" is the young person, not an adult survivor ("She is mature for her age and
/// says she is happy").
///
/// Only a girl's listed given name (``GivenNames``) aged 10 to 17 counts, and only when the
/// opening lines label one child and no parent: a younger child's or a family's record speaks
/// of the mother as "she" as often as of the child, and a boy's "he" may be the man who
/// exploits him.
enum YoungPersonHeader {
    /// The labels that introduce the person a record is about.
    static let labels: [String] = ["young person", "yp", "child", "young person's name", "child's name", "subject"]
    /// The youngest age at which the pronouns are read as hers.
    static let youngestAge = 10
    /// How far into a note its opening lines run.
    static let openingLength = 600

    /// The age of the girl of 10 to 17 the opening lines of `bytes` label, or nil unless they
    /// label exactly one child, she is a girl of that age, and they label no parent (a family's
    /// assessment, "Child: Oliwia (13)", "Child: Szymon (10)", "Mother: Agnieszka", speaks of
    /// the mother as "she").
    static func girlsAge(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let opening = UnsafeBufferPointer(rebasing: bytes[..<min(bytes.count, openingLength)])
        var children: [(age: Int, isGirl: Bool)] = []
        var lineStart = 0
        while lineStart < opening.count {
            var lineEnd = lineStart
            while lineEnd < opening.count, opening[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
            switch entry(in: lineStart..<lineEnd, opening) {
            case .parent: return nil
            case .child(let age, let isGirl): children.append((age, isGirl))
            case nil: break
            }
            lineStart = lineEnd + 1
        }
        guard children.count == 1, children[0].isGirl, children[0].age >= youngestAge else { return nil }
        return children[0].age
    }

    /// What a labelled line of the opening names.
    private enum Entry {
        case parent
        /// A child: a name and an age under 18 in brackets or after a comma; a girl if her
        /// given name is a listed girl's.
        case child(age: Int, isGirl: Bool)
    }

    /// The labels of a parent's line.
    static let parentLabels: [String] = ["mother", "mum", "father", "dad", "parent", "parents", "mother's name", "father's name"]

    /// The entry the line `line` of `bytes` holds, if it is a label, a colon and a person.
    private static func entry(in line: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Entry? {
        guard let colon = bytes[line].firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let label = String(decoding: UnsafeBufferPointer(rebasing: bytes[line.lowerBound..<colon]), as: UTF8.self)
            .lowercased().trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{2019}", with: "'")
        if parentLabels.contains(label) { return .parent }
        guard labels.contains(label) else { return nil }
        var nameStart = colon + 1
        while nameStart < line.upperBound, bytes[nameStart] == 0x20 { nameStart += 1 }
        // A name word as the cast reads one (letters, inner apostrophes and hyphens).
        let nameEnd = min(NoteCast.wordEnd(from: nameStart, bytes), line.upperBound)
        guard nameEnd > nameStart else { return nil }
        let isGirl = GivenNames.shared.role(ofNameAt: nameStart..<nameEnd, in: bytes, wordEnd: { NoteCast.wordEnd(from: $0, bytes) }) == .survivor
        // The age: the first number on the line after the name, in brackets or after a comma.
        var index = nameEnd
        while index < line.upperBound, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            if bytes[index] == UInt8(ascii: ":") { return nil }
            index += 1
        }
        guard index < line.upperBound, index > nameEnd + 1,
              bytes[index - 1] == UInt8(ascii: "(") || bytes[index - 1] == 0x20 && bytes[index - 2] == UInt8(ascii: ",")
        else { return nil }
        var age = 0
        while index < line.upperBound, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]), age < 100 {
            age = age * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            index += 1
        }
        // "(14)", "(14 years)", ", 14,": not "(14 months)" or "(2011)".
        let rest = bytes[index..<line.upperBound].prefix(6)
        let isYears = rest.first == UInt8(ascii: ")") || rest.first == UInt8(ascii: ",") || rest.starts(with: " y".utf8) || index == line.upperBound
        return isYears && age < NoteCast.adulthood ? .child(age: age, isGirl: isGirl) : nil
    }
}
