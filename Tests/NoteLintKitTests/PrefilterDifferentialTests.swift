import Foundation
import Testing
@testable import NoteLintKit

/// The prefilter must never change what is found: the linter with it and without it (every
/// pattern tried in every sentence) gives the same findings, suppressed ones included, on
/// the seeds, on every rule example and corpus sentence typed in several ways, and on every
/// case record.
///
/// Without the prefilter a note is matched against every pattern, about a hundred times the
/// work, so the inputs come in groups of similar cost that run side by side; each typing is
/// tried only on the sentences it changes.
@Suite struct PrefilterDifferentialTests {
    enum Inputs: String, CaseIterable, Sendable {
        case seedsAndExamples, corpus, retyped, titledMisspeltAndHurried, namedAndLetters, records
    }

    /// One text to lint both ways, and whether it must raise something.
    private struct Sample {
        var label: String
        var text: String
        var raisesFindings: Bool
    }

    @Test(arguments: Inputs.allCases)
    func findingsAreIdenticalWithAndWithoutThePrefilter(_ inputs: Inputs) throws {
        let filtered = try makeLinter()
        let unfiltered = try makeLinter()
        unfiltered.usesPrefilter = false
        let samples = try Self.samples(inputs)
        #expect(!samples.isEmpty)
        for sample in samples {
            let with = filtered.lint(sample.text, includingSuppressed: true)
            #expect(with == unfiltered.lint(sample.text, includingSuppressed: true), "\(sample.label)")
            if sample.raisesFindings { #expect(!with.isEmpty, "\(sample.label)") }
        }
    }

    private static func samples(_ inputs: Inputs) throws -> [Sample] {
        let examples = try Catalogue.bundled().rules.flatMap { $0.flagExamples + $0.passExamples }
        let corpus = try CorpusEvaluator.entries(inDirectory: CatalogueAccuracyTests.corpusDirectory).map(\.0.text)
        switch inputs {
        case .seedsAndExamples:
            let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent("shared/seeds")
            let seedTexts = ((try? FileManager.default.contentsOfDirectory(atPath: seeds.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
                .compactMap { name in (try? String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)).map { Sample(label: name, text: $0, raisesFindings: true) } }
            // One paragraph of lines, one long line, and paragraphs of seven lines.
            return seedTexts + [
                Sample(label: "examples, one per line", text: examples.joined(separator: "\n"), raisesFindings: true),
                Sample(label: "examples, one line", text: examples.joined(separator: " "), raisesFindings: true),
                Sample(label: "examples, in paragraphs",
                       text: examples.enumerated().map { $0.offset % 7 == 0 ? "\n\n" + $0.element : $0.element }.joined(separator: "\n"),
                       raisesFindings: true),
            ]
        case .corpus:
            return [Sample(label: "corpus", text: corpus.joined(separator: "\n"), raisesFindings: true)]
        case .retyped:
            // Curly apostrophes, other dashes, odd spacing, capitals, no-break spaces.
            let retyped = (examples + corpus).enumerated().map { index, text in
                switch index % 4 {
                case 0: text.replacingOccurrences(of: "'", with: "\u{2019}").replacingOccurrences(of: "-", with: "\u{2010}")
                case 1: text.replacingOccurrences(of: " ", with: "  ").uppercased()
                case 2: text.replacingOccurrences(of: " ", with: "\n")
                default: text.replacingOccurrences(of: "'", with: "\u{02BC}").replacingOccurrences(of: " ", with: "\u{00A0}")
                }
            }
            return [Sample(label: "retyped", text: retyped.joined(separator: "\n\n"), raisesFindings: true)]
        case .titledMisspeltAndHurried:
            // American titles: "Mr. Dawson", "Mr. and Mrs. Lowe".
            let titled = changed(examples + corpus) { $0.replacing(#/\b(Mr|Mrs|Ms|Dr) /#) { "\($0.output.1). " } }
            // Misspelt as `spellings.yml` lists: the scan must find each spelling as its word,
            // as the matcher reads it.
            var spellings: [String: String] = [:]
            for misspelling in try RuleLoader.load(RuleFile.bundled).misspellings where spellings[misspelling.word] == nil {
                spellings[misspelling.word] = misspelling.spelling
            }
            let misspelt = changed(examples) { text in
                spellings.reduce(text) { $0.replacingOccurrences(of: " \($1.key) ", with: " \($1.value) ") }
            }
            // As a hurried draft types them: shorthand (``Shorthand``) and brackets inside
            // phrases (``Asides``), some of them at a line's end.
            let hurried = examples.enumerated().map { index, text in
                let typed = text.replacingOccurrences(of: "n't", with: "nt").replacingOccurrences(of: " with ", with: " w/ ")
                    .replacingOccurrences(of: " without ", with: " w/o ").replacingOccurrences(of: " because ", with: " b/c ")
                var words = typed.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                if words.count > 3 { words.insert(index % 5 == 0 ? "(as noted)\n" : "(as noted)", at: 1 + index % (words.count - 2)) }
                return words.joined(separator: " ")
            }
            return [Sample(label: "American titles", text: titled.joined(separator: "\n"), raisesFindings: true),
                    Sample(label: "misspelt", text: misspelt.joined(separator: "\n"), raisesFindings: true),
                    Sample(label: "hurried", text: hurried.joined(separator: "\n"), raisesFindings: true)]
        case .namedAndLetters:
            // Bare names whose roles a first sentence shows ("Dean hit Sarah on Friday."):
            // RoleNames gives the prefilter hits for them, and their tokens their role's word.
            let named = examples.map { $0.replacing(/M(r|s|rs|iss) [A-Z][a-z]+/) { $0.output.1 == "r" ? "Dean" : "Sarah" } }
            // A letter to the survivor: "you" for her ("your" for "her").
            let letter = changed(examples) { $0.replacing(/M(s|rs|iss) [A-Z][a-z]+/) { _ in "you" }.replacing(/\bher\b/) { _ in "your" } }
            // Short notes, each on its own, whose roles only an introduction shows: the
            // prefilter reads the note's people only when it meets an abuse or parent word.
            let introduced = named.enumerated().filter { $0.offset % 3 == 0 }.map { index, example in
                Sample(label: "introduced \(index)", text: "Present: Sarah (mother), Dean (father).\n" + example, raisesFindings: false)
            }
            let renamed = zip(examples, named).filter { $0 != $1 }.map(\.1)
            return [Sample(label: "named", text: "Dean hit Sarah on Friday.\n" + renamed.joined(separator: "\n"), raisesFindings: true),
                    Sample(label: "letter", text: "Dear Ms Whitford,\n\n" + letter.joined(separator: "\n"), raisesFindings: true)] + introduced
        case .records:
            // Whole case records, each on its own (some rightly raise nothing).
            return try RecordCorpusEvaluator.records(inDirectory: CatalogueAccuracyTests.recordDirectory)
                .map { Sample(label: "\($0.origin)", text: $0.text, raisesFindings: false) }
        }
    }

    /// The texts that `typing` changes, as it changes them (the rest are tried as written).
    private static func changed(_ texts: [String], by typing: (String) -> String) -> [String] {
        texts.compactMap { text in
            let typed = typing(text)
            return typed == text ? nil : typed
        }
    }
}
