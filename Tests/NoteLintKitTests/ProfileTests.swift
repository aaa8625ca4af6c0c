import Testing
@testable import NoteLintKit

@Suite struct ProfileTests {
    @Test func strictProfileReportsQuotedAndReportedWordsOneSeverityLower() throws {
        let text = "Mr Hale described it as \"a volatile relationship\". Ms Hale said their relationship was volatile."
        #expect(try makeLinter().lint(text).isEmpty)
        let strict = try makeLinter(LintOptions(profile: .strict)).lint(text)
        #expect(strict.filter { $0.ruleID == "volatile-relationship" }.count == 2)
        #expect(strict.allSatisfy { $0.severity == .suggestion })
    }

    /// Style advice ("Mum" for the mother's name) is for audits and training only.
    @Test func styleAdviceIsReportedOnlyUnderTheStrictProfile() throws {
        let text = "Mr Hale pushed Ms Hale. Mum said the school was helpful when Mr Hale came to the gate."
        #expect(try !ruleIDs(in: text).contains("mum-dad-without-name"))
        #expect(try ruleIDs(in: text, options: LintOptions(profile: .strict)).contains("mum-dad-without-name"))
    }

    @Test func strictProfileStillRespectsNegationAndMention() throws {
        let text = "This is not a volatile relationship. Avoid the phrase volatile relationship."
        #expect(try makeLinter(LintOptions(profile: .strict)).lint(text).isEmpty)
    }

    @Test func perpetratorAsTheHouseTermSilencesItsAdvisoryRules() throws {
        let text = "The perpetrator left the house on Friday; Mr Hale has not returned."
        #expect(try ruleIDs(in: text).contains("the-perpetrator-instead-of-name"))
        let options = LintOptions(terminology: Terminology(causerTerm: .perpetrator))
        #expect(try !ruleIDs(in: text, options: options).contains("the-perpetrator-instead-of-name"))
    }

    @Test(arguments: [
        (Terminology(), "[person causing harm]"),
        (Terminology(causerTerm: .perpetrator), "[perpetrator]"),
        (Terminology(region: .au), "[person using violence]"),
        (Terminology(region: .au, causerTerm: .personCausingHarm), "[person causing harm]"),
    ])
    func suggestionsUseTheChosenTerm(_ terminology: Terminology, placeholder: String) throws {
        let findings = try makeLinter(LintOptions(terminology: terminology)).lint("Mum failed to protect the children.")
        let suggestion = try #require(findings.first { $0.ruleID == "failure-to-protect" }?.suggestions.first)
        #expect(suggestion.contains(placeholder), "\(suggestion)")
    }

    @Test func australianUsageSaysFamilyViolence() {
        #expect(Terminology(region: .au).localise("Refer to a domestic abuse service.") == "Refer to a family violence service.")
        #expect(Terminology().localise("Refer to a domestic abuse service.") == "Refer to a domestic abuse service.")
    }
}

@Suite struct NeedsNameTests {
    @Test func adviceToUseANameNeedsANameInTheNote() throws {
        #expect(try !ruleIDs(in: "The perpetrator left the house on Friday.").contains("the-perpetrator-instead-of-name"))
        #expect(try ruleIDs(in: "Mr Hale was arrested. The perpetrator left the house on Friday.").contains("the-perpetrator-instead-of-name"))
        let options = LintOptions(declaredPeople: ["Dai": .causer])
        #expect(try ruleIDs(in: "The perpetrator left the house on Friday.", options: options).contains("the-perpetrator-instead-of-name"))
    }
}
