import Foundation
import Testing
@testable import NoteLintKit

@Suite struct RuleLoaderTests {
    func loadError(_ yaml: String) -> NoteLintError? {
        do {
            _ = try catalogue(fromRuleYAML: yaml, name: "bad.yml")
            return nil
        } catch {
            return error as? NoteLintError
        }
    }

    @Test func loadsTheBundledCatalogue() throws {
        let catalogue = try Catalogue.bundled()
        #expect(catalogue.rules.count >= 150)
        #expect(Set(catalogue.rules.map(\.id)).count == catalogue.rules.count)
        #expect(Set(catalogue.rules.map(\.category)).isSuperset(of: ["mutualising", "responsibilising", "minimising", "agentless", "excusing", "pathologising"]))
        for rule in catalogue.rules {
            #expect(rule.flagExamples.count >= 3 && rule.passExamples.count >= 3, "\(rule.id) needs three flag and three pass examples")
            #expect(!rule.suggestions.isEmpty && !rule.source.isEmpty && !rule.rationale.isEmpty, "\(rule.id)")
        }
    }

    @Test func reportsInvalidYAMLWithItsLine() {
        let error = loadError("category: x\nrules:\n  - id: a\n    severity: [unclosed\n")
        guard case .ruleFile(let path, let line, let problem) = error else { Issue.record("no error"); return }
        #expect(path == "bad.yml")
        #expect(line >= 4)
        #expect(problem.contains("invalid YAML"))
    }

    /// A catalogue of one rule with `spellings` as its `spellings.yml`.
    func spellingCatalogue(pattern: String, spellings: String) throws -> Catalogue {
        let shared = RuleFile.bundled.filter { [RuleLoader.lexiconFileName, RuleLoader.inflectionsFileName].contains($0.baseName) }
        return try Catalogue(RuleLoader.load([RuleFile(name: "test.yml", contents: ruleYAML(pattern: pattern)),
                                              RuleFile(name: "spellings.yml", contents: spellings)] + shared))
    }

    @Test func readsAMisspellingAsItsWord() throws {
        let linter = try Linter(catalogue: spellingCatalogue(pattern: "volatile relationship", spellings: "misspellings:\n  volatile: [volitile, voltile]\n"))
        #expect(linter.lint("They have a volitile relationship.").map { $0.match } == ["volitile relationship"])
        #expect(linter.lint("They have a VOLTILE relationship.").count == 1)
        #expect(linter.lint("They have a volatle relationship.").isEmpty)
    }

    @Test func rejectsABadMisspellingWithItsLine() {
        func problem(_ spellings: String, pattern: String = "volatile relationship") -> (line: Int, text: String)? {
            do {
                _ = try spellingCatalogue(pattern: pattern, spellings: spellings)
                return nil
            } catch let error as NoteLintError {
                guard case .ruleFile(_, let line, let problem) = error else { return nil }
                return (line, problem)
            } catch {
                return nil
            }
        }
        let notAWord = problem("misspellings:\n  volatile: [volitile]\n  relationship: [\"relation ship\"]\n")
        #expect(notAWord?.line == 3 && notAWord?.text.contains("one word") == true, "\(String(describing: notAWord))")
        let twice = problem("misspellings:\n  volatile: [volitile]\n  violent: [volitile]\n")
        #expect(twice?.line == 3 && twice?.text.contains("lists 'volitile'") == true, "\(String(describing: twice))")
        let patternWord = problem("misspellings:\n  relationship: [volatile]\n")
        #expect(patternWord?.line == 2 && patternWord?.text.contains("a word the patterns use") == true, "\(String(describing: patternWord))")
        #expect(problem("misspelings:\n  volatile: [volitile]\n")?.text.contains("unknown key") == true)
    }

    @Test func rejectsAnUnknownKeyWithItsLine() {
        let yaml = ruleYAML(pattern: "a b").replacingOccurrences(of: "    message:", with: "    mesage: \"typo\"\n    message:")
        guard case .ruleFile(_, let line, let problem) = loadError(yaml) else { Issue.record("no error"); return }
        #expect(problem.contains("unknown key 'mesage'"))
        #expect(line == 7)
    }

    @Test func rejectsAKeyWrittenTwiceWithItsLine() {
        let yaml = ruleYAML(pattern: "volatile relationship", exceptions: ["volatile relationship with"]).replacingOccurrences(
            of: "    message:", with: "    exceptions:\n      - \"stormy\"\n    message:")
        guard case .ruleFile(_, let line, let problem) = loadError(yaml) else { Issue.record("no error"); return }
        #expect(problem == "'exceptions' appears twice")
        #expect(line == 9)
    }

    @Test func rejectsARuleWithoutExamples() {
        let yaml = ruleYAML(pattern: "a b").components(separatedBy: "    examples:")[0]
        guard case .ruleFile(_, let line, let problem) = loadError(yaml) else { Issue.record("no error"); return }
        #expect(problem.contains("no examples"))
        #expect(line == 3)
    }

    @Test func rejectsADuplicateID() {
        let rule = ruleYAML(pattern: "a b")
        let second = rule.components(separatedBy: "rules:\n")[1]
        guard case .ruleFile(_, _, let problem) = loadError(rule + second) else { Issue.record("no error"); return }
        #expect(problem.contains("duplicate rule id 'test-rule'"))
    }

    @Test func rejectsAnUnknownWordClassWithThePatternLine() {
        guard case .ruleFile(let path, let line, let problem) = loadError(ruleYAML(pattern: "@no-such-class b")) else { Issue.record("no error"); return }
        #expect(path == "bad.yml")
        #expect(line == 6)
        #expect(problem.contains("unknown word class '@no-such-class'"))
    }

    @Test func rejectsABadSeverityAndContext() {
        guard case .ruleFile(_, _, let severityProblem) = loadError(ruleYAML(pattern: "a").replacingOccurrences(of: "severity: warning", with: "severity: fatal")) else { Issue.record("no error"); return }
        #expect(severityProblem.contains("severity 'fatal'"))
        guard case .ruleFile(_, _, let contextProblem) = loadError(ruleYAML(pattern: "a", context: "    context:\n      negated: downgrade\n")) else { Issue.record("no error"); return }
        #expect(contextProblem.contains("negated must be ignore or flag"))
        guard case .ruleFile(_, _, let abuseProblem) = loadError(ruleYAML(pattern: "a", context: "    context:\n      needs-abuse-context: maybe\n")) else { Issue.record("no error"); return }
        #expect(abuseProblem.contains("needs-abuse-context must be true or false"))
    }

    @Test func aDocumentPhraseSuppressesTheRuleInThatDocumentOnly() throws {
        let yaml = ruleYAML(pattern: "parental conflict", context: "    context:\n      unless-document-mentions:\n        - Reducing  Parental Conflict\n")
        let linter = try Linter(catalogue: try catalogue(fromRuleYAML: yaml))
        #expect(!linter.lint("There is ongoing parental conflict in the home.").isEmpty)
        #expect(linter.lint("REDUCING PARENTAL\nCONFLICT\n\nParental conflict costs the public sector billions.").isEmpty)
        let suppressed = linter.lint("Reducing parental conflict: parental conflict is common.", includingSuppressed: true)
        #expect(suppressed.allSatisfy { $0.suppression == "the document uses the words in their legitimate sense" } && !suppressed.isEmpty)
        guard case .ruleFile(_, _, let problem) = loadError(ruleYAML(pattern: "a", context: "    context:\n      unless-document-mentions:\n        - \"  \"\n")) else { Issue.record("no error"); return }
        #expect(problem.contains("unless-document-mentions holds an empty phrase"))
    }

    @Test func aRuleAboutPracticeCanLeaveItsCritiqueAlone() throws {
        let optedIn = try Linter(catalogue: try catalogue(fromRuleYAML: ruleYAML(pattern: "offered joint sessions", context: "    context:\n      critiqued: ignore\n")))
        let plain = try Linter(catalogue: try catalogue(fromRuleYAML: ruleYAML(pattern: "offered joint sessions")))
        let critique = "Workers offered joint sessions, despite Ms Hale having disclosed that Mr Hale had strangled her."
        // A practice told in the past and set against the abuse it overlooked is a review's critique.
        let suppressed = optedIn.lint(critique, includingSuppressed: true)
        #expect(suppressed.map(\.suppression) == ["critiqued"])
        #expect(plain.lint(critique).map(\.context.critiqued) == [true])
        // The writer's own plan conceding the abuse is no critique; nor is a contrast without it.
        #expect(!optedIn.lint("Despite his assault on Ms Hale, we offered joint sessions to both parents.").isEmpty)
        #expect(!optedIn.lint("Workers offered joint sessions, although Mr Hale did not attend.").isEmpty)
        #expect(!optedIn.lint("Workers offered joint sessions to Ms Hale and Mr Hale.").isEmpty)
        guard case .ruleFile(_, _, let problem) = loadError(ruleYAML(pattern: "a", context: "    context:\n      critiqued: maybe\n")) else { Issue.record("no error"); return }
        #expect(problem.contains("critiqued must be ignore, downgrade or flag"))
    }

    @Test func aRuleThatNeedsADocumentPhraseAppliesOnlyWhereItIs() throws {
        let yaml = ruleYAML(pattern: "the alleged perpetrator", context: "    context:\n      needs-document-mentions:\n        - Pleaded  Guilty\n")
        let linter = try Linter(catalogue: try catalogue(fromRuleYAML: yaml))
        #expect(linter.lint("The alleged perpetrator was interviewed.").isEmpty)
        #expect(!linter.lint("Mr Hale PLEADED\nGUILTY in May.\n\nThe alleged perpetrator was interviewed.").isEmpty)
        let suppressed = linter.lint("The alleged perpetrator denies it.", includingSuppressed: true)
        #expect(suppressed.allSatisfy { $0.suppression == "the document does not say what makes the words wrong" } && !suppressed.isEmpty)
    }

    @Test func aParagraphPhraseSuppressesTheRuleInThatParagraphOnly() throws {
        let yaml = ruleYAML(pattern: "withdrew her statement", context: "    context:\n      unless-paragraph-mentions:\n        - she explained that\n")
        let linter = try Linter(catalogue: try catalogue(fromRuleYAML: yaml))
        #expect(!linter.lint("Ms Hale withdrew her statement.").isEmpty)
        #expect(linter.lint("Ms Hale withdrew her statement. She explained that his brother had threatened her.").isEmpty)
        // Another note in the same file keeps its finding.
        let file = "Ms Hale withdrew her statement. She explained that his brother had threatened her.\n\nMs Obi withdrew her statement."
        let findings = linter.lint(file, includingSuppressed: true)
        #expect(findings.map(\.suppression) == ["the paragraph answers the concern", nil])
        guard case .ruleFile(_, _, let problem) = loadError(ruleYAML(pattern: "a", context: "    context:\n      unless-paragraph-mentions: [\"\"]\n")) else { Issue.record("no error"); return }
        #expect(problem.contains("unless-paragraph-mentions holds an empty phrase"))
    }

    @Test func aListWrittenOnceServesTwoRulesThroughAYAMLAlias() throws {
        let first = ruleYAML(id: "first-rule", pattern: "couples work", context: "    context:\n      unless-paragraph-mentions: &screened\n        - screening found no abuse\n")
        let second = ruleYAML(id: "second-rule", pattern: "mediation", context: "    context:\n      unless-paragraph-mentions: *screened\n")
        let yaml = first + "\n" + second.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).joined(separator: "\n")
        let catalogue = try catalogue(fromRuleYAML: yaml)
        #expect(catalogue.rules.map(\.context.unlessParagraphMentions) == [["screening found no abuse"], ["screening found no abuse"]])
        let linter = try Linter(catalogue: catalogue)
        #expect(linter.lint("Mediation was offered; screening found no abuse.").isEmpty)
        #expect(!linter.lint("Mediation was offered.").isEmpty)
    }

    @Test func aContextListNamesTheLexiconsPhraseListAcrossFiles() throws {
        let lexicon = RuleFile(name: RuleLoader.lexiconFileName, contents: "classes: {}\nphrases:\n  screened:\n    - screening found no abuse\n    - Neither disclosed abuse\n")
        let rules = ruleYAML(pattern: "mediation", context: "    context:\n      unless-paragraph-mentions: [\"@screened\", \"she explained that\"]\n")
        let set = try RuleLoader.load([RuleFile(name: "planning.yml", contents: rules), lexicon])
        #expect(set.rules.map(\.context.unlessParagraphMentions) == [["screening found no abuse", "neither disclosed abuse", "she explained that"]])
        // The bundled lexicon's list serves the rules of more than one file.
        let bundled = try Catalogue.bundled().rules.filter { $0.context.unlessParagraphMentions.contains("screening found no abuse") }
        #expect(Set(bundled.map(\.origin.file)).count >= 2)
        // A list the lexicon does not define is an error with the rule's file and the list's line.
        let unknown = ruleYAML(pattern: "mediation", context: "    context:\n      unless-paragraph-mentions: [\"@nowhere\"]\n")
        guard case .ruleFile(let path, let line, let problem) = loadError(unknown) else { Issue.record("no error"); return }
        #expect(path == "bad.yml")
        #expect(line == 8)
        #expect(problem.contains("phrase list 'nowhere'"))
    }

    @Test func aContextPhraseWithAlternativesStandsForEachOfThem() throws {
        let lexicon = RuleFile(name: RuleLoader.lexiconFileName,
                               contents: "classes: {}\nphrases:\n  screened:\n    - \"(enquiry|enquiries) (done|completed) with each alone ,? nothing disclosed\"\n")
        let rules = ruleYAML(pattern: "mediation", context: "    context:\n      unless-paragraph-mentions: [\"@screened\"]\n")
        let linter = try Linter(catalogue: try Catalogue(RuleLoader.load([RuleFile(name: "planning.yml", contents: rules), lexicon])))
        #expect(linter.lint("Mediation was offered. Routine enquiries completed with each alone, nothing disclosed.").isEmpty)
        #expect(linter.lint("Mediation was offered. Enquiry done with each alone nothing disclosed.").isEmpty)
        #expect(!linter.lint("Mediation was offered.").isEmpty)
        // A phrase written as a pattern is an error with its list's file and line.
        let gap = RuleFile(name: RuleLoader.lexiconFileName, contents: "classes: {}\nphrases:\n  screened:\n    - \"found * abuse\"\n")
        do {
            _ = try RuleLoader.load([RuleFile(name: "planning.yml", contents: rules), gap])
            Issue.record("no error")
        } catch {
            guard case .ruleFile(let path, let line, let problem) = error else { Issue.record("\(error)"); return }
            #expect(path == RuleLoader.lexiconFileName)
            #expect(line == 3)
            #expect(problem.contains("phrase list 'screened'") && problem.contains("not patterns"))
        }
    }

    @Test func rejectsABadPatternWithItsLine() {
        guard case .ruleFile(_, let line, let problem) = loadError(ruleYAML(pattern: "(a|b")) else { Issue.record("no error"); return }
        #expect(line == 6)
        #expect(problem.contains("missing ')'"))
    }

    @Test func rejectsASelfReferentialClass() {
        let yaml = "classes:\n  loop-class: [\"a @loop-class\"]\n" + ruleYAML(pattern: "@loop-class b")
        guard case .ruleFile(_, _, let problem) = loadError(yaml) else { Issue.record("no error"); return }
        #expect(problem.contains("refers to itself"))
    }
}
