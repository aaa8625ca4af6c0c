import Foundation

/// Finds the column (CSV) or key (JSONL) that holds the note, or the record id, among the
/// names a file has, and words the problem when it is not there.
enum NoteColumns {
    /// The usual names of the note column, most likely first: the first that a file has is
    /// used when the user names none.
    static let usualTextNames = ["notes", "note", "case_notes", "case_note", "casenote", "note_text", "text", "body",
                                 "content", "narrative", "description", "comments", "comment"]

    /// Which of `names` is `wanted`: the first that equals it, else the first that equals it
    /// ignoring case and surrounding spaces.
    static func index(of wanted: String, in names: [String]) -> Int? {
        if let exact = names.firstIndex(of: wanted) { return exact }
        let folded = fold(wanted)
        return names.firstIndex { fold($0) == folded }
    }

    /// Which of `names` is the first of ``usualTextNames`` it has, ignoring case and taking a
    /// space or a hyphen for an underscore ("Case Note" is `case_note`).
    static func usualTextIndex(in names: [String]) -> Int? {
        let folded = names.map { fold($0).replacingOccurrences(of: " ", with: "_").replacingOccurrences(of: "-", with: "_") }
        for usual in usualTextNames {
            if let index = folded.firstIndex(of: usual) { return index }
        }
        return nil
    }

    /// The index of the note's column in `names`: `wanted`, or a usual name if it is nil.
    /// `noun` is "column" or "key"; `place` says where the names were found, if not the header.
    static func textIndex(_ wanted: String?, in names: [String], path: String, noun: String, place: String = "") throws(InputProblem) -> Int {
        if let wanted {
            guard let index = index(of: wanted, in: names) else {
                throw InputProblem(path: path, message: "no \(noun) named '\(wanted)'\(place) (\(noun)s: \(listing(names))): use --text-column")
            }
            return index
        }
        guard let index = usualTextIndex(in: names) else {
            throw InputProblem(path: path, message: "no note \(noun) found\(place) (\(noun)s: \(listing(names))); looked for \(usualTextNames.joined(separator: ", ")): use --text-column")
        }
        return index
    }

    /// The index of the id column `wanted` in `names`.
    static func idIndex(_ wanted: String, in names: [String], path: String, noun: String, place: String = "") throws(InputProblem) -> Int {
        guard let index = index(of: wanted, in: names) else {
            throw InputProblem(path: path, message: "no \(noun) named '\(wanted)'\(place) (\(noun)s: \(listing(names))): use --id-column")
        }
        return index
    }

    private static func fold(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    private static func listing(_ names: [String]) -> String {
        let shown = names.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return shown.isEmpty ? "none" : shown.joined(separator: ", ")
    }
}
