// Writes the rule catalogue in Rules/ into a Swift source file, so that the
// notelint binary carries its bundled rules and works alone from any directory.
//
// Usage: EmbedRules OUTPUT.swift INPUT.yml...
import Foundation

/// A Swift string literal holding `text` exactly.
func swiftLiteral(_ text: String) -> String {
    var literal = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\\": literal += "\\\\"
        case "\"": literal += "\\\""
        case "\n": literal += "\\n"
        case "\r": literal += "\\r"
        case "\t": literal += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F {
                literal += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                literal.unicodeScalars.append(scalar)
            }
        }
    }
    return literal + "\""
}

let arguments = CommandLine.arguments.dropFirst()
guard let output = arguments.first else {
    FileHandle.standardError.write(Data("usage: EmbedRules OUTPUT.swift INPUT.yml...\n".utf8))
    exit(2)
}
var source = """
// Generated at build time by EmbedRules from the files in Rules/. Do not edit.

/// The rule files bundled into the binary, by file name, in name order.
let bundledRuleFiles: [(name: String, contents: String)] = [

"""
for path in arguments.dropFirst().sorted() {
    let url = URL(fileURLWithPath: path)
    guard let data = FileManager.default.contents(atPath: path),
          let text = String(data: data, encoding: .utf8) else {
        FileHandle.standardError.write(Data("EmbedRules: cannot read \(path) as UTF-8\n".utf8))
        exit(1)
    }
    source += "    (name: \(swiftLiteral(url.lastPathComponent)), contents: \(swiftLiteral(text))),\n"
}
source += "]\n"
do {
    try source.write(toFile: output, atomically: true, encoding: .utf8)
} catch {
    FileHandle.standardError.write(Data("EmbedRules: cannot write \(output): \(error)\n".utf8))
    exit(1)
}
