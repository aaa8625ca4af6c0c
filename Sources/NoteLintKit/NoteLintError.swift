/// An error notelint reports to its user: one clear line, with where it happened.
public enum NoteLintError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A rule, lexicon or inflection file is malformed: file, line (1-based, 0 if unknown) and what is wrong.
    case ruleFile(path: String, line: Int, problem: String)
    /// A pattern cannot be parsed or compiled.
    case pattern(String)
    /// An input cannot be read or is not text.
    case input(path: String, problem: String)
    /// ICU failed.
    case icu(String)
    /// A usage or configuration problem.
    case usage(String)

    public var description: String {
        switch self {
        case .ruleFile(let path, let line, let problem):
            line > 0 ? "\(path):\(line): \(problem)" : "\(path): \(problem)"
        case .pattern(let problem): problem
        case .input(let path, let problem): "\(path): \(problem)"
        case .icu(let problem): "ICU: \(problem)"
        case .usage(let problem): problem
        }
    }
}
