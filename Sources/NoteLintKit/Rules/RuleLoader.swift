import Yams

/// Reads rule, lexicon and inflection files (YAML) into a ``RuleSet``, checking their shape.
///
/// Errors name the file and line: a malformed file, an unknown key, a rule without examples,
/// a duplicate rule id or class name, a bad severity or context value.
public enum RuleLoader {
    /// The name of the file holding shared word classes.
    public static let lexiconFileName = "lexicon.yml"
    /// The name of the file holding irregular inflections.
    public static let inflectionsFileName = "inflections.yml"
    /// The name of the file holding common misspellings.
    public static let spellingsFileName = "spellings.yml"
    /// The files that serve the whole catalogue rather than holding rules.
    public static let sharedFileNames = [lexiconFileName, inflectionsFileName, spellingsFileName]

    private static let ruleKeys: Set<String> = ["id", "category", "severity", "patterns", "exceptions", "context",
                                                "message", "rationale", "source", "suggestions", "examples"]
    private static let contextKeys: Set<String> = ["quoted", "reported", "negated", "mention", "critiqued", "subject", "needs-name", "needs-abuse-context",
                                                   "strict-only", "needs-document-mentions", "unless-document-mentions", "unless-paragraph-mentions"]

    /// Loads `files`; all of them together form one catalogue.
    public static func load(_ files: [RuleFile]) throws(NoteLintError) -> RuleSet {
        var set = RuleSet()
        // The lexicon's phrase lists first: any rule file may name one.
        var phraseLists: [String: [String]] = [:]
        var roots: [Node] = []
        for file in files { roots.append(try parse(file)) }
        for (file, root) in zip(files, roots) where file.baseName == lexiconFileName {
            for (name, entries) in try mapping(root["phrases"], in: file, what: "phrases", optional: true) {
                guard phraseLists[name.string] == nil else {
                    throw NoteLintError.ruleFile(path: file.name, line: name.line, problem: "phrase list '\(name.string)' is defined twice")
                }
                phraseLists[name.string] = try expanding(try strings(entries, in: file, what: "phrase list '\(name.string)'"),
                                                         in: file, line: name.line, what: "phrase list '\(name.string)'")
            }
        }
        var ruleOrigins: [String: SourceOrigin] = [:]
        var classOrigins: [String: SourceOrigin] = [:]
        for (file, root) in zip(files, roots) {
            switch file.baseName {
            case inflectionsFileName:
                try expectKeys(root, ["irregular"], in: file)
                for (base, forms) in try mapping(root["irregular"], in: file, what: "irregular") {
                    set.irregularForms[TokenNormalizer.fold(base.string)] = try strings(forms, in: file, what: "forms of '\(base.string)'")
                        .map(TokenNormalizer.fold)
                }
            case spellingsFileName:
                try expectKeys(root, ["misspellings"], in: file)
                for (word, spellings) in try mapping(root["misspellings"], in: file, what: "misspellings") {
                    for spelling in try strings(spellings, in: file, what: "misspellings of '\(word.string)'") {
                        let misspelling = Misspelling(spelling: spelling, word: word.string, origin: SourceOrigin(file: file.name, line: word.line))
                        try check(misspelling, against: set.misspellings)
                        set.misspellings.append(misspelling)
                    }
                }
            default:
                try expectKeys(root, file.baseName == lexiconFileName ? ["classes", "phrases"] : ["category", "classes", "rules"], in: file)
                for (name, entries) in try mapping(root["classes"], in: file, what: "classes", optional: true) {
                    let origin = SourceOrigin(file: file.name, line: name.line)
                    if let first = classOrigins[name.string] {
                        throw NoteLintError.ruleFile(path: file.name, line: name.line, problem: "word class '\(name.string)' is already defined at \(first)")
                    }
                    classOrigins[name.string] = origin
                    set.classes[name.string] = try patternSources(entries, in: file, what: "class '\(name.string)'")
                }
                guard file.baseName != lexiconFileName else { continue }
                let fileCategory = root["category"]?.string
                guard let rules = root["rules"]?.sequence else {
                    throw NoteLintError.ruleFile(path: file.name, line: line(of: root), problem: "a rule file needs a 'rules:' list")
                }
                for node in rules {
                    let rule = try self.rule(node, fileCategory: fileCategory, phraseLists: phraseLists, in: file)
                    if let first = ruleOrigins[rule.id] {
                        throw NoteLintError.ruleFile(path: file.name, line: rule.origin.line, problem: "duplicate rule id '\(rule.id)' (first defined at \(first))")
                    }
                    ruleOrigins[rule.id] = rule.origin
                    set.rules.append(rule)
                }
            }
        }
        return set
    }

    /// Checks that a misspelling and its word are lower-case ASCII words, different, and that
    /// the spelling is not listed already (`listed`) or listed as a word.
    private static func check(_ misspelling: Misspelling, against listed: [Misspelling]) throws(NoteLintError) {
        let origin = misspelling.origin
        for text in [misspelling.word, misspelling.spelling] where !LiteralScanner.isWord(text) {
            throw NoteLintError.ruleFile(path: origin.file, line: origin.line, problem: "'\(text)' must be one word of lower-case letters a–z")
        }
        if misspelling.spelling == misspelling.word {
            throw NoteLintError.ruleFile(path: origin.file, line: origin.line, problem: "'\(misspelling.word)' is listed as a misspelling of itself")
        }
        if let first = listed.first(where: { $0.spelling == misspelling.spelling || $0.word == misspelling.spelling || $0.spelling == misspelling.word }) {
            throw NoteLintError.ruleFile(path: origin.file, line: origin.line,
                                         problem: "'\(misspelling.spelling)' misspells '\(misspelling.word)', but \(first.origin) lists '\(first.spelling)' as a misspelling of '\(first.word)'")
        }
    }

    private static func rule(_ node: Node, fileCategory: String?, phraseLists: [String: [String]], in file: RuleFile) throws(NoteLintError) -> Rule {
        let origin = SourceOrigin(file: file.name, line: line(of: node))
        guard node.mapping != nil else {
            throw NoteLintError.ruleFile(path: file.name, line: origin.line, problem: "a rule must be a mapping of keys")
        }
        try expectKeys(node, ruleKeys, in: file)
        let id = try string(node, "id", in: file)
        guard id.allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }), id.first?.isLetter == true else {
            throw NoteLintError.ruleFile(path: file.name, line: origin.line, problem: "rule id '\(id)' must be lower-case words joined by hyphens")
        }
        let context = "rule '\(id)'"
        for key in ["severity", "patterns", "message", "rationale", "source", "suggestions"] where node[key] == nil {
            throw NoteLintError.ruleFile(path: file.name, line: origin.line, problem: "\(context) is missing '\(key)'")
        }
        guard let category = node["category"]?.string ?? fileCategory else {
            throw NoteLintError.ruleFile(path: file.name, line: origin.line, problem: "\(context) has no category (set 'category:' in the file or the rule)")
        }
        let severityText = try string(node, "severity", in: file)
        guard let severity = Severity(rawValue: severityText) else {
            throw NoteLintError.ruleFile(path: file.name, line: line(of: node["severity"]!), problem: "\(context): severity '\(severityText)' must be error, warning or suggestion")
        }
        let patterns = try patternSources(node["patterns"], in: file, what: "\(context) patterns")
        let exceptions = node["exceptions"] == nil ? [] : try patternSources(node["exceptions"], in: file, what: "\(context) exceptions")
        let suggestions = try strings(node["suggestions"], in: file, what: "\(context) suggestions")
        guard !suggestions.isEmpty else {
            throw NoteLintError.ruleFile(path: file.name, line: origin.line, problem: "\(context) needs at least one suggestion")
        }
        guard let examples = node["examples"], examples.mapping != nil else {
            throw NoteLintError.ruleFile(path: file.name, line: origin.line, problem: "\(context) has no examples: add 'examples:' with 'flag:' and 'pass:' lists")
        }
        try expectKeys(examples, ["flag", "pass"], in: file)
        let flag = examples["flag"] == nil ? [] : try strings(examples["flag"], in: file, what: "\(context) flag examples")
        let pass = examples["pass"] == nil ? [] : try strings(examples["pass"], in: file, what: "\(context) pass examples")
        guard !flag.isEmpty, !pass.isEmpty else {
            throw NoteLintError.ruleFile(path: file.name, line: line(of: examples), problem: "\(context) needs at least one 'flag' and one 'pass' example")
        }
        return Rule(id: id, category: category, severity: severity, patterns: patterns, exceptions: exceptions,
                    context: try contextPolicy(node["context"], phraseLists: phraseLists, in: file, rule: id),
                    message: try string(node, "message", in: file), rationale: try string(node, "rationale", in: file).trimmed,
                    source: try string(node, "source", in: file), suggestions: suggestions,
                    flagExamples: flag, passExamples: pass, origin: origin)
    }

    private static func contextPolicy(_ node: Node?, phraseLists: [String: [String]], in file: RuleFile,
                                      rule: String) throws(NoteLintError) -> ContextPolicy {
        var policy = ContextPolicy()
        guard let node else { return policy }
        try expectKeys(node, contextKeys, in: file)
        func action(_ key: String, allowDowngrade: Bool) throws(NoteLintError) -> ContextPolicy.Action? {
            guard let value = node[key] else { return nil }
            guard let text = value.string, let action = ContextPolicy.Action(rawValue: text), allowDowngrade || action != .downgrade else {
                let choices = allowDowngrade ? "ignore, downgrade or flag" : "ignore or flag"
                throw NoteLintError.ruleFile(path: file.name, line: line(of: value), problem: "rule '\(rule)': context \(key) must be \(choices)")
            }
            return action
        }
        policy.quoted = try action("quoted", allowDowngrade: true) ?? policy.quoted
        policy.reported = try action("reported", allowDowngrade: true) ?? policy.reported
        policy.negated = try action("negated", allowDowngrade: false) ?? policy.negated
        policy.mention = try action("mention", allowDowngrade: false) ?? policy.mention
        policy.critiqued = try action("critiqued", allowDowngrade: true) ?? policy.critiqued
        if let subject = node["subject"], subject.string != "any" {
            var roles: Set<Role> = []
            for text in try strings(subject, in: file, what: "rule '\(rule)' context subject") {
                guard let role = Role(rawValue: text) else {
                    throw NoteLintError.ruleFile(path: file.name, line: line(of: subject),
                                                 problem: "rule '\(rule)': subject role '\(text)' must be one of \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                roles.insert(role)
            }
            policy.subjects = roles
        }
        if let named = node["needs-name"] {
            for text in try strings(named, in: file, what: "rule '\(rule)' context needs-name") {
                guard let role = Role(rawValue: text), role == .causer || role == .survivor || role == .child else {
                    throw NoteLintError.ruleFile(path: file.name, line: line(of: named),
                                                 problem: "rule '\(rule)': needs-name role '\(text)' must be causer, survivor or child")
                }
                policy.needsNamed.insert(role)
            }
        }
        policy.needsAbuseContext = try flag("needs-abuse-context", in: node, rule: rule, file: file)
        policy.strictOnly = try flag("strict-only", in: node, rule: rule, file: file)
        policy.needsDocumentMentions = try phrases("needs-document-mentions", in: node, lists: phraseLists, rule: rule, file: file)
        policy.unlessDocumentMentions = try phrases("unless-document-mentions", in: node, lists: phraseLists, rule: rule, file: file)
        policy.unlessParagraphMentions = try phrases("unless-paragraph-mentions", in: node, lists: phraseLists, rule: rule, file: file)
        return policy
    }

    /// The phrases under context key `key`, in ``DocumentPhrases``' normal form (none if the key is absent).
    /// An entry `@name` stands for the lexicon's phrase list of that name (`phrases:`).
    private static func phrases(_ key: String, in node: Node, lists: [String: [String]], rule: String,
                                file: RuleFile) throws(NoteLintError) -> [String] {
        guard let list = node[key] else { return [] }
        var written: [String] = []
        for entry in try strings(list, in: file, what: "rule '\(rule)' context \(key)") {
            guard entry.hasPrefix("@") else {
                written += try expanding([entry], in: file, line: line(of: list), what: "rule '\(rule)': \(key)")
                continue
            }
            guard let shared = lists[String(entry.dropFirst())] else {
                throw NoteLintError.ruleFile(path: file.name, line: line(of: list),
                                             problem: "rule '\(rule)': \(key) names phrase list '\(entry.dropFirst())', which \(lexiconFileName) does not define")
            }
            written += shared
        }
        let phrases = written.map { DocumentPhrases.normalised($0) }
        guard !phrases.contains(where: \.isEmpty) else {
            throw NoteLintError.ruleFile(path: file.name, line: line(of: list), problem: "rule '\(rule)': \(key) holds an empty phrase")
        }
        return phrases
    }

    /// The literal phrases `written` stand for (``PhraseAlternatives``), or an error at `line`.
    private static func expanding(_ written: [String], in file: RuleFile, line: Int, what: String) throws(NoteLintError) -> [String] {
        var phrases: [String] = []
        for entry in written {
            do {
                phrases += try PhraseAlternatives.expand(entry)
            } catch {
                throw NoteLintError.ruleFile(path: file.name, line: line, problem: "\(what): \(error.message)")
            }
        }
        return phrases
    }

    // MARK: YAML helpers

    private static func parse(_ file: RuleFile) throws(NoteLintError) -> Node {
        let node: Node?
        do {
            node = try Yams.compose(yaml: file.contents)
        } catch let error as YamlError {
            throw NoteLintError.ruleFile(path: file.name, line: yamlErrorLine(error), problem: "invalid YAML: \(yamlProblem(error))")
        } catch {
            throw NoteLintError.ruleFile(path: file.name, line: 0, problem: "invalid YAML: \(error)")
        }
        guard let node, node.mapping != nil else {
            throw NoteLintError.ruleFile(path: file.name, line: 1, problem: "expected a mapping at the top of the file")
        }
        return node
    }

    private static func yamlErrorLine(_ error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 0
        }
    }

    private static func yamlProblem(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        default: "\(error)"
        }
    }

    private static func line(of node: Node) -> Int { node.mark?.line ?? 0 }

    private static func expectKeys(_ node: Node, _ allowed: Set<String>, in file: RuleFile) throws(NoteLintError) {
        guard let mapping = node.mapping else { return }
        var seen: Set<String> = []
        for (key, _) in mapping {
            let name = key.string ?? ""
            guard allowed.contains(name) else {
                throw NoteLintError.ruleFile(path: file.name, line: line(of: key),
                                             problem: "unknown key '\(key.string ?? "?")' (expected one of: \(allowed.sorted().joined(separator: ", ")))")
            }
            // YAML keeps one of two equal keys and drops the other's list without a word.
            guard seen.insert(name).inserted else {
                throw NoteLintError.ruleFile(path: file.name, line: line(of: key), problem: "'\(name)' appears twice")
            }
        }
    }

    private static func string(_ node: Node, _ key: String, in file: RuleFile) throws(NoteLintError) -> String {
        guard let value = node[key] else {
            throw NoteLintError.ruleFile(path: file.name, line: line(of: node), problem: "missing '\(key)'" + (node["id"]?.string.map { " in rule '\($0)'" } ?? ""))
        }
        guard let text = value.scalar?.string, !text.trimmed.isEmpty else {
            throw NoteLintError.ruleFile(path: file.name, line: line(of: value), problem: "'\(key)' must be non-empty text")
        }
        return text
    }

    /// The true-or-false context setting `key` of `node`, false if absent.
    private static func flag(_ key: String, in node: Node, rule: String, file: RuleFile) throws(NoteLintError) -> Bool {
        guard let value = node[key] else { return false }
        guard let text = value.string, let result = ["true": true, "false": false][text] else {
            throw NoteLintError.ruleFile(path: file.name, line: line(of: value), problem: "rule '\(rule)': context \(key) must be true or false")
        }
        return result
    }

    private static func strings(_ node: Node?, in file: RuleFile, what: String) throws(NoteLintError) -> [String] {
        guard let node else { throw NoteLintError.ruleFile(path: file.name, line: 0, problem: "missing \(what)") }
        if let scalar = node.scalar { return [scalar.string] }
        guard let sequence = node.sequence else {
            throw NoteLintError.ruleFile(path: file.name, line: line(of: node), problem: "\(what) must be a list of text")
        }
        var result: [String] = []
        for item in sequence {
            guard let text = item.scalar?.string else {
                throw NoteLintError.ruleFile(path: file.name, line: line(of: item), problem: "\(what) must be a list of text")
            }
            result.append(text)
        }
        return result
    }

    private static func patternSources(_ node: Node?, in file: RuleFile, what: String) throws(NoteLintError) -> [PatternSource] {
        guard let node, let sequence = node.sequence, !sequence.isEmpty else {
            throw NoteLintError.ruleFile(path: file.name, line: node.map(line(of:)) ?? 0, problem: "\(what) must be a non-empty list")
        }
        var result: [PatternSource] = []
        for item in sequence {
            guard let text = item.scalar?.string, !text.trimmed.isEmpty else {
                throw NoteLintError.ruleFile(path: file.name, line: line(of: item), problem: "\(what) must be a list of non-empty text")
            }
            result.append(PatternSource(text: text, origin: SourceOrigin(file: file.name, line: line(of: item))))
        }
        return result
    }

    private static func mapping(_ node: Node?, in file: RuleFile, what: String, optional: Bool = false) throws(NoteLintError) -> [(key: (string: String, line: Int), value: Node)] {
        guard let node else {
            if optional { return [] }
            throw NoteLintError.ruleFile(path: file.name, line: 0, problem: "missing '\(what)'")
        }
        guard let mapping = node.mapping else {
            throw NoteLintError.ruleFile(path: file.name, line: line(of: node), problem: "'\(what)' must be a mapping")
        }
        return mapping.map { ((string: $0.key.string ?? "", line: line(of: $0.key)), $0.value) }
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    var trimmed: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
