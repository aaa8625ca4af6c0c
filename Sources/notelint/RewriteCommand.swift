import ArgumentParser
import Foundation
import NoteLintKit

/// `notelint rewrite FILE`: the trainer's before/after.
struct RewriteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rewrite",
        abstract: "Print the note with each flagged sentence replaced by its best perpetrator-pattern rewording.",
        discussion: """
        Names found in the note (or declared with --person-causing-harm, --survivor, --child or a \
        front-matter block) fill the rewording; facts to supply stay as [placeholders]. The input \
        is never changed unless --write is given; then it is replaced atomically and the original \
        is kept as FILE.bak (or FILE.bak.2, …).
        """
    )

    @Argument(help: "The note to rewrite; - for standard input.")
    var path: String = "-"

    @Flag(help: "Print a unified diff instead of the rewritten note.")
    var diff = false

    @Flag(help: "Replace the file with the rewritten note (atomically, keeping a .bak backup).")
    var write = false

    @Flag(help: "Print a self-contained HTML page for a training room: the note and its rewrite side by side, each flagged phrase marked and explained.")
    var html = false

    @Option(help: "Rewrite only findings at or above this severity.")
    var severity: Severity = .warning

    @OptionGroup var people: PeopleOptions
    @OptionGroup var style: StyleOptions
    @OptionGroup var rules: CatalogueOptions

    func validate() throws {
        if write && path == "-" { throw ValidationError("--write needs a file, not standard input") }
        if write && DocxReader.isWordDocument(path) {
            throw ValidationError("--write cannot change a Word document; use --html, or save the rewrite as text")
        }
        if [diff, write, html].filter({ $0 }).count > 1 { throw ValidationError("choose one of --diff, --write and --html") }
    }

    func run() throws {
        let catalogue = try rules.catalogue()
        let linter = try Linter(catalogue: catalogue, options: style.lintOptions(people: people))
        let isWordDocument = DocxReader.isWordDocument(path)
        let result = path == "-" ? DocumentReader.readStandardInput()
            : isWordDocument ? DocxReader.document(path: path) : DocumentReader.read(path: path)
        let document: InputDocument
        switch result {
        case .success(let read): document = read
        case .failure(let problem):
            Console.error(problem.description)
            throw ExitCode(problem.kind == .error ? 2 : 0)
        }
        var findings = document.bytes.withUnsafeBufferPointer { linter.lint(utf8: $0) }.filter { $0.severity >= severity }
        if isWordDocument {
            for index in findings.indices { findings[index].renumberLines(DocxReader.paragraphNumber(ofLine:)) }
        }
        let original = String(decoding: document.bytes, as: UTF8.self)
        let rewritten = Rewriter.rewrite(document.bytes, findings: findings)
        if write {
            guard rewritten != original else {
                FileHandle.standardError.write(Data("notelint: \(path): nothing to rewrite\n".utf8))
                return
            }
            do {
                let backup = try AtomicFileWriter.replace(path, with: rewritten)
                FileHandle.standardError.write(Data("notelint: rewrote \(path) (\(findings.count) findings); original kept as \(backup)\n".utf8))
            } catch {
                Console.error(error.description)
                throw ExitCode(2)
            }
        } else if html {
            print(TrainingPage(rules: catalogue.rules).render(title: document.path, bytes: document.bytes, findings: findings), terminator: "")
        } else if diff {
            print(UnifiedDiff.diff(old: original, new: rewritten, oldName: document.path, newName: document.path + " (rewritten)"), terminator: "")
        } else {
            print(rewritten, terminator: rewritten.hasSuffix("\n") ? "" : "\n")
        }
    }
}
