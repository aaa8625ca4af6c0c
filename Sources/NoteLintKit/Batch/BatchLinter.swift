import Foundation

/// Lints many inputs on all cores and reports them in input order.
///
/// Small files are read and linted whole by the workers; large files and standard input are
/// read in blocks (``ChunkReader``) and linted chunk by chunk, so memory stays bounded
/// whatever the input size. Each core's worker takes the next item as soon as it is free
/// (``OrderedPipeline``), and the outcomes are passed to `emit` in input order, so the
/// output is the same whatever the number of cores.
public struct BatchLinter: Sendable {
    /// The result of one work item, rendered by the worker.
    public struct Outcome: Sendable {
        /// The input's path.
        public var path: String
        /// The rendered findings (empty if none).
        public var rendered: String
        /// The findings at or above the threshold.
        public var findings: [Finding]
        /// A problem with the input, if any.
        public var problem: InputProblem?
        /// True when this outcome starts a successfully read document.
        public var startsDocument: Bool
        /// The bytes of the input that this outcome accounts for: the document or block
        /// linted, or for a record of an export, the part of the file read for it.
        public var byteCount = 0
        /// Its words (see ``WordCounter``), counted only when the linter's ``countsWords`` is set.
        public var wordCount = 0
    }

    /// Totals for a run.
    public struct Summary: Sendable {
        /// Documents read and linted.
        public var documents = 0
        /// Findings by severity.
        public var findings: [Severity: Int] = [:]
        /// Problems met (errors and notices).
        public var problems: [InputProblem] = []

        /// True if any problem is an error.
        public var hasErrors: Bool { problems.contains { $0.kind == .error } }
        /// All findings.
        public var findingCount: Int { findings.values.reduce(0, +) }
    }

    public var catalogue: Catalogue
    public var options: LintOptions
    /// Findings below this severity are dropped.
    public var threshold: Severity
    /// How many threads lint at once.
    public var workers: Int
    /// Files larger than this are read in blocks of this size.
    public var blockSize: Int
    /// Whether outcomes carry the words of what was linted (for rates per 1,000 words).
    public var countsWords = false
    /// The column (CSV) or key (JSONL) that holds the note in an export; nil picks the usual
    /// names (``RecordReader/usualTextColumns``).
    public var textColumn: String? = nil
    /// The column or key that holds a record's id, shown in locations; nil for none.
    public var idColumn: String? = nil

    public init(catalogue: Catalogue, options: LintOptions = LintOptions(), threshold: Severity = .suggestion,
                workers: Int = ProcessInfo.processInfo.activeProcessorCount, blockSize: Int = 1 << 20) {
        self.catalogue = catalogue
        self.options = options
        self.threshold = threshold
        self.workers = max(1, workers)
        self.blockSize = blockSize
    }

    private enum WorkItem: Sendable {
        case file(String)
        /// A Word document, read whole by the worker.
        case wordDocument(String)
        case chunk(DocumentChunk)
        /// A note from a record of an export; `startsFile` for the file's first; `fileBytes`,
        /// the bytes of the file read since the record before (for progress).
        case record(DocumentChunk, startsFile: Bool, fileBytes: Int)
        case problem(InputProblem)
    }

    /// Lints `entries`; `render` turns a report into output text on the worker; `emit` gets
    /// every outcome in input order on the calling thread.
    public func run(_ entries: [PathWalker.Entry], render: @escaping @Sendable (FileReport) -> String,
                    emit: (Outcome) -> Void) throws(NoteLintError) -> Summary {
        let pool = LinterPool(catalogue: catalogue, options: options)
        let threshold = self.threshold
        let countsWords = self.countsWords
        // A few items per worker keep every worker busy while the oldest is finished and
        // written out; a couple of blocks per worker bound the bytes read ahead.
        let pipeline = OrderedPipeline<WorkItem, Result<Outcome, NoteLintError>>(
            workers: workers, maxItems: workers * 16, maxWeight: workers * 2 * blockSize
        ) { item in
            do throws(NoteLintError) {
                return .success(try pool.withLinter { Self.outcome(of: item, linter: $0, threshold: threshold, countsWords: countsWords, render: render) })
            } catch {
                return .failure(error)
            }
        }
        defer { pipeline.finish() }
        var summary = Summary()
        func report(_ result: Result<Outcome, NoteLintError>) throws(NoteLintError) {
            let outcome = try result.get()
            if let problem = outcome.problem { summary.problems.append(problem) }
            if outcome.startsDocument { summary.documents += 1 }
            for finding in outcome.findings { summary.findings[finding.severity, default: 0] += 1 }
            emit(outcome)
        }
        func add(_ item: WorkItem, size: Int) throws(NoteLintError) {
            while pipeline.isFull, let oldest = pipeline.takeNext() { try report(oldest) }
            pipeline.submit(item, weight: size)
        }
        for entry in entries {
            switch entry {
            case .problem(let problem):
                try add(.problem(problem), size: 0)
            case .file(let path):
                let size = Self.fileSize(path)
                let fileExtension = PathWalker.fileExtension(of: path)
                if let format = RecordReader.format(forExtension: fileExtension) {
                    var reader: RecordReader
                    do throws(InputProblem) {
                        reader = try RecordReader(path: path, format: format, textColumn: textColumn, idColumn: idColumn, blockSize: blockSize)
                    } catch {
                        try add(.problem(error), size: 0)
                        continue
                    }
                    try streamRecords(&reader, into: add)
                } else if fileExtension == DocxReader.fileExtension {
                    try add(.wordDocument(path), size: size)
                } else if size <= blockSize {
                    try add(.file(path), size: size)
                } else {
                    do {
                        var reader = try ChunkReader(path: path, blockSize: blockSize)
                        try stream(&reader, into: add)
                    } catch let problem as InputProblem {
                        try add(.problem(problem), size: 0)
                    } catch let error as NoteLintError {
                        throw error
                    } catch {}
                }
            case .standardInput:
                var reader = ChunkReader(handle: FileHandle.standardInput, path: "<stdin>", blockSize: blockSize)
                try stream(&reader, into: add)
            }
        }
        while let result = pipeline.takeNext() { try report(result) }
        return summary
    }

    /// The size of the file at `path` in bytes, or 0 if it cannot be read (reading it then
    /// reports the problem).
    private static func fileSize(_ path: String) -> Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Submits each record of an export as a note of its own.
    private func streamRecords(_ reader: inout RecordReader, into add: (WorkItem, Int) throws(NoteLintError) -> Void) throws(NoteLintError) {
        var startsFile = true
        var sawRecord = false
        var counted = 0
        while let next = reader.next() {
            switch next {
            case .success(let record):
                var chunk = DocumentChunk(path: reader.path, bytes: Array(record.text.utf8))
                chunk.record = RecordPlace(number: record.number, line: record.line, id: record.id)
                let fileBytes = reader.bytesRead - counted
                counted = reader.bytesRead
                try add(.record(chunk, startsFile: startsFile, fileBytes: fileBytes), chunk.bytes.count)
                startsFile = false
                sawRecord = true
            case .failure(let problem):
                try add(.problem(problem), 0)
            }
        }
        if !sawRecord { try add(.problem(InputProblem(path: reader.path, message: "no notes to check", kind: .notice)), 0) }
    }

    private func stream(_ reader: inout ChunkReader, into add: (WorkItem, Int) throws(NoteLintError) -> Void) throws(NoteLintError) {
        var declared: [String: Role] = [:]
        var sawText = false
        while let next = reader.next() {
            switch next {
            case .success(var chunk):
                if chunk.isFirst {
                    declared = chunk.bytes.withUnsafeBufferPointer { NoteHeader(bytes: $0).people }
                }
                chunk.declaredPeople = declared
                sawText = sawText || chunk.bytes.contains { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
                try add(.chunk(chunk), chunk.bytes.count)
            case .failure(let problem):
                try add(.problem(problem), 0)
                return
            }
        }
        if !sawText { try add(.problem(InputProblem(path: reader.path, message: "empty, nothing to check", kind: .notice)), 0) }
    }

    private static func outcome(of item: WorkItem, linter: Linter, threshold: Severity, countsWords: Bool,
                                render: (FileReport) -> String) -> Outcome {
        switch item {
        case .problem(let problem):
            return Outcome(path: problem.path, rendered: "", findings: [], problem: problem, startsDocument: false)
        case .file(let path):
            switch DocumentReader.read(path: path) {
            case .failure(let problem):
                return Outcome(path: path, rendered: "", findings: [], problem: problem, startsDocument: false)
            case .success(let document):
                return outcome(of: DocumentChunk(path: document.path, bytes: document.bytes), linter: linter, threshold: threshold,
                               countsWords: countsWords, render: render)
            }
        case .wordDocument(let path):
            switch DocxReader.document(path: path) {
            case .failure(let problem):
                return Outcome(path: path, rendered: "", findings: [], problem: problem, startsDocument: false)
            case .success(let document):
                // Lines are reported as paragraph numbers, as Word counts them.
                return outcome(of: DocumentChunk(path: path, bytes: document.bytes), linter: linter, threshold: threshold,
                               countsWords: countsWords, render: render, line: DocxReader.paragraphNumber(ofLine:))
            }
        case .chunk(let chunk):
            return outcome(of: chunk, linter: linter, threshold: threshold, countsWords: countsWords, render: render)
        case .record(let chunk, let startsFile, let fileBytes):
            var outcome = outcome(of: chunk, linter: linter, threshold: threshold, countsWords: countsWords, render: render)
            outcome.startsDocument = startsFile
            outcome.byteCount = fileBytes
            return outcome
        }
    }

    /// The outcome of linting `chunk`; `line` maps the lines of the chunk's text to those
    /// reported (a Word document's paragraphs).
    private static func outcome(of chunk: DocumentChunk, linter: Linter, threshold: Severity, countsWords: Bool,
                                render: (FileReport) -> String, line: ((Int) -> Int)? = nil) -> Outcome {
        var findings = linter.lint(chunk).filter { $0.severity >= threshold }
        if let line {
            for index in findings.indices { findings[index].renumberLines(line) }
        }
        let report = FileReport(path: chunk.path, bytes: chunk.bytes, byteOffset: chunk.byteOffset, findings: findings, record: chunk.record)
        return Outcome(path: chunk.path, rendered: findings.isEmpty ? "" : render(report), findings: findings, problem: nil,
                       startsDocument: chunk.isFirst, byteCount: chunk.bytes.count,
                       wordCount: countsWords ? WordCounter.count(chunk.bytes) : 0)
    }
}
