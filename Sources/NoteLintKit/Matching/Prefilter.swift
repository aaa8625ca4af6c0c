/// Decides cheaply, from raw bytes, whether a stretch of text can hold a match of any
/// pattern: it must contain one of the patterns' anchors (see ``AnchorExtractor``). Text
/// without one is skipped before segmentation. The prefilter only ever skips text that cannot
/// match, so findings are the same with or without it (a test checks this).
struct Prefilter: Sendable {
    /// nil when some pattern has no usable anchor: then every stretch must be checked.
    private let scanner: LiteralScanner?
    /// The anchors scanned for, or nil if the prefilter is off.
    let anchors: Set<String>?
    /// How many distinct anchors the scanner looks for.
    let anchorCount: Int

    /// Builds the prefilter for `patterns` (rule patterns only; exceptions never create matches).
    init(patterns: [PatternElement], classes: [String: [PatternElement]]) {
        var extractor = AnchorExtractor(classes: classes)
        var anchors: Set<String> = []
        for pattern in patterns {
            guard let found = extractor.anchors(of: pattern) else {
                self.init(anchors: nil)
                return
            }
            anchors.formUnion(found)
        }
        self.init(anchors: anchors)
    }

    /// A prefilter scanning for `anchors`, or passing everything if nil.
    init(anchors: Set<String>?) {
        self.anchors = anchors
        scanner = anchors.map { LiteralScanner(literals: $0) }
        anchorCount = anchors?.count ?? 0
    }

    /// True if the prefilter is active (every pattern has anchors).
    var isActive: Bool { scanner != nil }

    /// False only if no pattern can match in `bytes`.
    func mayMatch(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        scanner?.containsAny(bytes) ?? true
    }
}
