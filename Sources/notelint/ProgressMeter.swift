import Foundation
import NoteLintKit

/// Shows how far a long run has got, on one line of standard error that it rewrites: files
/// and megabytes done of the total, and an estimate of the time left. It appears only once
/// a run has taken half a second, is redrawn at most five times a second, and never shows
/// note text.
final class ProgressMeter {
    /// When to show progress.
    enum Mode: String, CaseIterable {
        /// When standard error is a terminal.
        case auto
        case always
        case never
    }

    private let totalFiles: Int
    private let totalBytes: Int
    private var files = 0
    private var bytes = 0
    private let started = Date()
    private var lastDrawn: Date? = nil
    private var showing = false

    /// A meter for a run over `entries`, or nil if `mode` says not to show one. With `auto`,
    /// it shows when standard error is a terminal, unless the command writes its output as it
    /// goes (`sharesTerminalWithOutput`) to the same terminal.
    init?(mode: Mode, entries: [PathWalker.Entry], sharesTerminalWithOutput: Bool) {
        switch mode {
        case .never: return nil
        case .auto:
            guard isatty(STDERR_FILENO) != 0, ProcessInfo.processInfo.environment["TERM"] != "dumb",
                  !(sharesTerminalWithOutput && isatty(STDOUT_FILENO) != 0) else { return nil }
        case .always: break
        }
        var files = 0, bytes = 0
        for case .file(let path) in entries {
            files += 1
            var status = stat()
            if stat(path, &status) == 0 { bytes += Int(status.st_size) }
        }
        totalFiles = files
        totalBytes = bytes
    }

    /// Counts an outcome of the run (a document, a block of one, or a problem).
    func advance(by outcome: BatchLinter.Outcome) {
        if outcome.startsDocument || outcome.problem != nil { files += 1 }
        bytes += outcome.byteCount
        let now = Date()
        guard now.timeIntervalSince(started) >= 0.5, lastDrawn.map({ now.timeIntervalSince($0) >= 0.2 }) ?? true else { return }
        lastDrawn = now
        draw(elapsed: now.timeIntervalSince(started))
    }

    /// Removes the line (before other messages, and at the end of the run).
    func clear() {
        guard showing else { return }
        write("\r\u{1B}[K")
        showing = false
    }

    private func draw(elapsed: TimeInterval) {
        var parts = ["\(files.groupedInThousands) of \(totalFiles.groupedInThousands) files"]
        if totalBytes > 0 {
            let fraction = min(1, Double(bytes) / Double(totalBytes))
            parts.append(String(format: "%.1f of %.1f MB (%d%%)", Double(bytes) / 1e6, Double(totalBytes) / 1e6, Int(fraction * 100)))
            if fraction > 0.02 { parts.append("about \(Self.duration(elapsed / fraction - elapsed)) left") }
        } else {
            parts = [String(format: "%.1f MB", Double(bytes) / 1e6)]
        }
        write("\r\u{1B}[Knotelint: " + parts.joined(separator: ", ") + ", \(Self.duration(elapsed)) so far")
        showing = true
    }

    private static func duration(_ seconds: TimeInterval) -> String {
        let whole = Int(seconds.rounded())
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }

    private func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
