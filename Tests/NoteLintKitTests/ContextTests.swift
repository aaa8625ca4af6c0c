import Testing
@testable import NoteLintKit

/// Context decides: each case names a sentence and whether the bundled catalogue flags it.
@Suite struct ContextTests {
    func isFlagged(_ text: String) throws -> Bool { try !ruleIDs(in: text).isEmpty }

    @Test(arguments: [
        "Mr Hale described it as \"a volatile relationship\".",
        "Mr Hale described it as “a volatile relationship”.",
        "Mr Hale described it as ‘a volatile relationship’.",
        "Mr Hale described it as 'a volatile relationship'.",
        "Ms Price said it was “just a row” and nothing more.",
        "The police log title reads “Domestic incident – verbal”.",
        "Ms Okafor said, “Things got out of hand.”",
        "Mr Ward told me: “She failed to protect them, not me.”",
        "Her words were: “I chose to stay because of the kids.”",
        "“The abuse just happened,” Mr Ward told me.",
    ])
    func quotedWordsAreNotFindings(_ text: String) throws {
        #expect(try !isFlagged(text))
    }

    @Test(arguments: [
        "Ms B's partner has a volatile relationship with her.",
        "Mum and Dad’s relationship is volatile.",
        "The parents' relationship is volatile.",
        "Ms O’Brien failed to protect the children.",
    ])
    func apostrophesAreNotQuotes(_ text: String) throws {
        #expect(try isFlagged(text))
    }

    @Test(arguments: [
        "Ms Price said that their relationship was volatile after the baby was born.",
        "Ms Price told me that she had been in an abusive relationship before.",
        "Mr Kaur said that he lost his temper.",
        "She said she chose to stay for the children.",
        "Zoë said that the men called her a child prostitute.",
        "Ms Nowak said that professionals kept telling her she was not protective.",
        "Mr Okafor says it was a one-off incident.",
        "It was just a row, says Mum.",
        "Lily-Mae (13) has grown up witnessing domestic violence, according to her sister.",
        // The pronoun after a family member's report is the same speaker.
        "Ms Hale told me that she feels they are both as bad as each other.",
    ])
    func familyMembersReportedAccountsAreTheirs(_ text: String) throws {
        #expect(try !isFlagged(text))
    }

    @Test(arguments: [
        "The referral describes low-level DV between the parents.",
        "Grandmother feels it takes two and that she winds him up.",
        "Ms Reyes has been told that if she resumes contact with Mr Cruz, care proceedings will be initiated.",
        "There's been violence at home again, according to the school.",
        // A professional introduced by role speaks for an agency, and so does the pronoun
        // that reports for them again.
        "Priya Sharma (social worker)\nPriya said she feels the parents are both as bad as each other.",
        "Mr Tom Birch (Learning Mentor, Greenfields Primary)\nMr Birch said Mr Fletcher is a good dad.",
        // A professional of hers speaks, not she.
        "Lily-Mae (13) has grown up witnessing domestic violence, according to her head of year.",
        "Mr Brennan says sorry every time he loses his temper.",
        "Ms Hale stated she would not be leaving Mr Hale, which shows a lack of protective capacity.",
        // A verb after the comma with no speaker goes on with the writer's sentence.
        "Mum is in denial about the DA, says everything is fine now.",
    ])
    func professionalAndDocumentFramingIsStillChecked(_ text: String) throws {
        #expect(try isFlagged(text))
    }

    @Test(arguments: [
        "This is not a volatile relationship: Mr Eze is controlling and Ms Eze is frightened of him.",
        "There is no evidence that Ms Lewis failed to protect Ruby (6).",
        "Ms Hale has not failed to protect the children.",
        "Ms Hale has never failed to protect the children.",
        "These were not just arguments; Mr Hale threatened to kill Ms Hale.",
        "No one is suggesting that Ms Hale failed to protect the children.",
        "Nobody thinks Ms Hale failed to protect the children.",
    ])
    func negationRemovesTheFinding(_ text: String) throws {
        #expect(try !isFlagged(text))
    }

    @Test(arguments: [
        "Not only is this a volatile relationship, but the children are frightened.",
        "Ms Hale did not call the police, and Mum and Dad have a volatile relationship.",
        "No referral was made; Ms Hale failed to protect the children.",
        "No one said anything when Ms Hale failed to protect the children.",
    ])
    func negationHasAScope(_ text: String) throws {
        #expect(try isFlagged(text))
    }

    @Test(arguments: [
        "Trainees were asked to avoid the phrase DA relationship in their recording.",
        "Workers should avoid phrases such as volatile relationship.",
        "Use language like Mr Hale hit Ms Hale rather than DA relationship.",
        "The term failed to protect is victim-blaming.",
        "Please do not record 'DA relationship' on the chronology.",
        "Workers used words like volatile relationship in the case files.",
        "We should not describe this as a volatile relationship.",
        "Please avoid labelling the relationship as a volatile relationship.",
        "Mr Hale's abuse must never be recorded as a domestic incident.",
        "What is a toxic relationship?",
        "What constitutes a volatile relationship?",
        "The concept of parental alienation has no scientific basis.",
        "Disguised compliance involves parents giving the appearance of co-operating with agencies.",
        "There is no suggestion in any of the agency checks that Ms Ibrahim chose to stay with Mr Ibrahim.",
        "At no point in this assessment has Ms Nolan been in denial about what Mr Barnes has done.",
        "I would not describe what happened on 12 May as a domestic incident.",
        "The guardian cautioned against describing this as a volatile relationship.",
    ])
    func mentionsAreNotUses(_ text: String) throws {
        #expect(try !isFlagged(text))
    }

    @Test(arguments: [
        "The social worker described the relationship as a volatile relationship.",
        "I would describe it as a volatile relationship.",
        "We have not visited since; the referral describes it as a volatile relationship.",
        "What is the plan for Amy now that the volatile relationship has ended?",
        "Ms Hale did not call the police and said nothing, and the police felt that Ms Hale chose to stay with Mr Hale.",
    ])
    func namingWithoutANegationIsAUse(_ text: String) throws {
        #expect(try isFlagged(text))
    }

    @Test(arguments: [
        ("Ms Hale minimises the abuse.", true),
        ("Mr Doyle minimises his violence and blames Ms Walsh.", false),
        ("Ms Hale lacks insight into the risk.", true),
        ("Mr Hale lacks insight into the impact of his violence on Amy (7).", false),
        ("Mother is in denial about the risk.", true),
        ("Mr Cruz is resistant to social care involvement.", false),
        ("Mother is exposing the children to Mr Hale's abusive behaviour.", true),
        ("Mr Brennan's parenting has been neglectful; he left the children alone.", false),
        ("Mr Hale is not engaging with the perpetrator programme.", false),
        ("Ms Hale is not engaging with services.", true),
    ])
    func theSubjectDecides(_ text: String, flagged: Bool) throws {
        #expect(try isFlagged(text) == flagged, "\(text)")
    }

    /// Praise of a father is flagged in a case of abuse (E40: "require a link to the pattern"),
    /// not in a note that never speaks of abuse; a sentence on its own gives nothing to judge by.
    /// Shorthand reads as its words (``Shorthand``): "w/" is "with", "didnt" negates as
    /// "didn't" does.
    @Test func shorthandIsReadAsItsWords() throws {
        #expect(try ruleIDs(in: "M chose to stay w/ F despite SW advice.").contains("chose-to-stay"))
        #expect(try ruleIDs(in: "Why doesnt she just leave?").contains("why-doesnt-she-leave"))
        #expect(try !ruleIDs(in: "Dad didnt lose his temper, he waited until the kids were asleep.").contains("lost-his-temper"))
        #expect(try ruleIDs(in: "Dad lost his temper b/c dinner was late.").contains("lost-his-temper"))
    }

    @Test func praiseOfAFatherNeedsAnAbuseContext() throws {
        let visit = "Home visit. Amy (6) showed me her drawings and read to me. The school reports she is settled and her attendance is good. "
        let praise = "Mr Park is a loving father who attends every appointment. "
        let rest = "Ms Park has started a college course and the family plan a holiday in August."
        func flagsPraise(_ text: String) throws -> Bool { try makeLinter().lint(text).contains { $0.ruleID == "good-dad" } }
        #expect(try !flagsPraise(visit + praise + rest))
        #expect(try flagsPraise(visit + "Mr Park pushed Ms Park into the door on Friday. " + praise + rest))
        #expect(try flagsPraise(praise))
        let withoutPrefilter = try makeLinter()
        withoutPrefilter.usesPrefilter = false
        #expect(!withoutPrefilter.lint(visit + praise + rest).contains { $0.ruleID == "good-dad" })
    }

    @Test func interviewExtractsWithASpeakerLineAreReported() throws {
        let text = "It was a volatile relationship and we argued all the time, to be honest with you.\n\n(Parent, site 2)\n"
        #expect(try makeLinter().lint(text).isEmpty)
        #expect(try !makeLinter().lint("It was a volatile relationship and we argued all the time, to be honest with you.\n").isEmpty)
        #expect(try makeLinter().lint("It was a volatile relationship and we argued all the time.\n- FSW\n\nNext paragraph.\n").isEmpty)
        // A short line over its section's text is a heading, not the speaker of the paragraph before.
        let minutes = "Police attended when there was an altercation between the parents.\n\nSocial work\nThe worker visited.\n"
        #expect(try makeLinter().lint(minutes).map(\.ruleID) == ["altercation"])
    }

    @Test func aFamilyMembersLabelledWordsAreTheirs() throws {
        let linter = try makeLinter()
        // Minuted as said by a family member: their words, not the writer's.
        #expect(try linter.lint("Mr Chowdhury (father): She provoked me, it was a volatile relationship.\n").isEmpty)
        #expect(try linter.lint("Mum: we just had a row, he lost his temper.\n").isEmpty)
        #expect(try linter.lint("Father's account: it was a volatile relationship.\n").isEmpty)
        #expect(try linter.lint("Father's views\nIt was a volatile relationship. I lost my temper.\n").isEmpty)
        // A label that names the note's family: "Ms Begum" is the mother the note names.
        let minutes = "Ms Begum is frightened of Mr Chowdhury.\nMs Begum: it was just a row.\nMs Jones (IDVA): it was just a row.\n"
        #expect(try linter.lint(minutes).map(\.start.line) == [3])
        // A label over the writer's observations of her opens with a verb: those are the writer's.
        #expect(try linter.lint("Kerry Dunn (mother): presents as hysterical.\n").map(\.ruleID) == ["hysterical"])
        // A professional's label, a role word over the writer's own observations, and a section
        // after the views are the writer's.
        #expect(try linter.lint("Tom Ellery (SW): The parents have a volatile relationship.\n").map(\.ruleID) == ["volatile-relationship"])
        #expect(try linter.lint("Mother: presents as hysterical.\n").map(\.ruleID) == ["hysterical"])
        // Below the views heading, the writer's own summary is the writer's.
        let voice = "Children's voice\nEthan said it is calmer now. I like it.\nThey were asleep so were not affected.\n"
        #expect(try linter.lint(voice).map(\.ruleID) == ["absent-so-not-affected"])
        // So is the writer's stance in the first person ("In my view…").
        let stance = "4. The children's wishes and feelings\n4.1 Aoife said she misses her dad.\n4.2 In my view Aoife has been caught in the middle.\n"
        #expect(try linter.lint(stance).map(\.ruleID) == ["caught-in-the-middle"])
        let report = "Parents' views:\nThey said they argue.\n\nAnalysis\nThe parents have a volatile relationship.\n"
        #expect(try linter.lint(report).map(\.ruleID) == ["volatile-relationship"])
    }

    @Test func aLetterReadsYouAsItsAddressee() throws {
        let body = "You need to stop prioritising your relationship over the children.\nWhen I visited on Monday you presented as hysterical.\n"
        let toHer = try makeLinter().lint("Dear Ms Whitford,\n\n" + body).map(\.ruleID)
        #expect(toHer.contains("chose-him-over-children") && toHer.contains("hysterical"))
        #expect(try makeLinter().lint("Dear Mr Whitford,\n\n" + body).isEmpty)
        #expect(try makeLinter().lint(body).isEmpty)
        // A letter with no other cue word is read too.
        let plain = "Dear Ms Whitford,\n\nYou need to stop prioritising your relationship over the children.\n"
        #expect(try makeLinter().lint(plain).map(\.ruleID) == ["chose-him-over-children"])
        #expect(LetterAddressee.role(salutation: "Dear Sarah,", known: ["Sarah": .survivor]) == .survivor)
        #expect(LetterAddressee.role(salutation: "Dear colleagues,", known: [:]) == nil)
        // A letter to both parents: "you" is read as the first named, and "you both" is still the two of them.
        let toBoth = "Dear Mrs Okafor and Mr Okafor,\n\nMr Okafor, you pushed Mrs Okafor against the wall.\nThe conference was worried that the arguments between you both are affecting Adaeze's sleep.\n"
        #expect(try makeLinter().lint(toBoth).map(\.ruleID).contains("parental-conflict"))
        // A record of a letter sent opens with whom it went to.
        #expect(try ruleIDs(in: "Letter to Ms Hussain: we are worried that you continue to expose the children to domestic abuse by allowing Mr Rashid to visit.")
            .contains("exposed-children-to-abuse"))
        // A first name the note does not place: the letter says whom it is about.
        let toPriya = "Dear Priya,\n\nThis is because of Mr Dhillon's behaviour towards you. You told us that we had called it a volatile relationship, and that this made it sound as if you were both to blame.\n"
        #expect(try makeLinter().lint(toPriya).isEmpty)
        func role(ofLetter text: String) -> Role? {
            var copy = text
            return copy.withUTF8 { LetterAddressee.role(fromLetter: $0) }
        }
        #expect(role(ofLetter: toPriya) == .survivor)
        #expect(role(ofLetter: "Dear Kyle,\n\nYour behaviour towards Ms Dhillon frightens the children.\n") == .causer)
        #expect(role(ofLetter: "Dear Kyle,\n\nThank you for coming to the meeting.\n") == nil)
    }

    @Test func aHeadingNamesATopic() throws {
        for text in ["Disguised Compliance And Domestic Abuse\nWorkers met to discuss the review.\n",
                     "Parental conflict\n\nThe team offers support to separated parents.\n",
                     "## Domestic incidents\nThe team reviewed the data.\n",
                     // A report's section number is no part of its heading.
                     "4.3 Disguised Compliance And Domestic Abuse\nWorkers met to discuss the review.\n",
                     "Section 6: Parental conflict\n\nThe team offers support to separated parents.\n",
                     // A named section's title, whatever its case, even on its own.
                     "Section 3 – Domestic abuse history (see police disclosure below)\nPolice attended in May.\n",
                     "Section 3 – Domestic abuse history (see police disclosure below)"] {
            #expect(try !isFlagged(text), "\(text)")
        }
        // A dated entry, a sentence, and a phrase typed on its own are uses.
        for text in ["12/03 DV incident\nPolice attended.\n", "12.03.24 Domestic Incident\nPolice attended.\n", "Ms Hale has a volatile relationship with Mr Hale\n\nPlan\n",
                     "volatile relationship", "Section 3: Ms Hale remains in a volatile relationship with Mr Hale"] {
            #expect(try isFlagged(text), "\(text)")
        }
    }

    @Test func headingsAndListItemsAreNotSpeakerLines() throws {
        let analysis = "Ms Nowak has a volatile relationship with Mr Nowak.\n"
        // A heading followed by its text, a heading with a possessive, a plan's list item.
        for after in ["Child's voice\nOliwia said she hides upstairs.\n", "\nChild's voice\n\nOliwia said she hides.\n",
                      "- Mum to keep the children safe\n", "\n#### Family history\n\nNo concerns.\n"] {
            #expect(try makeLinter().lint(analysis + after).contains { $0.ruleID == "volatile-relationship" }, "\(after)")
        }
    }
}
