import Testing
@testable import NoteLintKit

/// Suggestions use the names in the note (issue 4, point 7).
@Suite struct RoleFillingTests {
    /// The first suggestion of the first finding of `rule` in `note`.
    func suggestion(_ note: String, rule: String, options: LintOptions = LintOptions()) throws -> String {
        let finding = try #require(try makeLinter(options).lint(note).first { $0.ruleID == rule }, "\(rule) did not fire on: \(note)")
        return try #require(finding.suggestions.first)
    }

    @Test(arguments: [
        ("Mr Hale hit Ms Hale. Ms Hale failed to protect Amy (7).", ["Mr Hale", "Ms Hale", "Amy"]),
        ("Ms Nowak failed to protect the children from Mr Nowak.", ["Mr Nowak", "Ms Nowak"]),
        ("Mrs Begum failed to protect Yusuf (4); Mr Begum has been arrested.", ["Mr Begum", "Mrs Begum", "Yusuf"]),
        ("Miss Doyle failed to protect Ruby (6) and Sam (3) when Mr Ward came round.", ["Mr Ward", "Miss Doyle", "Ruby and Sam"]),
        ("Zoë (9), Leo (5) and Mia (2) live with Ms Price. Ms Price failed to protect them from Mr Price.", ["Zoë, Leo and Mia", "Ms Price", "Mr Price"]),
        ("Ms O’Brien failed to protect Cian (8). Mr O’Brien was arrested.", ["Mr O’Brien", "Ms O’Brien", "Cian"]),
        ("Ms Zielińska failed to protect Kacper (11) from Mr Zieliński.", ["Mr Zieliński", "Ms Zielińska", "Kacper"]),
        ("Mr Smith-Jones shouted at Ms Smith-Jones. Ms Smith-Jones failed to protect Ava (4).", ["Mr Smith-Jones", "Ms Smith-Jones", "Ava"]),
        ("Ms Hale failed to protect the children. Mr Hale and Mr Cole visited; Mr Hale stayed.", ["Mr Hale"]),
        ("Mum failed to protect the children.", ["[person causing harm]", "[survivor]", "[child]"]),
        ("Ms Hale failed to protect the children.", ["[person causing harm]", "Ms Hale", "[child]"]),
        ("Ms Hale failed to protect Amy (7).", ["[person causing harm]", "Ms Hale", "Amy"]),
        ("Mr Hale (34) pushed Ms Hale. Ms Hale failed to protect the children.", ["Mr Hale", "Ms Hale", "[child]"]),
        // A baby's age in weeks or months, and a child's in years.
        ("Ms Hale failed to protect Harper (7 weeks).", ["Ms Hale", "Harper"]),
        ("Ms Hale failed to protect Lily (18 months) and Jack (3 yrs).", ["Ms Hale", "Lily and Jack"]),
        ("Jo (24 years) visited. Ms Hale failed to protect the children.", ["Ms Hale", "[child]"]),
        // Bare names whose role the note's plainest statements show.
        ("Dean hit Sarah on Friday. Sarah failed to protect the children.", ["Dean", "Sarah"]),
        ("Sarah was strangled by Dean. Sarah failed to protect the children.", ["Dean", "Sarah"]),
        ("Dean's abuse of Sarah has gone on for years. Sarah failed to protect the children.", ["Dean", "Sarah"]),
        ("Dean hit Mia (3). Ms Hale failed to protect the children.", ["Dean", "Ms Hale", "Mia"]),
        ("Dean hit Sarah and Sarah hit Dean. Sarah failed to protect the children.", ["[person causing harm]", "[survivor]"]),
        ("Then Police arrested Dean. Sarah failed to protect the children.", ["[person causing harm]", "[survivor]"]),
        // Of names written equally often, the first written; the most often written among many.
        ("Mr Cole, Mr Hale and Mr Ward visited. Ms Hale failed to protect the children.", ["Mr Cole"]),
        ("Mr Ash, Mr Bell, Mr Cole, Mr Dunn, Mr Eve, Mr Finch, Mr Gale, Mr Hale, Mr Ince, Mr Judd, Mr Kerr and Mr Lamb came; "
            + "Mr Zeal stayed. Mr Zeal left. Ms Hale failed to protect the children.", ["Mr Zeal"]),
    ] as [(String, [String])])
    func fillsNamesFromTheNote(_ note: String, expected: [String]) throws {
        let text = try suggestion(note, rule: "failure-to-protect")
        for part in expected { #expect(text.contains(part), "\(part) missing from: \(text)") }
        #expect(text.contains("[behaviour]"), "facts must stay placeholders")
    }

    /// A parent introduced by a bare name takes the role the lexicon gives the parent word;
    /// someone else's parent, or a name in a list, takes none.
    @Test(arguments: [
        ("Present: Kerry (mother), Dean (father). Kerry failed to protect the children.", ["Dean", "Kerry"]),
        ("The children's father, Dean, hit the wall. Mum Kerry failed to protect the children.", ["Dean", "Kerry"]),
        ("Kerry, the children's mother, failed to protect Ayla (6). Dean is Ayla's father.", ["Dean", "Kerry", "Ayla"]),
        ("Kerry (mum) failed to protect the children; her partner Dean was arrested.", ["Dean", "Kerry"]),
        ("Dean (mum's partner) was arrested. Kerry failed to protect the children.", ["Dean", "[survivor]"]),
        ("Ayla (6) was seen. Ayla's mum, Kerry, failed to protect her.", ["[person causing harm]", "Kerry", "Ayla"]),
        ("Jean, Kerry's mother, visited. Kerry failed to protect the children.", ["[person causing harm]", "[survivor]"]),
        ("Jean is Kerry's mother. Jean failed to protect the children.", ["[person causing harm]", "[survivor]"]),
        ("Kerry failed to protect the children. His father Dean visits.", ["[person causing harm]", "[survivor]"]),
        ("Present: Jean, mum, Dean. Kerry failed to protect the children.", ["[person causing harm]", "[survivor]"]),
        ("Kerry (mother) failed to protect the children from Kerry (father).", ["[person causing harm]", "[survivor]"]),
        // With a surname the note calls the person by the given name.
        ("Present: Chelsea Dunn (mother), Ryan Akers (father). Chelsea failed to protect the children.", ["Ryan", "Chelsea"]),
        // A record's header line.
        ("Mother: Nicola Bennett\nFather: Jason Bennett\n\nNicola failed to protect the children.", ["Jason", "Nicola"]),
        // The act is the given name's, not the surname the family shares.
        ("Jason Doherty hit Karen Doherty on 7 August. Karen failed to protect the children.", ["Jason", "Karen"]),
        // What the note says someone did outweighs the parent word of an introduction; a capital
        // beyond ASCII opens a name in a statement too.
        ("Parents: Łukasz Nowak (father), Chantelle Rowe (mother)\n\nChantelle hit Łukasz with a mug. Łukasz failed to protect Lena (7).",
         ["Chantelle", "Łukasz", "Lena"]),
        // Where statements disagree, the introduction decides.
        ("Present: Kerry (mother), Dean (father). Dean hit Kerry. Kerry hit Dean back. Kerry failed to protect the children.", ["Dean", "Kerry"]),
    ] as [(String, [String])])
    func readsParentsIntroducedByName(_ note: String, expected: [String]) throws {
        let text = try suggestion(note, rule: "failure-to-protect")
        for part in expected { #expect(text.contains(part), "\(part) missing from: \(text)") }
    }

    /// What the law did about an act says whose act it was, over the parent words of a header
    /// or an introduction: the suggestion opens with the person causing harm.
    @Test(arguments: [
        ("Mother: Siân Pritchard\nFather: Gareth Lloyd\n\nSiân was arrested for assaulting Gareth on 01/02. Gareth failed to protect Osian (4).",
         "Siân", "towards Gareth"),
        ("Present: Kerry (mother), Dean (father). Kerry was charged with harassing Dean. Dean failed to protect the children.", "Kerry", "towards Dean"),
        ("Present: Kerry (mother), Dean (father). Dean was convicted of assaulting Kerry. Kerry failed to protect the children.", "Dean", "towards Kerry"),
    ] as [(String, String, String)])
    func readsWhoTheLawActedAgainst(_ note: String, causer: String, survivor: String) throws {
        let text = try suggestion(note, rule: "failure-to-protect")
        #expect(text.hasPrefix(causer), "\(text)")
        #expect(text.contains(survivor), "\(text)")
    }

    /// A bare name whose role the note shows is known to the context checks too: a rule about
    /// the survivor leaves the person causing harm alone.
    /// The cast passes over a capitalised word that cannot be a title on its length and first
    /// letter alone: every title must pass that test, and be found.
    @Test func everyTitleIsFound() {
        for (title, role) in NoteCast.titles {
            #expect(NoteCast.mayBeTitle(length: title.utf8.count, first: title.utf8.first!), "\(title)")
            var copy = title
            let found = copy.withUTF8 { NoteCast.title($0) }
            #expect(found?.0 == title && found?.1 == role, "\(title)")
        }
    }

    @Test func inferredRolesReachTheSubjectCheck() throws {
        let linter = try makeLinter()
        #expect(!linter.lint("Dean hit Sarah. Dean is not engaging with services.").contains { $0.ruleID == "not-engaging" })
        #expect(linter.lint("Dean hit Sarah. Sarah is not engaging with services.").contains { $0.ruleID == "not-engaging" })
    }

    /// A name introduced with a professional's role ("Kerry Blythe (SW)") speaks for an agency:
    /// what she explains is the record's framing, not a family member's account.
    @Test func professionalsIntroducedByNameAreNotFamily() throws {
        let linter = try makeLinter()
        let header = "Present: Chelsea Dunn (mother), Ryan Akers (father), Kerry Blythe (SW).\n\n"
        #expect(linter.lint(header + "Kerry explained that Ryan's violence is due to his alcohol use.").contains { $0.ruleID == "alcohol-as-cause" })
        #expect(!linter.lint(header + "Chelsea explained that Ryan's violence is due to his alcohol use.").contains { $0.ruleID == "alcohol-as-cause" })
        #expect(!linter.lint("Kerry explained that Ryan's violence is due to his alcohol use.").contains { $0.ruleID == "alcohol-as-cause" })
        // A meeting's attendance list: "Name – role".
        let attendance = "Attendance:\nChelsea Dunn – mother\nRyan Akers – father\nKerry Blythe – School Nurse\n\n"
        #expect(linter.lint(attendance + "Ms Blythe stated that Mr Akers's violence is due to his alcohol use.").contains { $0.ruleID == "alcohol-as-cause" })
        #expect(!linter.lint("Ms Blythe stated that Mr Akers's violence is due to his alcohol use.").contains { $0.ruleID == "alcohol-as-cause" })
    }

    /// A bare name known in a role is matched as that role by the patterns too.
    @Test func knownBareNamesAreMatchedAsTheirRole() throws {
        let linter = try makeLinter()
        #expect(linter.lint("Dean hit Sarah on Friday. Sarah keeps going back to Dean.").contains { $0.ruleID == "keeps-taking-him-back" })
        // Names that nothing in the note places and that do not say their sex ("Sam", "Alex").
        #expect(!linter.lint("Sam keeps going back to Alex.").contains { $0.ruleID == "keeps-taking-him-back" })
        #expect(linter.lint("Sarah (mum) keeps going back to Dean (dad).").contains { $0.ruleID == "keeps-taking-him-back" })
        let declared = try makeLinter(LintOptions(declaredPeople: ["Dean": .causer, "Sarah": .survivor]))
        #expect(declared.lint("Sarah has allowed Dean to have unsupervised contact with Mia.").contains { $0.ruleID == "let-him-have-contact" })
        #expect(!declared.lint("Sarah has allowed Deana to have unsupervised contact with Mia.").contains { $0.ruleID == "let-him-have-contact" })
        // A name that is also a word counts only with its capital.
        let hope = try makeLinter(LintOptions(declaredPeople: ["Hope": .survivor]))
        #expect(hope.lint("Hope failed to protect the children.").contains { $0.ruleID == "failure-to-protect" })
        #expect(!hope.lint("We hope is not a victim.").contains { $0.ruleID == "victim-label" })
        #expect(hope.lint("Hope is a victim.").contains { $0.ruleID == "victim-label" })
    }

    /// Bare given names that nothing in the note places take the role their sex suggests
    /// (``GivenNames``), for the patterns and the context checks but not for suggestions.
    @Test func bareGivenNamesTakeTheRoleTheirSexSuggests() throws {
        let linter = try makeLinter()
        func fires(_ rule: String, _ note: String) -> Bool { linter.lint(note).contains { $0.ruleID == rule } }
        #expect(fires("keeps-taking-him-back", "Sarah keeps going back to Dean."))
        #expect(fires("mother-to-keep-children-away", "Leanne must keep the children away from Dean."))
        #expect(fires("in-denial", "Leanne is in denial about the abuse."))
        #expect(!fires("in-denial", "Dean is in denial about the abuse."))
        #expect(!fires("not-engaging", "Dean is not engaging with services."))
        // What the note says of a name wins over its sex ("Sarah hit Tom").
        #expect(fires("not-engaging", "Sarah hit Tom on Friday. Tom is not engaging with services."))
        // A name's sex says nothing of whether it is a child's: a rule about children goes on.
        #expect(fires("child-heard-the-arguments", "Tom has been hearing his parents' physical fights from his bedroom."))
        // Suggestions name only people the note places.
        let finding = try #require(linter.lint("Leanne failed to protect the children from Dean.").first { $0.ruleID == "failure-to-protect" })
        #expect(finding.suggestions.first?.contains("[person causing harm]") == true)
    }

    /// A listed name is not guessed where its neighbours make it someone or something else.
    @Test func givenNamesOfOthersAreNotGuessed() throws {
        func guessed(_ note: String) -> [String: Role] {
            var copy = note
            return copy.withUTF8 { NoteCast(bytes: $0, declared: [:]).guessed }
        }
        #expect(guessed("Leanne rang. Dean was at work.") == ["Leanne": .survivor, "Dean": .causer])
        let others = """
            Uncle Kyle and Nanny Denise help. Amy (7) attends St Mary's on Victoria Road. DC Mark Ellison and \
            Lucy Farrow, Social Worker, visited. Ms Nadia Hussain and Mr Owen Reed. Kerry (mother) rang; \
            Jason hit Karen. Sam and Alex called. (Kelly, 1996; Kelly, L & Meysen, T; Stanley et al.)
            """
        #expect(guessed(others).isEmpty, "\(guessed(others))")
    }

    /// A titled full name ("Ms Jade Fletcher") is the titled surname in suggestions, and its
    /// given name written bare is the same person; a professional's given name is an agency's.
    @Test func aTitledFullNameIsItsSurname() throws {
        let note = "Seen: Ms Jade Fletcher (22) and her partner Mr Connor Slade (26). Jade has chosen to stay with Connor."
        let text = try suggestion(note, rule: "chose-to-stay")
        #expect(text.contains("Ms Fletcher") && text.contains("Mr Slade"), "\(text)")
        #expect(!text.contains("Ms Jade") && !text.contains("Mr Connor"), "\(text)")
        func cast(_ note: String) -> NoteCast {
            var copy = note
            return copy.withUTF8 { NoteCast(bytes: $0, declared: [:]) }
        }
        let bareNames = cast("Present: Mrs Denise Pearce (DSL) and Ms Jade Fletcher. Denise said Jade was upset.")
        #expect(bareNames.inferred["Denise"] == .agency && bareNames.inferred["Jade"] == .survivor, "\(bareNames.inferred)")
        #expect(bareNames.guessed.isEmpty, "\(bareNames.guessed)")
        // A name that is no listed given name keeps its title: "Mr Hale" of a title-case heading.
        #expect(cast("Visit With Mr Hale And Ms Dunn").survivor == "Ms Dunn")
        #expect(cast("Visit With Mr Hale And Ms Dunn").personCausingHarm == "Mr Hale")
        // An unlisted given name and a surname that end a sentence are a full name too.
        #expect(cast("We act for Ms Farah Iqbal. Our client disputes the letter.").survivor == "Ms Iqbal")
        #expect(cast("I visited Ms Hale Tuesday morning.").survivor == "Ms Hale")
    }

    /// A note that names no one with a capital is read for given names in lower case; words
    /// that are also names ("mark", "precious") are not read so, nor is a note with capitals.
    @Test func givenNamesTypedInLowerCase() {
        func cast(_ note: String) -> NoteCast {
            var copy = note
            return copy.withUTF8 { NoteCast(bytes: $0, declared: [:]) }
        }
        let typed = cast("kasia chose to stay w tomasz cos she loves him")
        #expect(typed.namesInLowerCase)
        #expect(typed.guessed == ["kasia": .survivor, "tomasz": .causer], "\(typed.guessed)")
        let words = cast("she has had a precious few weeks; mark the review date")
        #expect(!words.namesInLowerCase && words.guessed.isEmpty, "\(words.guessed)")
        // Each everyday word left out is a listed name (an unlisted one could never be read).
        for word in GivenNames.everydayWords {
            var copy = word
            #expect(copy.withUTF8 { GivenNames.shared.isListed($0) }, "\(word)")
        }
        let capitals = cast("Kasia said darren lost his temper.")
        #expect(!capitals.namesInLowerCase && capitals.guessed["darren"] == nil, "\(capitals.guessed)")
    }

    /// A statement in the perfect places people as one in the past does ("Ms Reid has
    /// repeatedly punched Mr Reid").
    @Test func theCastReadsThePerfect() {
        func cast(_ note: String) -> NoteCast {
            var copy = note
            return copy.withUTF8 { NoteCast(bytes: $0, declared: [:]) }
        }
        #expect(cast("Ms Reid has repeatedly punched Mr Reid since May.").pronounsSwapRoles)
        #expect(cast("Ms Petrova has thrown plates at Mr Petrov.").pronounsSwapRoles)
        #expect(!cast("Mr Reid has punched Ms Reid since May.").pronounsSwapRoles)
        #expect(!cast("Ms Reid has a new job and Mr Reid has moved out.").pronounsSwapRoles)
    }

    @Test func yearsAndAdultAgesInBracketsAreNotChildren() throws {
        let text = try suggestion("As Sutton (2019) found, Ms Hale failed to protect Kian (17); Jo (18) and Refuge (2020) helped.",
                                  rule: "failure-to-protect")
        #expect(text.contains("Kian"))
        for name in ["Sutton", "Jo", "Refuge"] { #expect(!text.contains(name), "\(name) is not a child: \(text)") }
    }

    @Test func aListOfCountsIsNotChildren() throws {
        let counts = "Referrals came from Lewisham (8 referrals), Camden (11), Sutton (4) and Waltham Forest (1). "
        let text = try suggestion(counts + "Ms Hale failed to protect Kian (7).", rule: "failure-to-protect")
        #expect(text.contains("Kian"))
        for name in ["Lewisham", "Camden", "Sutton", "Waltham"] { #expect(!text.contains(name), "\(name) is a count: \(text)") }
        // A list of children is still children: see fillsNamesFromTheNote ("Zoë (9), Leo (5) and Mia (2)").
    }

    /// A titled professional ("Mr Pell (DSL)") is not the person causing harm, however often the
    /// note names him, and what he reports is not a family member's account.
    @Test func aTitledProfessionalIsNotCast() throws {
        let note = """
            TAF: school DSL (Mr Pell), HV (Ms Oduya). Call from Mr Pell (DSL). Mr Pell and I agreed to share updates.
            Mr Rourke threw the remote at the TV. Mr Rourke keeps the bank card. Ms Oduya (HV) visited.
            Ms Brierley has a volatile relationship with Mr Rourke.
            """
        let text = try suggestion(note, rule: "volatile-relationship")
        #expect(text.contains("Mr Rourke"), "\(text)")
        #expect(text.contains("Ms Brierley"), "\(text)")
        #expect(!text.contains("Pell") && !text.contains("Oduya"), "\(text)")
        #expect(try !ruleIDs(in: "Present: Mr Pell (DSL), Ms Brierley (mother).\nMr Pell said the couple have a volatile relationship.").isEmpty)
        #expect(try ruleIDs(in: "Present: Mr Rourke (father), Ms Brierley (mother).\nMr Rourke said the couple have a volatile relationship.").isEmpty)
    }

    @Test(arguments: [
        (["Dai": Role.causer, "Siân": .survivor], "Siân failed to protect the children.", ["Dai", "Siân"]),
        (["Dai": .causer, "Siân": .survivor, "Cerys": .child], "Siân failed to protect Cerys.", ["Dai", "Siân", "Cerys"]),
        (["Mr Hale": .survivor, "Ms Hale": .causer], "Mr Hale failed to protect the children.", ["Ms Hale", "Mr Hale"]),
        (["Łukasz": .causer], "Zoë failed to protect the children.", ["Łukasz"]),
        (["Cerys": .child, "Owain": .child], "Siân failed to protect the children.", ["Cerys and Owain"]),
    ] as [([String: Role], String, [String])])
    func usesDeclaredRoles(_ people: [String: Role], note: String, expected: [String]) throws {
        let text = try suggestion(note, rule: "failure-to-protect", options: LintOptions(declaredPeople: people))
        for part in expected { #expect(text.contains(part), "\(part) missing from: \(text)") }
    }

    @Test(arguments: [
        "---\nperson-causing-harm: Dai\nsurvivor: Siân\n---\nSiân failed to protect the children.\n",
        "---\nperpetrator: Dai\nvictim: Siân\nchildren: Cerys, Owain\n---\nSiân failed to protect the children.\n",
    ])
    func usesFrontMatter(_ note: String) throws {
        let text = try suggestion(note, rule: "failure-to-protect")
        #expect(text.contains("Dai"))
        #expect(text.contains("Siân"))
    }
}
