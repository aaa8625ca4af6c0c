/// The rule catalogue as loaded from YAML, before compilation: rules, word classes, the
/// irregular inflection table and common misspellings.
public struct RuleSet: Sendable {
    /// Every rule, in file order, then order within the file.
    public var rules: [Rule]
    /// Word class name → its entries (each a pattern).
    public var classes: [String: [PatternSource]]
    /// Irregular inflections: base form → other forms.
    public var irregularForms: [String: [String]]
    /// Common misspellings of the words the patterns name, each read as its word.
    public var misspellings: [Misspelling]

    public init(rules: [Rule] = [], classes: [String: [PatternSource]] = [:], irregularForms: [String: [String]] = [:],
                misspellings: [Misspelling] = []) {
        self.rules = rules
        self.classes = classes
        self.irregularForms = irregularForms
        self.misspellings = misspellings
    }

    /// Each misspelling's word, by its spelling.
    var aliases: [String: String] {
        Dictionary(misspellings.map { ($0.spelling, $0.word) }, uniquingKeysWith: { first, _ in first })
    }
}

/// A misspelling that matching reads as the word it misspells ("volitile" as "volatile").
public struct Misspelling: Sendable, Equatable {
    /// The misspelling, in lower case.
    public var spelling: String
    /// The word, in lower case.
    public var word: String
    /// Where it is listed.
    public var origin: SourceOrigin

    public init(spelling: String, word: String, origin: SourceOrigin) {
        self.spelling = spelling
        self.word = word
        self.origin = origin
    }
}

/// A YAML file of the catalogue: its name (for messages) and its text.
public struct RuleFile: Sendable {
    public var name: String
    public var contents: String

    public init(name: String, contents: String) {
        self.name = name
        self.contents = contents
    }

    /// The catalogue built into the binary from `Rules/`.
    public static var bundled: [RuleFile] {
        bundledRuleFiles.map { RuleFile(name: "Rules/" + $0.name, contents: $0.contents) }
    }

    /// The file's name without its folder.
    var baseName: String { String(name.split(separator: "/").last ?? Substring(name)) }
}

import Foundation

extension RuleFile {
    /// The `.yml` and `.yaml` files of `directory`, in name order. A folder without its own
    /// `lexicon.yml`, `inflections.yml` or `spellings.yml` uses the bundled ones.
    public static func load(directory: String) throws(NoteLintError) -> [RuleFile] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory)
            let problem = !exists ? "no such directory" : (!isDirectory.boolValue ? "not a directory" : "permission denied (cannot list the directory)")
            throw NoteLintError.ruleFile(path: directory, line: 0, problem: problem)
        }
        var files: [RuleFile] = []
        for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw NoteLintError.ruleFile(path: path, line: 0, problem: "cannot read the file")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw NoteLintError.ruleFile(path: path, line: 0, problem: "not valid UTF-8")
            }
            files.append(RuleFile(name: path, contents: text))
        }
        guard files.contains(where: { !RuleLoader.sharedFileNames.contains($0.baseName) }) else {
            throw NoteLintError.ruleFile(path: directory, line: 0, problem: "no rule files (*.yml) in the directory")
        }
        for shared in RuleLoader.sharedFileNames where !files.contains(where: { $0.baseName == shared }) {
            if let bundledFile = bundled.first(where: { $0.baseName == shared }) { files.append(bundledFile) }
        }
        return files
    }
}
