/// How a rule treats a match in each kind of context (see Rules/README.md, "Context").
public struct ContextPolicy: Sendable, Equatable {
    /// What to do with a match in a given context.
    public enum Action: String, Sendable, Equatable, CaseIterable {
        /// Drop the finding.
        case ignore
        /// Report it one severity lower.
        case downgrade
        /// Report it as usual.
        case flag
    }

    /// Inside quotation marks.
    public var quoted: Action = .ignore
    /// In reported speech ("she said that…", "described it as…").
    public var reported: Action = .ignore
    /// Under negation ("this is not a volatile relationship").
    public var negated: Action = .ignore
    /// A mention of the phrase rather than a use ("avoid the term …").
    public var mention: Action = .ignore
    /// A practice set against what it overlooked ("mediation was suggested, although the
    /// referral recorded his breach of a non-molestation order"). Flagged unless a rule about
    /// practitioners' actions says otherwise: "she stayed despite the violence" is no critique.
    public var critiqued: Action = .flag
    /// The roles the clause subject may have for the rule to apply; nil means any.
    public var subjects: Set<Role>? = nil
    /// The rule applies only if the note names someone in one of these roles (for advice such as
    /// "use his name rather than 'the perpetrator'", which general prose cannot follow); empty
    /// means always.
    public var needsNamed: Set<Role> = []
    /// The rule applies only if the note speaks of domestic abuse somewhere, or is too short to
    /// tell (for praise such as "a loving father", which the guidance flags only in a case of
    /// abuse).
    public var needsAbuseContext = false
    /// The rule applies only in a document holding one of these phrases (lower case; ASCII case
    /// and spacing are ignored), which make its words wrong there ("the alleged perpetrator" in
    /// a record that says he pleaded guilty). Empty means always.
    public var needsDocumentMentions: [String] = []
    /// The rule is style advice reported only under `--profile strict` (audits and training),
    /// not in a practitioner's everyday run ("Mum" for the mother's name).
    public var strictOnly = false
    /// The rule does not apply in a document holding one of these phrases (lower case; ASCII
    /// case and spacing are ignored), which show that the document uses the rule's words in
    /// their legitimate sense ("Reducing Parental Conflict" for "parental conflict").
    public var unlessDocumentMentions: [String] = []
    /// The same, for the paragraph that holds the match: a phrase that answers the rule's
    /// concern nearby ("she explained that…" after a withdrawn statement) without clearing
    /// every other note in a long file.
    public var unlessParagraphMentions: [String] = []

    public init() {}
}

/// Who a person reference in a note is, as far as the rules are concerned.
public enum Role: String, Sendable, Equatable, Hashable, CaseIterable, Codable {
    /// The adult victim-survivor (the non-abusing parent).
    case survivor
    /// The person causing harm.
    case causer
    /// A child.
    case child
    /// A professional or agency.
    case agency
    /// No person could be identified.
    case unknown
}
