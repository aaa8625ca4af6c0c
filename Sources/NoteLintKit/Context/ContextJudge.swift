/// Applies a rule's ``ContextPolicy`` to the ``ContextFacts`` of a match.
enum ContextJudge {
    /// The severity to report, or nil if the context rules the match out.
    static func severity(of rule: Rule, given facts: ContextFacts) -> Severity? {
        let policy = rule.context
        if let subjects = policy.subjects, !subjects.contains(facts.subject) { return nil }
        var severity = rule.severity
        for (applies, action) in [(facts.mention, policy.mention), (facts.negated, policy.negated),
                                  (facts.quoted, policy.quoted), (facts.reported, policy.reported)] where applies {
            switch action {
            case .ignore: return nil
            case .downgrade: severity = severity.downgraded
            case .flag: break
            }
        }
        return severity
    }
}
