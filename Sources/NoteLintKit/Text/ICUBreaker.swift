import CICU

/// A Swift handle on one ICU break iterator (word or sentence) over UTF-8 text.
///
/// Not thread-safe: give each thread its own breaker. The text passed to ``boundaries(in:)``
/// is only borrowed for the duration of the call.
final class ICUBreaker {
    enum Kind {
        case word
        case sentence
    }

    /// A boundary found by the breaker: the byte offset where a segment ends, and ICU's rule status.
    struct Segment {
        var start: Int
        var end: Int
        var ruleStatus: Int32
    }

    private let handle: OpaquePointer

    init(_ kind: Kind) throws(NoteLintError) {
        var error: Int32 = 0
        guard let handle = cicu_breaker_open(kind == .word ? CICU_BREAK_WORD : CICU_BREAK_SENTENCE, &error) else {
            throw NoteLintError.icu("cannot open an ICU break iterator (ICU error \(error))")
        }
        self.handle = handle
    }

    deinit { cicu_breaker_close(handle) }

    /// Calls `body` for each segment of `bytes`, in order.
    func forEachSegment(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Segment) -> Void) {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        let status = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            cicu_breaker_set_text(handle, $0, Int64(bytes.count))
        }
        guard status == 0 else {
            body(Segment(start: 0, end: bytes.count, ruleStatus: 0))
            return
        }
        var start = 0
        while true {
            let next = cicu_breaker_next(handle)
            if next < 0 { break }
            let end = Int(next)
            body(Segment(start: start, end: end, ruleStatus: cicu_breaker_rule_status(handle)))
            start = end
        }
        // Unbind the text so that no dangling pointer outlives the call.
        cicu_breaker_set_text(handle, "", 0)
    }
}
