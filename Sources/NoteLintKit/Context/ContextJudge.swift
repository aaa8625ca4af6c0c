/// Applies a rule's ``ContextPolicy`` to the ``ContextFacts`` of a match.
enum ContextJudge {
    /// What the context does to a match.
    enum Verdict: Equatable {
        /// Report it with this severity.
        case report(Severity)
        /// Drop it, for this reason ("quoted", "negated", "subject is causer"…).
        case suppress(String)
    }

    /// `isNamed` says whether the note names someone in a role (for `needs-name`);
    /// `mentionsAbuse` whether it speaks of domestic abuse (for `needs-abuse-context`);
    /// `documentMentions` and `paragraphMentions` whether the document, and the paragraph of
    /// the match, hold a phrase (for `needs-document-mentions`, `unless-document-mentions` and
    /// `unless-paragraph-mentions`).
    static func verdict(for rule: Rule, given facts: ContextFacts, profile: Profile = .standard,
                        isNamed: (Role) -> Bool = { _ in true }, mentionsAbuse: Bool = true,
                        documentMentions: (String) -> Bool = { _ in false }, paragraphMentions: (String) -> Bool = { _ in false }) -> Verdict {
        var policy = rule.context
        if profile == .strict {
            if policy.quoted == .ignore { policy.quoted = .downgrade }
            if policy.reported == .ignore { policy.reported = .downgrade }
        }
        // A bare name's sex says nothing of whether it is a child's ("Tom has been hearing…").
        // A young person of 16 or 17 may be a partner's survivor, or, in a note that speaks of
        // abuse, the one causing harm to a parent (the Domestic Abuse Act 2021 counts both).
        if let subjects = policy.subjects, !subjects.contains(facts.subject), !(facts.subjectIsGuessed && subjects.contains(.child)),
           !(facts.subjectIsYoungPerson && (subjects.contains(.survivor) || mentionsAbuse && subjects.contains(.causer))) {
            return .suppress("subject is \(facts.subject.rawValue)")
        }
        var severity = rule.severity
        for (name, applies, action) in [("mention", facts.mention, policy.mention), ("negated", facts.negated, policy.negated),
                                        ("quoted", facts.quoted, policy.quoted), ("reported", facts.reported, policy.reported),
                                        ("critiqued", facts.critiqued, policy.critiqued)] where applies {
            switch action {
            case .ignore: return .suppress(name)
            case .downgrade: severity = severity.downgraded
            case .flag: break
            }
        }
        if !policy.needsNamed.isEmpty, !policy.needsNamed.contains(where: isNamed) {
            return .suppress("no one named in the note")
        }
        if policy.needsAbuseContext, !mentionsAbuse {
            return .suppress("the note does not speak of domestic abuse")
        }
        if !policy.needsDocumentMentions.isEmpty, !policy.needsDocumentMentions.contains(where: documentMentions) {
            return .suppress("the document does not say what makes the words wrong")
        }
        if policy.unlessDocumentMentions.contains(where: documentMentions) {
            return .suppress("the document uses the words in their legitimate sense")
        }
        if policy.unlessParagraphMentions.contains(where: paragraphMentions) {
            return .suppress("the paragraph answers the concern")
        }
        if policy.strictOnly, profile != .strict {
            return .suppress("style advice, reported under --profile strict")
        }
        return .report(severity)
    }
}
