/// An optional front-matter block at the top of a note that declares who is who:
///
/// ```
/// ---
/// person-causing-harm: Mr Hale
/// survivor: Ms Hale
/// child: Amy, Ben
/// ---
/// ```
///
/// The block is not linted. Keys may also be written `perpetrator`, `victim`, `children`.
struct NoteHeader: Equatable {
    /// Declared names and their roles.
    var people: [String: Role] = [:]
    /// The byte offset where the note's body starts (0 without a header).
    var bodyStart = 0

    static let keys: [String: Role] = [
        "person-causing-harm": .causer, "person causing harm": .causer, "perpetrator": .causer, "causer": .causer,
        "survivor": .survivor, "victim": .survivor, "victim-survivor": .survivor, "non-abusing parent": .survivor,
        "child": .child, "children": .child,
    ]

    init() {}

    /// Reads the header of `bytes`, if it has one.
    init(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 4, bytes[0] == UInt8(ascii: "-"), bytes[1] == UInt8(ascii: "-"), bytes[2] == UInt8(ascii: "-") else { return }
        var lineStart = 0
        var lines: [(text: String, end: Int)] = []
        for index in 0..<bytes.count where bytes[index] == 0x0A {
            lines.append((String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<index]), as: UTF8.self).trimmed, index + 1))
            lineStart = index + 1
            if lines.count > 1, lines.last!.text == "---" { break }
            if lines.count > 40 { return }
        }
        guard lines.count >= 2, lines[0].text == "---", lines.last!.text == "---" else { return }
        var people: [String: Role] = [:]
        for line in lines.dropFirst().dropLast() {
            guard let colon = line.text.firstIndex(of: ":") else { return }
            let key = line.text[..<colon].trimmed.lowercased()
            guard let role = Self.keys[key] else { continue }
            for name in line.text[line.text.index(after: colon)...].split(separator: ",") where !name.trimmed.isEmpty {
                people[name.trimmed] = role
            }
        }
        self.people = people
        self.bodyStart = lines.last!.end
    }
}
