import Foundation

/// Buffered writing to standard output (print() per finding is slow on large runs).
final class OutputStream {
    private var buffer: [UInt8] = []
    private let limit = 1 << 16

    func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= limit { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { FileHandle.standardOutput.write(Data($0)) }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }
}
