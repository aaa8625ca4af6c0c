/// The words the context analysis looks for, in folded form.
enum CueWords {
    /// Words that negate what follows in their clause.
    static let negators: WordSet = ["not", "n't", "no", "never", "none", "nothing", "neither", "nor", "without", "cannot"]
    /// Negators whose scope ends at a verb or noun they deny, before a prepositional phrase
    /// (``placeAndTimePrepositions``) after it.
    static let scopeLimitingNegators: WordSet = ["not", "n't", "never", "cannot", "no"]
    /// Prepositions of place and time whose phrase a negation of the verb before them leaves
    /// standing ("did not speak to anyone during the domestic incident").
    static let placeAndTimePrepositions: WordSet = ["in", "into", "during", "following", "throughout", "within", "amid", "amidst"]
    /// Determiners that may open a noun phrase just before a match.
    static let phraseDeterminers: WordSet = ["a", "an", "the", "this", "that", "their", "her", "his", "its", "another"]
    /// Adverbs that may stand between a negator and what it negates without changing its
    /// scope ("has not ever been", "is not currently").
    static let negationAdverbs: WordSet = ["ever", "currently", "previously", "still", "yet", "always", "really", "actually"]
    /// Negators that do not negate when followed by one of these ("not only", "no longer").
    static let nonNegatingFollowers: [String: WordSet] = [
        "not": ["only", "just", "merely", "simply", "least"],
        "n't": ["only", "just"],
        "no": ["longer", "doubt", "one", "matter"],
        "never": ["before"],
        // "nothing but hot air", "nothing more than a push", "nothing short of an assault": a
        // measure of what follows, not a denial of it.
        "nothing": ["but", "more", "less", "short"],
    ]
    /// Words that end a clause for negation and subject scope.
    static let clauseBreaks: WordSet = [
        ",", ";", ":", "(", ")", "-", "and", "but", "because", "although", "though", "while", "whilst", "whereas",
        "so", "when", "whenever", "after", "before", "since", "as", "which", "who", "if", "unless", "until",
        "then", "however", "yet", "where",
    ]
    /// Verbs of rejecting a claim, which deny the that-clause they govern ("I reject the
    /// submission that…", "the court dismissed the suggestion that…").
    static let rejectingVerbs: WordSet = [
        "reject", "rejects", "rejected", "rejecting", "dismiss", "dismisses", "dismissed", "dismissing", "refute",
        "refutes", "refuted", "disagree", "disagrees", "disagreed",
    ]
    /// Verbs of concluding that a judgement of error rejects ("wrong to conclude that…").
    static let concludingVerbs: WordSet = [
        "conclude", "say", "assume", "suggest", "think", "infer", "believe", "record", "find", "state", "argue", "presume",
    ]
    /// What a writer, negated, declines to find after a claim ("I do not accept that", "I am
    /// not satisfied", "I cannot find").
    static let rejectedFindings: WordSet = ["accept", "agree", "find", "satisfied", "make", "share", "consider", "adopt"]
    /// Words that end the reach of a negated claim or a negative adverbial.
    static let claimScopeBreaks: WordSet = [";", ":", "but", "and", "because", "although", "though", "whereas"]
    /// "at no point", "in no way", "under no circumstances", "on no occasion".
    static let negativeAdverbialOpeners: WordSet = ["at", "in", "under", "on"]
    static let negativeAdverbialNouns: WordSet = ["point", "time", "stage", "way", "circumstances", "occasion"]
    /// "X involves…", "X is when…": a definition of the phrase that opens the sentence.
    static let definingVerbs: WordSet = [
        "involves", "involve", "describes", "means", "occurs", "happens", "refers", "encompasses", "comprises",
    ]
    static let definingComplements: WordSet = ["when", "where", "defined", "used", "characterised", "characterized"]
    /// Research participants, whose reported words are a study's data ("a practitioner
    /// interviewee noted that…").
    static let researchSpeakers: WordSet = [
        "interviewee", "interviewees", "participant", "participants", "respondent", "respondents",
    ]
    /// Words of claiming or judging whose negation denies the clause they govern ("no
    /// suggestion that…", "do not agree that…", "not the case that…").
    static let claimWords: WordSet = [
        "suggestion", "suggest", "suggests", "suggesting", "suggested", "evidence", "indication", "sign", "signs",
        "basis", "case", "true", "accept", "accepted", "agree", "agreed", "view", "believe", "think", "mean", "means",
        "claim", "consider", "considered", "concern", "concerns", "information", "finding", "found", "indicate",
        "indicates", "show", "shows", "showed", "support", "supports",
    ]
    /// Verbs that attribute what follows to a speaker.
    static let attributionVerbs: WordSet = [
        "said", "says", "say", "saying", "told", "tells", "telling", "stated", "states", "stating",
        "explained", "explains", "explaining", "described", "describes", "describing", "claimed", "claims",
        "claiming", "insisted", "insists", "maintained", "maintains", "admitted", "admits", "denied", "denies",
        "recalled", "recalls", "commented", "remarked", "asserted", "asserts",
    ]
    /// Verbs that attribute only when a complement follows ("reported that", "disclosed:",
    /// "blamed her", "wrote that"); without one they are acts ("shared revenge porn").
    static let complementAttributionVerbs: WordSet = [
        "reported", "reports", "reporting", "disclosed", "discloses", "disclosing", "alleged", "alleges",
        "alleging", "feels", "felt", "feel", "thinks", "thought", "think", "believes", "believed", "believe",
        "suggested", "suggests", "indicated", "indicates", "called", "calls", "referred", "refers", "considers",
        "considered", "views", "viewed", "sees", "saw", "shared", "recounted", "replied", "responded", "answered",
        "noted", "notes", "observed", "observes", "reflected", "reflects", "mentioned", "mentions", "highlighted",
        "confirmed", "acknowledged", "added", "wrote", "writes", "texted", "messaged", "shouted", "screamed",
        "yelled", "accused", "accuses", "blamed", "blames",
    ]
    /// Verbs that attribute a request or a question only when "that", "whether" or "if" follows
    /// ("asked that school does not contact him", "asked whether…"); "asked him about money"
    /// is an act.
    static let requestVerbs: WordSet = ["asked", "asks", "requested", "requests"]
    /// Conjunctions that open a clause with a subject of its own.
    static let clauseOpeners: WordSet = ["because", "as", "since", "although", "though", "while", "whilst", "when", "if", "unless", "and", "but"]
    /// Verbs by which a court, panel or reviewer states a finding ("I find that…", "we are
    /// satisfied that…"): the finding's own subject, not the finder, is the clause's.
    static let findingVerbs: WordSet = [
        "find", "finds", "found", "accept", "accepts", "accepted", "satisfied", "conclude", "concludes", "concluded",
        "determine", "determines", "determined", "consider", "considers", "considered",
    ]
    /// Verbs that make a following "not to" a duty ("agrees not to", "was told not to").
    static let dutyVerbs: WordSet = [
        "agree", "agrees", "agreed", "told", "asked", "advised", "reminded", "warned", "expected", "required", "instructed",
        "promised", "promises", "undertakes", "undertook", "undertaken", "encouraged", "needs", "need",
    ]
    /// Verbs of habit whose "not to" says what someone keeps doing ("continues not to engage");
    /// not verbs of choice, whose "not to" records a decision ("chose not to apply for an order").
    static let habitVerbs: WordSet = ["continue", "continues", "continued", "continuing", "tend", "tends", "tended"]
    /// Verbs of saying or thinking that take a clause but no person as object: a name right
    /// after one is the subject of the clause ("The school says Kacper has…"), not its object.
    static let clauseVerbs: WordSet = [
        "said", "says", "say", "stated", "states", "explained", "explains", "claimed", "claims", "insisted",
        "insists", "maintained", "maintains", "admitted", "admits", "reported", "reports", "feels", "felt", "feel",
        "thinks", "thought", "think", "believes", "believed", "believe", "suggested", "suggests", "indicated",
        "indicates", "considers", "considered", "confirmed", "acknowledged", "added", "wrote", "writes", "fears",
        "feared", "worries", "hopes", "hoped", "knows", "knew", "noted", "notes", "observed", "observes",
        "updated", "updates", "shared", "shares", "highlighted", "highlights", "clarified", "commented",
        "mentioned", "mentions", "recorded", "records", "emphasised", "emphasized", "agreed", "agrees", "queried",
        "summarised", "summarized", "concluded", "concludes", "assessed", "judged", "know", "understand", "understands",
        "understood", "accept", "accepts", "accepted", "recognise", "recognises", "recognised", "recognize", "recognizes",
        "recognized", "realise", "realises", "realised", "worry", "hope", "fear",
    ]
    /// Nouns that attribute a "that" clause to whoever's they are ("Mr N's view that…", "his
    /// claim that…").
    static let attributionNouns: WordSet = [
        "view", "views", "claim", "claims", "belief", "beliefs", "account", "assertion", "allegation", "opinion",
        "perception", "narrative", "version", "insistence", "position", "complaint",
    ]
    /// Possessive pronouns before an attribution noun: in a case note, a family member's ("his
    /// view that…").
    static let possessivePronouns: WordSet = ["his", "her", "their"]
    /// Words of fearing or worrying that report a person's own view when a complement follows
    /// ("Ms N is worried that he will…", "she fears he…"); adjectives, so "is" before them is
    /// no passive.
    static let feelingWords: WordSet = [
        "worried", "worries", "afraid", "scared", "frightened", "terrified", "fears", "feared", "fearful", "anxious",
    ]
    /// Words that show a note speaks of domestic abuse (for `needs-abuse-context`). Only those
    /// the prefilter scans for count (most are among its anchors).
    static let abuseWords: WordSet = [
        "abuse", "abused", "abuser", "abusive", "violence", "violent", "assault", "assaulted", "assaulting", "assaults",
        "domestic", "dv", "da", "dva", "ipv", "coercive", "controlling", "strangled", "strangling", "strangulation",
        "punched", "kicked", "slapped", "pushed", "hit", "hitting", "threatened", "threatening", "marac", "idva", "dash",
        "perpetrator", "injunction", "molestation", "refuge", "beat", "beaten", "battered", "raped", "rape",
    ]
    /// Words that open a clause setting what was done against what it overlooked ("…,
    /// despite her disclosure", "although the referral recorded…"); with ``contrastPhrases``.
    static let contrastWords: WordSet = ["despite", "although", "notwithstanding", "whereas"]
    /// The contrasts of two or three words ("rather than", "even though", "in spite of").
    static let contrastPhrases: WordPhrases = [
        ["rather", "than"], ["instead", "of"], ["even", "though"], ["even", "after"], ["even", "when"], ["in", "spite", "of"],
    ]
    /// Words that make a contrast a critique of practice: abuse itself (``abuseWords``), or what
    /// the practice should have weighed (her disclosure, his breach, a conviction, a programme).
    static let critiqueEvidence = WordSet(abuseWords.map { $0 } + [
        "disclosed", "disclosure", "disclosures", "disclosing", "breach", "breached", "breaches", "breaching",
        "conviction", "convictions", "convicted", "bail", "programme", "programmes", "program", "strangle", "choked",
        "harassment", "stalking", "stalked",
    ])
    /// Words of parity that a practice denied the person causing harm ("…; no equivalent
    /// message was given to him").
    static let parityWords: WordSet = ["equivalent", "corresponding", "comparable", "parallel"]
    /// Words that judge a practice wanting ("an expectation that was unrealistic"); with
    /// ``critiquePhrases``.
    static let critiqueWords: WordSet = [
        "unrealistic", "inappropriate", "inappropriately", "unsafe", "contrary", "misguided", "flawed", "unfair", "unfairly", "unjust",
        "punitive", "oppressive",
    ]
    /// Phrases that judge a practice wanting ("placing responsibility for his behaviour on her",
    /// "an intervention that does not address his beliefs").
    static let critiquePhrases: WordPhrases = [
        ["placing", "responsibility"], ["placed", "responsibility"], ["putting", "responsibility"], ["put", "responsibility"],
        ["shifting", "responsibility"], ["shifted", "responsibility"], ["not", "address"], ["n't", "address"],
        ["failed", "to", "address"], ["fails", "to", "address"],
    ]
    /// Writers of reviews, audits and research whose finding tells of practice ("the review
    /// found that the social worker asked her to sign…"), before ``reviewFindingVerbs``.
    static let reviewWriters: WordSet = [
        "review", "reviews", "reviewers", "audit", "audits", "auditors", "inspection", "inspectors", "panel", "evaluation",
        "evaluators", "study", "research", "researchers", "analysis",
    ]
    /// Verbs of a review's findings.
    static let reviewFindingVerbs: WordSet = [
        "found", "finds", "identified", "identifies", "noted", "notes", "highlighted", "highlights", "showed", "shows",
        "revealed", "reveals", "concluded", "criticised", "criticized", "observed",
    ]
    /// A review's verbs of judging, in a sentence of their own after the practice ("The panel
    /// considers this placed…").
    static let reviewViewVerbs: WordSet = ["considers", "considered", "judged", "judges", "concluded", "concludes", "found", "finds", "noted", "notes"]
    /// What a practice lacked for him or left undone, said in the sentence after it ("It gave Mr
    /// T no actions", "no one checked whether he stayed away"), or where it put the duty.
    static let lackPhrases: WordPhrases = [
        ["no", "actions"], ["no", "action"], ["no", "one", "checked"], ["nobody", "checked"], ["duty", "on", "her"],
        ["responsibility", "on", "her"], ["onus", "on", "her"], ["on", "her", "rather", "than"],
    ]
    /// The words that open every cue of a critique (``PracticeCritique/isCritiqued(_:_:)``):
    /// a sentence with none of them criticises nothing, and most are passed with one look-up a token.
    static let critiqueCues = WordSet(
        ["no"] + critiqueWords.map { $0 } + critiquePhrases.firstWords.map { $0 } + reviewWriters.map { $0 } + contrastWords.map { $0 }
            + contrastPhrases.firstWords.map { $0 })
    /// The words that open the cues of a past practice other than an actor's past verb
    /// (``PracticeCritique/tellsPastPractice(_:_:)``): a review's writer, the writer's own plan,
    /// a past auxiliary.
    static let pastPracticeCues = WordSet(reviewWriters.map { $0 } + ownPlanWords.map { $0 } + pastAuxiliaries.map { $0 })
    /// Words of the writer's own plan or advice ("I recommend mediation, despite…", "they
    /// should attend…, although…"): a contrast there concedes the abuse and goes on regardless.
    static let ownPlanWords: WordSet = [
        "recommend", "recommends", "recommended", "recommending", "recommendation", "recommendations", "propose", "proposes",
        "proposed", "proposal", "suggest", "suggests", "should", "will", "'ll", "must", "can", "shall", "i", "we", "my", "our", "us",
    ]
    /// The nouns of a stated judgement after "my" or "our" ("in my judgement", "in our view"),
    /// which weighs a practice rather than proposes one; with ``stanceOwners``.
    static let stanceNouns: WordSet = ["judgement", "judgment", "view", "opinion"]
    static let stanceOwners: WordSet = ["my", "our"]
    /// Auxiliaries of the past ("was offered", "had been told").
    static let pastAuxiliaries: WordSet = ["was", "were", "had"]
    /// The agencies, workers and papers whose past acts a review tells of ("workers offered",
    /// "the plan referred him", "the letter suggested").
    static let practiceActors = WordSet(professionalGroups.map { $0 } + [
        "worker", "practitioner", "officer", "team", "teams", "authority", "agency", "school", "court", "plan", "plans",
        "letter", "letters", "referral", "assessment", "assessments", "record", "records", "report", "reports", "file", "files",
    ])
    /// Verbs of suggesting or judging that take a clause ("no one is suggesting that…").
    static let opinionVerbs: WordSet = [
        "suggesting", "suggest", "implying", "implies", "implied", "imply", "arguing", "argues", "argued", "argue",
        "blaming", "blame", "accusing", "accuse", "saying", "thinking", "believing", "doubts", "doubted", "questioning",
    ]
    /// Tokens that complete a complement attribution ("reported that", "called it").
    static let complementMarkers: WordSet = ["that", ":", "\"", "'", "it", "this", "him", "her", "as", "to", "he", "she", "they", "mr", "ms", "mrs", "miss"]
    /// Nouns that make a following phrase a mention ("the term …", "phrases such as …").
    static let mentionNouns: WordSet = [
        "term", "terms", "phrase", "phrases", "phrasing", "word", "words", "wording", "language", "label", "labels",
        "labelling", "labeling", "expression", "expressions", "jargon", "terminology", "vocabulary", "euphemism",
        "euphemisms", "descriptor", "descriptors", "concept", "notion", "glossary", "assumption", "assumptions",
        "presumption", "myth", "myths", "stereotype", "stereotypes",
    ]
    /// Nouns of someone's naming of a thing that make a phrase after "as" a mention ("rejects
    /// the description of this as an isolated incident"; not "his description of the hitting
    /// sounds rehearsed").
    static let namingNouns: WordSet = [
        "description", "descriptions", "characterisation", "characterisations", "characterization", "portrayal", "framing",
    ]
    /// Verbs that make an immediately following phrase a mention ("avoid …", "instead of …").
    static let mentionVerbs: WordSet = [
        "avoid", "avoids", "avoided", "avoiding", "replace", "replaces", "replaced", "replacing", "instead",
        "write", "writes", "wrote", "writing", "written", "titled", "entitled", "headed",
    ]
    /// Verbs of saying or writing that take a "that" clause; avoided or negated ("avoid
    /// writing that …") they make the clause a mention.
    static let sayingVerbs: WordSet = [
        "write", "writing", "say", "saying", "record", "recording", "state", "stating", "suggest", "suggesting",
        "conclude", "concluding", "imply", "implying", "assume", "assuming",
    ]
    /// Verbs that name or describe something "as" a phrase; negated or avoided ("do not describe
    /// it as …", "avoid labelling this as …") they make the phrase a mention.
    static let namingVerbs: WordSet = [
        "describe", "describes", "described", "describing", "call", "calls", "called", "calling", "label", "labels",
        "labelled", "labelling", "labeled", "labeling", "refer", "refers", "referred", "referring", "characterise",
        "characterised", "characterising", "characterize", "characterized", "characterizing", "frame", "framed",
        "framing", "record", "recorded", "recording", "term", "termed", "terming", "see", "seen", "view", "viewed",
        "viewing", "treat", "treated", "treating", "present", "presented", "presenting", "understood", "understand",
        "regarded", "regard", "read", "categorised", "categorized", "classed", "classified",
    ]
    /// Prepositions whose object is not a clause subject.
    static let prepositions: WordSet = [
        "to", "with", "by", "from", "towards", "toward", "against", "at", "on", "in", "for", "about",
        "into", "onto", "around", "near", "between", "than", "like", "upon", "over", "under", "behind", "including",
    ]
    /// Words of a service's name or kind before the word for it ("the IDVA service", "local
    /// housing services"): the object of a preposition before them is the service.
    static let serviceModifiers: WordSet = [
        "idva", "isva", "marac", "mash", "camhs", "dv", "da", "dva", "domestic", "abuse", "violence", "specialist", "local",
        "outreach", "support", "housing", "health", "mental", "refuge", "advocacy", "community", "early", "help", "family",
        "families", "youth", "substance", "drug", "drugs", "alcohol", "recovery", "probation", "victim", "victims",
        "survivor", "survivors", "perpetrator", "counselling", "parenting", "safeguarding", "statutory", "universal",
    ]
    /// Articles, which may stand between a preposition and its object ("with the children").
    static let articles: WordSet = ["a", "an", "the"]
    /// Case-note shorthand for professionals ("SW feels…", "sw advised…", "HV notes…").
    static let professionalAbbreviations: WordSet = [
        "sw", "ssw", "csw", "asw", "nqsw", "iro", "hv", "dsl", "ddsl", "idva", "isva", "pc", "dc", "ds", "tm", "gp", "fsw", "fca",
        "senco", "ewo", "yot", "camhs",
    ]
    /// Bodies of professionals who may say or think something ("staff believe", "police think",
    /// "the conference felt").
    static let professionalGroups: WordSet = [
        "staff", "police", "officers", "teachers", "professionals", "agencies", "workers", "colleagues", "practitioners",
        "clinicians", "doctors", "nurses", "carers", "services", "conference", "panel", "network", "meeting", "hearing",
    ]
    /// The two adults of a family taken together, who may speak together ("both parents told me").
    static let familyGroups: WordSet = ["parents", "couple", "adults"]
    /// Words after "about" that open what was said ("told me about how he…").
    static let contentOpeners: WordSet = ["how", "what", "why", "when", "where", "whether", "who"]
    /// Words that open a new clause as its subject ("…reports this appears…").
    static let clauseSubjects: WordSet = ["this", "it", "he", "she", "they", "there", "we", "i"]
    /// Prepositions that open a phrase of manner or reason with a gerund ("by not accepting").
    static let gerundPrepositions: WordSet = ["by", "for", "through"]
    /// Person references that are objects or possessives, never subjects.
    static let nonSubjectPronouns: WordSet = ["her", "him", "them", "his", "their", "its", "me", "us", "hers"]
    /// Words that open a subordinate clause before the main one ("Although Ms G reports…, …",
    /// "When Mum told me…, …"); not "as" ("As Mr K says, she is…" gives his view).
    static let subordinateOpeners: WordSet = [
        "although", "though", "while", "whilst", "despite", "when", "whenever", "after", "once", "because", "since", "if", "before",
    ]
    /// Words that end the scope of a mention cue.
    static let mentionScopeBreaks: WordSet = [
        ";", ".", "and", "but", "because", "although", "though", "while", "whilst", "whereas", "so", "when",
        "after", "before", "since", "which", "who", "if", "then",
    ]
    /// Capitalised words that are not a person's name when they speak ("Grandmother feels…",
    /// "The Referral states…").
    static let nonNameSpeakers: WordSet = [
        "the", "a", "an", "this", "it", "there", "grandmother", "grandfather", "nan", "nanna", "grandma", "grandad",
        "aunt", "auntie", "uncle", "neighbour", "neighbours", "worker", "referral", "report", "letter", "log", "gp",
        "school", "teacher", "police", "officer", "nurse", "doctor", "manager", "assessment", "record", "records",
        "paternal", "maternal", "family", "friend", "friends", "staff", "professionals", "agency", "agencies",
        "health", "housing", "social", "sw", "idva", "hv", "cafcass", "court", "judge", "probation", "nursery",
        "college", "hospital", "midwife", "camhs", "marac", "mash", "yot", "refuge", "magistrates", "dsl", "iro",
        "council", "ambulance", "paramedics", "solicitor", "guardian", "panel", "conference", "chair", "review",
        "caseworker", "practitioner", "investigator", "sergeant", "detective", "pc", "dc", "psychologist", "therapist",
        "ds", "di", "dci", "sgt", "inspector", "constable", "dr", "cllr", "hhj", "professor", "garda", "gardai", "gardaí",
        // Documents with capitalised titles ("The Care and Support Plan notes that…").
        "plan", "plans", "minutes", "summary", "chronology", "statement", "order", "policy", "guidance", "protocol",
        "framework", "form", "file", "system", "checklist", "document", "evaluation", "inspection", "audit",
        "analysis", "bundle", "application", "study", "toolkit",
    ]
    /// Auxiliary verbs that may stand between a passive subject and its participle.
    static let auxiliaries: WordSet = [
        "have", "has", "had", "been", "was", "were", "is", "are", "being", "be", "will", "would", "may", "might",
        "could", "can", "should", "must", "'s", "'ve", "'re", "get", "got", "gets", "getting",
    ]
    /// Forms of "be" and "get" that make a passive.
    static let beForms: WordSet = ["been", "was", "were", "is", "are", "being", "be", "'re", "get", "got", "gets", "getting"]
    /// Past participles that do not end in -ed, -en or -wn.
    static let irregularParticiples: WordSet = [
        "put", "hit", "hurt", "cut", "set", "let", "shut", "caught", "taught", "kept", "left", "held", "told", "made",
        "struck", "shot", "stuck", "got", "brought", "bought", "fought", "sought", "thought", "sent", "spent", "felt",
        "led", "fed", "bled", "slapped", "burnt", "dealt", "meant", "heard", "said", "paid", "laid", "found", "hung",
    ]
    /// Words for a parent, which after "his" or "her" name a relative ("his mother").
    static let parentWords: WordSet = ["mother", "mum", "mummy", "mom", "father", "dad", "daddy"]
    /// Determiners that make a parent word a relative of the adult named before.
    static let relativeDeterminers: WordSet = ["his", "her", "my", "your"]
    /// Pronouns that are a clause's subject ("she said", "…upstairs he pushed her").
    static let subjectPronouns: WordSet = ["she", "he", "they", "i", "we"]
    /// Relatives and others a possessive makes someone else ("Amina's uncle", "Leo's teacher").
    static let relatives: WordSet = [
        "mother", "mum", "mummy", "mom", "father", "dad", "daddy", "uncle", "aunt", "auntie", "aunty", "brother", "sister",
        "cousin", "grandmother", "grandfather", "grandma", "grandad", "granddad", "nan", "nana", "nanny", "gran", "son",
        "daughter", "stepfather", "stepdad", "stepmother", "stepmum", "friend", "friends", "family", "teacher", "neighbour",
    ]
    /// Titles before a name.
    static let titles: WordSet = ["mr", "ms", "mrs", "miss", "mx", "dr"]
    /// Those who speak for a party in proceedings ("Frank's solicitor says…").
    static let representatives: WordSet = ["solicitor", "solicitors", "barrister", "counsel", "lawyer", "lawyers", "representative"]
    /// Verbs that negate the infinitive after them ("refused to let him in").
    static let negatingVerbs: WordSet = ["refused", "refuses", "refusing", "declined", "declines", "declining"]
    /// Modals and auxiliaries that open a finite verb phrase: a negating verb's infinitive ends
    /// before one ("refusing to see him may indicate…").
    static let finiteAuxiliaries: WordSet = ["may", "might", "will", "would", "can", "could", "should", "must", "is", "are", "was", "were"]
    /// Finite verbs that open a clause after its subject: ``finiteAuxiliaries`` and the other
    /// finite forms of "have" and "do", with a few linking verbs ("We remain worried M needs…",
    /// "I advised M she must apply…").
    static let clauseOpeningVerbs = WordSet(Array(finiteAuxiliaries) + ["has", "had", "have", "does", "did", "needs", "remains", "seems", "appears"])
    /// Modals that make "not have" a reproach rather than a negation ("should not have let him back").
    static let reproachModals: WordSet = ["should", "could", "would", "must", "ought"]
    /// Words that open a clause of purpose, whose "not" states an aim rather than a denial ("so
    /// that she does not go back", "to ensure she will not let him in", "make sure mum doesn't…").
    static let purposeOpeners: WordSet = ["so", "ensure", "ensuring", "ensures", "sure"]
    /// The auxiliaries that carry the "not" of a clause of purpose.
    static let purposeAuxiliaries: WordSet = ["does", "do", "did", "will", "would", "can", "could", "is", "are"]
}
