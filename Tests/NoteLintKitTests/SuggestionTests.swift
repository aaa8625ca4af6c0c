import Testing
@testable import NoteLintKit

@Suite struct SuggestionTests {
    @Test func fillsRolesFromTheNote() throws {
        let note = "Mr Hale pushed Ms Hale on Friday. Amy (7) and Ben (4) were upstairs. Ms Hale failed to protect the children."
        let finding = try #require(try makeLinter().lint(note).first { $0.ruleID == "failure-to-protect" })
        let suggestion = try #require(finding.suggestions.first)
        #expect(suggestion.contains("Mr Hale"))
        #expect(suggestion.contains("Ms Hale"))
        #expect(suggestion.contains("Amy and Ben"))
        #expect(suggestion.contains("[behaviour]"))
        #expect(!suggestion.contains("[person causing harm]"))
    }

    @Test func aChildWithTheParentsSurnameIsKnownByTheGivenName() throws {
        // "Kaylee Simmons (5)" makes Kaylee the child, not every Simmons: the mother is still
        // the subject of "failed to protect".
        let note = "Subject child: Kaylee Simmons (5)\nParents: Ms Tegan Simmons (mother); Mr Ryan Maher (father)\n\n"
            + "Mr Maher kicked the door in. Ms Simmons failed to protect Kaylee."
        let finding = try #require(try makeLinter().lint(note).first { $0.ruleID == "failure-to-protect" })
        #expect(finding.suggestions.contains { $0.contains("Kaylee") })
        #expect(!finding.suggestions.contains { $0.contains("Simmons and") || $0.contains("protect Simmons") })
    }

    @Test func unknownRolesStayPlaceholders() throws {
        let finding = try #require(try makeLinter().lint("Mum failed to protect the children.").first { $0.ruleID == "failure-to-protect" })
        #expect(finding.suggestions.first?.contains("[person causing harm]") == true)
    }

    @Test func declaredRolesWinAndAreUsed() throws {
        let options = LintOptions(declaredPeople: ["Dai": .causer, "Siân": .survivor, "Cerys": .child])
        let findings = try makeLinter(options).lint("Siân failed to protect Cerys from Dai.")
        let finding = try #require(findings.first { $0.ruleID == "failure-to-protect" })
        #expect(finding.suggestions.first?.contains("Dai") == true)
        #expect(finding.suggestions.first?.contains("Siân") == true)
        #expect(finding.suggestions.first?.contains("Cerys") == true)
        #expect(finding.context.subject == .survivor)
    }

    @Test func frontMatterDeclaresRolesAndIsNotLinted() throws {
        let note = "---\nperson-causing-harm: Dai\nsurvivor: Siân\nchild: Cerys\n---\nSiân failed to protect Cerys.\n"
        let findings = try makeLinter().lint(note)
        let finding = try #require(findings.first { $0.ruleID == "failure-to-protect" })
        #expect(finding.suggestions.first?.contains("Dai") == true)
        #expect(finding.start.line == 6)
        #expect(findings.allSatisfy { $0.start.line >= 6 })
    }

    @Test func listsChildren() {
        #expect(NoteCast.list(["Amy"]) == "Amy")
        #expect(NoteCast.list(["Amy", "Ben"]) == "Amy and Ben")
        #expect(NoteCast.list(["Amy", "Ben", "Zoë"]) == "Amy, Ben and Zoë")
    }
}

@Suite struct FindingTests {
    @Test func reportsPositionsAndTheMatchedText() throws {
        let note = "First line.\r\nZoë’s mum had a volatile relationship with him."
        let finding = try #require(try makeLinter().lint(note).first { $0.ruleID == "volatile-relationship" })
        #expect(finding.match == "volatile relationship")
        #expect(finding.start == SourcePosition(line: 2, column: 17))
        #expect(finding.end == SourcePosition(line: 2, column: 38))
        #expect(String(decoding: Array(note.utf8)[finding.byteRange], as: UTF8.self) == "volatile relationship")
    }

    @Test(arguments: [
        ("The parents have a DA relationship.", "da-relationship"),
        ("Mum and Dad have a volatile relationship.", "volatile-relationship"),
        ("Ms Hale failed to protect the children.", "failure-to-protect"),
        ("Ms Hale fails to protect the children.", "failure-to-protect"),
        ("Police attended a domestic incident.", nil),
        ("She chose to stay with him.", nil),
        ("Mr Hale lost his temper.", "lost-his-temper"),
        ("Mr Hale has anger issues.", "anger-issues"),
    ] as [(String, String?)])
    func headlinePhrasesAreFlagged(_ text: String, rule: String?) throws {
        let findings = try makeLinter().lint(text)
        #expect(!findings.isEmpty, "\(text)")
        if let rule { #expect(findings.contains { $0.ruleID == rule }, "\(text): \(findings.map(\.ruleID))") }
    }
}

@Suite struct AgreementTests {
    @Test func placeholdersAreReplacedEverywhere() {
        #expect("[child] saw; [child] heard".replacingAll("[child]", with: "Zoë") == "Zoë saw; Zoë heard")
        #expect("[child]".replacingAll("[child]", with: "") == "")
        #expect("aaa".replacingAll("aa", with: "X") == "Xa")
        #expect("no placeholder – here".replacingAll("[child]", with: "Amy") == "no placeholder – here")
        #expect("Ms Ó Briain’s [child]".replacingAll("[child]", with: "Siân") == "Ms Ó Briain’s Siân")
        #expect("x".replacingAll("", with: "y") == "x")
    }

    @Test func verbsAgreeWithSeveralChildren() {
        let cast = NoteCast(personCausingHarm: "Mr Hale", survivor: "Ms Hale", children: ["Amy", "Ben"])
        #expect(cast.fill("[child] was [where]; [child] has [impact].") == "Amy and Ben were [where]; Amy and Ben have [impact].")
        #expect(cast.fill("[child] is a victim of his abuse.") == "Amy and Ben are victims of his abuse.")
        let one = NoteCast(children: ["Amy"])
        #expect(one.fill("[child] was [where].") == "Amy was [where].")
        #expect(one.fill("[child] is a victim of his abuse.") == "Amy is a victim of his abuse.")
    }
}
