/// How serious a finding is. Ordered: `suggestion < warning < error`.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    case suggestion
    case warning
    case error

    private var rank: Int {
        switch self {
        case .suggestion: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    /// One step less serious; a suggestion stays a suggestion.
    public var downgraded: Severity {
        switch self {
        case .error: .warning
        case .warning, .suggestion: .suggestion
        }
    }
}
