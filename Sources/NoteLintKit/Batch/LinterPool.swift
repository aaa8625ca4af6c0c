import Foundation

/// Hands out linters to worker threads (a linter is not thread-safe, but is reusable).
final class LinterPool: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [Linter] = []
    private let catalogue: Catalogue
    private let options: LintOptions

    init(catalogue: Catalogue, options: LintOptions) {
        self.catalogue = catalogue
        self.options = options
    }

    /// Runs `body` with a linter no other thread is using.
    func withLinter<Result>(_ body: (Linter) -> Result) throws(NoteLintError) -> Result {
        lock.lock()
        let reused = idle.popLast()
        lock.unlock()
        let linter: Linter
        if let reused { linter = reused } else { linter = try Linter(catalogue: catalogue, options: options) }
        defer {
            lock.lock()
            idle.append(linter)
            lock.unlock()
        }
        return body(linter)
    }
}
