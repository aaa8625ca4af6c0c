import Testing
@testable import NoteLintKit

@Suite struct YoungPersonHeaderTests {
    func age(_ note: String) -> Int? {
        var copy = note
        return copy.withUTF8 { YoungPersonHeader.girlsAge(in: $0) }
    }

    @Test func readsTheOneGirlARecordIsAbout() {
        #expect(age("Young person: Chantelle Boateng (14)\nMASH outcome - 03/09/2025\nShe says she is happy.") == 14)
        #expect(age("MASH outcome\nChild: Jess Thornton, 15, Year 10\nLogged by the DSL.") == 15)
        #expect(age("YP: Chantelle Clarke (16 years)\nReturn home interview.") == 16)
    }

    @Test func leavesOtherRecordsAlone() {
        // A younger child's record, a boy's, an adult's, two girls, no label, an age in months.
        #expect(age("Child: Amy Hale (6)\nShe was upset at school.") == nil)
        #expect(age("Young person: Kacper Nowak (15)\nHe was found at the station.") == nil)
        #expect(age("Young person: Chloe Price (19)\nCare leaver.") == nil)
        #expect(age("Child: Chloe Price (14)\nChild: Amber Price (12)\nSiblings.") == nil)
        #expect(age("Chloe Price (14) was seen at school.") == nil)
        #expect(age("Child: Chloe Price (14 months)\nHV visit.") == nil)
        // A family's record: a brother, or a parent, labelled too.
        #expect(age("Child: Oliwia Nowak (13)\nChild: Szymon Nowak (10)\nSW: Hannah Reid") == nil)
        #expect(age("Child: Oliwia Nowak (13)\nMother: Agnieszka Nowak\nShe has not engaged.") == nil)
    }

    @Test func herPronounsNameHerInTheContextChecks() throws {
        let linter = try Linter(catalogue: .bundled())
        let note = "Young person: Chantelle Boateng (14)\nChantelle has been seeing Dean Rourke, who is 23.\nShe is mature for her age and says she is happy, so she may not see herself as at risk."
        #expect(linter.lint(note).contains { $0.context.subject == .child })
    }
}
