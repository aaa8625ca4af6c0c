/// Settings for one lint run that are not part of the catalogue.
public struct LintOptions: Sendable, Equatable {
    /// People whose role the user declares (`--person-causing-harm "Mr Hale"`), by name.
    public var declaredPeople: [String: Role] = [:]
    /// How much context may silence a finding.
    public var profile: Profile = .standard
    /// Local terminology for suggestions and for which advisory rules apply.
    public var terminology = Terminology()

    public init(declaredPeople: [String: Role] = [:], profile: Profile = .standard, terminology: Terminology = Terminology()) {
        self.declaredPeople = declaredPeople
        self.profile = profile
        self.terminology = terminology
    }
}
