import Foundation

/// Deterministic benchmark text: realistic case-note paragraphs repeated in a seeded order
/// until the requested size is reached.
///
/// The paragraphs are a small built-in set of synthetic case notes (invented names; about a
/// third contain phrases the catalogue flags, the rest are clean) plus, when they are readable
/// at run time, the paragraphs of the seed reports in `shared/seeds/*.txt` (set
/// `NOTELINT_SEEDS=DIR` to point elsewhere, or `NOTELINT_SEEDS=none` to use the built-in
/// paragraphs only). The same size and seed always give the same text on the same inputs.
enum CorpusText {
    /// Synthetic case-note paragraphs. Every name is invented.
    static let builtIn: [String] = [
        "Home visit to Ms Farrow and the children, Poppy (6) and Reuben (3). Ms Farrow was calm and engaged well. The flat was warm and tidy, and the children were dressed appropriately for the weather. Poppy showed me her reading book and told me she likes her new teacher.",
        "Police attended a domestic incident at the family home on 12 March after a neighbour called 999. Mr Tallis had left before officers arrived. Ms Tallis had a swollen lip and said the children had been asleep upstairs.",
        "Strategy discussion held with police, health and school. Information shared: two call-outs to the address in the last six months, Reuben's attendance has dropped to 84%, and the health visitor has not been able to see the baby since January. Agreed that a section 47 enquiry will be completed by the end of the week.",
        "Mum and Dad have a volatile relationship and argue in front of the children. Ms Carrow says things get out of hand when Mr Carrow has been drinking.",
        "I spoke with Isla (9) alone in her bedroom. She said she feels safe at home most of the time and that she likes it when her nan picks her up from school. She drew a picture of her family and put the dog in the middle.",
        "Ms Dunmore failed to protect the children from witnessing domestic abuse, and she has allowed Mr Dunmore back into the home despite the safety plan.",
        "Mr Okonjo lost his temper during the contact session and shouted at the supervising worker. Contact was ended early and the children were returned to their foster carer, who reported that Tomas was unsettled at bedtime.",
        "The family support worker completed a budgeting session with Ms Penhale. She has registered with the food bank and applied for the household support fund. The next session is booked for Thursday at 10am at the family hub.",
        "School reports that Alfie (11) has been quiet and withdrawn this term. His class teacher has noticed that he is often hungry in the mornings. The designated safeguarding lead will meet Ms Ashdown on Monday to discuss a referral to the breakfast club.",
        "Ms Quarry has chosen to stay in the relationship and needs to prioritise the children. She minimised the incident and said it was just an argument that got out of hand.",
        "The IDVA has met Ms Brightwell twice and completed a DASH risk assessment with her, which scored 16. A MARAC referral has been made. Ms Brightwell has been given the number for the local refuge and a sanctuary scheme assessment has been requested.",
        "Mr Halloran has been verbally abusive to Ms Halloran in front of the children on several occasions. He controls the family's money and checks her phone every evening. Ms Halloran says she is frightened of what he will do if she leaves.",
        "Visit to the grandparents' address where Lottie (4) and Sam (2) are staying under a safety plan. Both children were observed playing happily in the garden. Grandmother confirmed that Mr Vance has not attended the property and that she will call the police if he does.",
        "There has been a long history of domestic violence in this family and both parents are known to services. The couple engaged in a mutual argument which escalated into a physical altercation.",
        "Child protection conference held today. The chair agreed that the children will be subject to child protection plans under the category of emotional harm. The core group will meet within ten working days. Ms Whitlock was supported by her advocate throughout.",
        "Ms Garvey is a vulnerable woman with poor mental health who keeps putting herself at risk by going back to him.",
        "Telephone call from the health visitor, who completed a new birth visit. Baby Iris is feeding well and gaining weight. Ms Okafor-Lane reported low mood and has been referred to the perinatal mental health team with her consent.",
        "The children were exposed to domestic violence and witnessed their father assault their mother in the kitchen. Mr Fenwick pushed Ms Fenwick against the fridge and took her phone so that she could not call for help.",
        "Case note: I explained the purpose of the assessment to Mr and Ms Pellow and gave them a copy of the leaflet. They both agreed to share information with the school and the GP. The next home visit is planned for 21 May at 4pm, after school.",
        "Dad is a good father when he is not drinking and the children love him. He has anger management issues and has agreed to go on a course.",
    ]

    /// Paragraphs of the seed reports, if a seed folder is readable.
    static func seedParagraphs() -> [String] {
        let environment = ProcessInfo.processInfo.environment["NOTELINT_SEEDS"]
        if environment == "none" { return [] }
        var candidates: [String] = []
        if let environment, !environment.isEmpty { candidates.append(environment) }
        // This file is Benchmarks/Benchmarks/NoteLint/CorpusText.swift; the seeds are beside the repository.
        let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(repository.deletingLastPathComponent().appendingPathComponent("shared/seeds").path)
        candidates.append("/work/shared/seeds")
        for directory in candidates {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            var paragraphs: [String] = []
            for name in names.sorted() where name.hasSuffix(".txt") {
                guard let data = FileManager.default.contents(atPath: directory + "/" + name),
                      let text = String(data: data, encoding: .utf8) else { continue }
                for block in text.components(separatedBy: "\n\n") {
                    let paragraph = block.trimmingCharacters(in: .whitespacesAndNewlines)
                    // Keep prose: long enough, and not a heading, table row or list of figures.
                    guard paragraph.utf8.count >= 200, !paragraph.hasPrefix("#"), !paragraph.hasPrefix("|") else { continue }
                    paragraphs.append(paragraph)
                }
            }
            if !paragraphs.isEmpty { return paragraphs }
        }
        return []
    }

    /// `byteCount` bytes (give or take one paragraph) of text, paragraphs separated by blank
    /// lines. About half the paragraphs come from the seeds when they are available.
    static func make(byteCount: Int, seed: UInt64 = 0x6e6f74656c696e74) -> String {
        let seeds = seedParagraphs()
        var random = SplitMix64(seed: seed)
        var text = ""
        text.reserveCapacity(byteCount + 4096)
        while text.utf8.count < byteCount {
            let useSeed = !seeds.isEmpty && random.next() % 2 == 0
            let paragraph = useSeed ? seeds[Int(random.next() % UInt64(seeds.count))]
                                    : builtIn[Int(random.next() % UInt64(builtIn.count))]
            text += paragraph
            text += "\n\n"
        }
        return text
    }

    /// `count` bytes as UTF-8, ready for the byte-level APIs.
    static func bytes(byteCount: Int, seed: UInt64 = 0x6e6f74656c696e74) -> [UInt8] {
        Array(make(byteCount: byteCount, seed: seed).utf8)
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
