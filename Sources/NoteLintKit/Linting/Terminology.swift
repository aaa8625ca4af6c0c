/// Local terminology: what suggestions call the person causing harm when the note does not
/// name him, and the regional vocabulary for the abuse itself.
public struct Terminology: Sendable, Equatable {
    /// Regional usage.
    public enum Region: String, Sendable, CaseIterable {
        /// UK: "domestic abuse", "person causing harm" (Safe & Together UK practice).
        case uk
        /// Australia: "family violence", "person using violence".
        case au
    }

    /// The term for the person causing harm in suggestions.
    public enum CauserTerm: String, Sendable, CaseIterable {
        case personCausingHarm = "person-causing-harm"
        case perpetrator
        case personUsingViolence = "person-using-violence"

        /// The words used in a placeholder.
        var words: String {
            switch self {
            case .personCausingHarm: "person causing harm"
            case .perpetrator: "perpetrator"
            case .personUsingViolence: "person using violence"
            }
        }
    }

    public var region: Region
    /// nil: the region's usual term.
    public var causerTerm: CauserTerm?

    public init(region: Region = .uk, causerTerm: CauserTerm? = nil) {
        self.region = region
        self.causerTerm = causerTerm
    }

    /// The term in force.
    public var effectiveCauserTerm: CauserTerm {
        causerTerm ?? (region == .au ? .personUsingViolence : .personCausingHarm)
    }

    /// Rules that would flag the service's own chosen words: with "perpetrator" as the house
    /// term, the advisory rules against "the perpetrator" are off.
    public var disabledRuleIDs: Set<String> {
        effectiveCauserTerm == .perpetrator ? ["the-perpetrator-instead-of-name", "perpetrator-as-identity"] : []
    }

    /// A suggestion in this terminology (after names have been filled in).
    func localise(_ suggestion: String) -> String {
        var text = suggestion
        let term = effectiveCauserTerm
        if term != .personCausingHarm {
            text = text.replacingAll("[person causing harm]", with: "[\(term.words)]")
        }
        if region == .au {
            for (uk, au) in [("domestic abuse", "family violence"), ("Domestic abuse", "Family violence"),
                             ("domestic violence", "family violence"), ("Domestic violence", "Family violence")] {
                text = text.replacingAll(uk, with: au)
            }
        }
        return text
    }
}

/// How much context is allowed to silence a finding.
public enum Profile: String, Sendable, CaseIterable {
    /// The rules' own context settings: quoted words and family members' accounts are left alone.
    case standard = "default"
    /// For audits: words inside quotation marks and reported speech are reported one severity
    /// lower instead of left alone (negation and mentions are still left alone).
    case strict
}
