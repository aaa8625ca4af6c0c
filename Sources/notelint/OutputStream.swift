import Foundation

/// Buffered writing to standard output (print() per finding is slow on large runs). Small
/// pieces are gathered in a buffer; a piece larger than the buffer (a whole file's report) is
/// written straight from its own bytes.
final class OutputStream {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    func write(_ text: String) {
        if text.utf8.count >= limit {
            flush()
            var text = text
            text.withUTF8 { Self.writeAll($0) }
            return
        }
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBufferPointer { Self.writeAll($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes` to standard output, retrying short and interrupted writes. On any
    /// other error (a closed pipe) it stops: nobody is reading.
    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Foundation.write(STDOUT_FILENO, next, remaining)
            if written > 0 {
                next += written
                remaining -= written
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }

    deinit { flush() }
}
