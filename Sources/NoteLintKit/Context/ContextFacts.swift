/// What the context analysis found about one match.
public struct ContextFacts: Sendable, Equatable {
    /// Inside quotation marks.
    public var quoted = false
    /// In reported speech or an interview extract.
    public var reported = false
    /// Under negation.
    public var negated = false
    /// A mention of the phrase rather than a use.
    public var mention = false
    /// Set against what it overlooked in the same sentence ("offered joint sessions, despite
    /// her disclosure that he had strangled her"; "…; no equivalent message was given to
    /// him"): the writer describes a practice to criticise it.
    public var critiqued = false
    /// The role of the clause subject.
    public var subject: Role = .unknown
    /// True if ``subject`` is only guessed from a bare given name's sex (``GivenNames``): a
    /// rule that may be about a child does not go on it.
    public var subjectIsGuessed = false
    /// True if ``subject`` is a child old enough to be abused by a partner of their own
    /// (``NoteCast/domesticAbuseAge``): a rule about a survivor goes on them too.
    public var subjectIsYoungPerson = false

    public init() {}
}
