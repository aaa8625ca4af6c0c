import Foundation

/// Lints many inputs on all cores and reports them in input order.
///
/// Small files are read and linted whole by the workers; large files and standard input are
/// read in blocks (``ChunkReader``) and linted chunk by chunk, so memory stays bounded
/// whatever the input size. Work is taken in windows of a few items per core; each window is
/// linted in parallel and its outcomes are passed to `emit` in input order, so the output is
/// the same whatever the number of cores.
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
        case chunk(DocumentChunk)
        case problem(InputProblem)

        var size: Int {
            if case .chunk(let chunk) = self { return chunk.bytes.count }
            return 0
        }
    }

    /// Lints `entries`; `render` turns a report into output text on the worker; `emit` gets
    /// every outcome in input order on the calling thread.
    public func run(_ entries: [PathWalker.Entry], render: @escaping @Sendable (FileReport) -> String,
                    emit: (Outcome) -> Void) throws(NoteLintError) -> Summary {
        let pool = LinterPool(catalogue: catalogue, options: options)
        var summary = Summary()
        var window: [WorkItem] = []
        var windowBytes = 0
        func flush() throws(NoteLintError) {
            guard !window.isEmpty else { return }
            for outcome in try process(window, pool: pool, render: render) {
                if let problem = outcome.problem { summary.problems.append(problem) }
                if outcome.startsDocument { summary.documents += 1 }
                for finding in outcome.findings { summary.findings[finding.severity, default: 0] += 1 }
                emit(outcome)
            }
            window.removeAll(keepingCapacity: true)
            windowBytes = 0
        }
        func add(_ item: WorkItem) throws(NoteLintError) {
            window.append(item)
            windowBytes += item.size
            if window.count >= workers * 4 || windowBytes >= workers * blockSize { try flush() }
        }
        for entry in entries {
            switch entry {
            case .problem(let problem):
                try add(.problem(problem))
            case .file(let path):
                let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
                if size <= blockSize {
                    try add(.file(path))
                } else {
                    do {
                        var reader = try ChunkReader(path: path, blockSize: blockSize)
                        try stream(&reader, into: add)
                    } catch let problem as InputProblem {
                        try add(.problem(problem))
                    } catch let error as NoteLintError {
                        throw error
                    } catch {}
                }
            case .standardInput:
                var reader = ChunkReader(handle: FileHandle.standardInput, path: "<stdin>", blockSize: blockSize)
                try stream(&reader, into: add)
            }
        }
        try flush()
        return summary
    }

    private func stream(_ reader: inout ChunkReader, into add: (WorkItem) throws(NoteLintError) -> Void) throws(NoteLintError) {
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
                try add(.chunk(chunk))
            case .failure(let problem):
                try add(.problem(problem))
                return
            }
        }
        if !sawText { try add(.problem(InputProblem(path: reader.path, message: "empty, nothing to check", kind: .notice))) }
    }

    private func process(_ items: [WorkItem], pool: LinterPool, render: @escaping @Sendable (FileReport) -> String) throws(NoteLintError) -> [Outcome] {
        let results = ResultSlots<Result<Outcome, NoteLintError>>(count: items.count)
        let threshold = self.threshold
        let work: @Sendable (Int) -> Void = { index in
            let outcome: Result<Outcome, NoteLintError>
            do throws(NoteLintError) {
                outcome = .success(try pool.withLinter { linter in Self.outcome(of: items[index], linter: linter, threshold: threshold, render: render) })
            } catch {
                outcome = .failure(error)
            }
            results.set(index, outcome)
        }
        if workers == 1 || items.count == 1 {
            for index in items.indices { work(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: items.count, execute: work)
        }
        return try results.values.map { result throws(NoteLintError) -> Outcome in try result!.get() }
    }

    private static func outcome(of item: WorkItem, linter: Linter, threshold: Severity, render: (FileReport) -> String) -> Outcome {
        switch item {
        case .problem(let problem):
            return Outcome(path: problem.path, rendered: "", findings: [], problem: problem, startsDocument: false)
        case .file(let path):
            switch DocumentReader.read(path: path) {
            case .failure(let problem):
                return Outcome(path: path, rendered: "", findings: [], problem: problem, startsDocument: false)
            case .success(let document):
                return outcome(of: DocumentChunk(path: document.path, bytes: document.bytes), linter: linter, threshold: threshold, render: render)
            }
        case .chunk(let chunk):
            return outcome(of: chunk, linter: linter, threshold: threshold, render: render)
        }
    }

    private static func outcome(of chunk: DocumentChunk, linter: Linter, threshold: Severity, render: (FileReport) -> String) -> Outcome {
        let findings = linter.lint(chunk).filter { $0.severity >= threshold }
        let report = FileReport(path: chunk.path, bytes: chunk.bytes, byteOffset: chunk.byteOffset, findings: findings)
        return Outcome(path: chunk.path, rendered: findings.isEmpty ? "" : render(report), findings: findings, problem: nil, startsDocument: chunk.isFirst)
    }
}

/// Fixed slots that worker threads fill, each its own.
final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value?]

    init(count: Int) {
        storage = [Value?](repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.lock()
        storage[index] = value
        lock.unlock()
    }

    var values: [Value?] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}
