/// Settings for one lint run that are not part of the catalogue.
public struct LintOptions: Sendable, Equatable {
    /// People whose role the user declares (`--person-causing-harm "Mr Hale"`), by name.
    public var declaredPeople: [String: Role] = [:]

    public init(declaredPeople: [String: Role] = [:]) {
        self.declaredPeople = declaredPeople
    }
}
