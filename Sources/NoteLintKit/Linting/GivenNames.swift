/// Common given names of the adults in British case notes, by the sex they usually name: the
/// last word on a bare name's role (``NoteCast/guessed``), when nothing in the note places it.
///
/// Many notes and drafts call the parents by their first names only ("Leanne must ensure Dean
/// has no contact"). The lists hold names of the parents' generations across the communities
/// social care serves, and leave out names that are mostly children's today ("Leo", "Mia"),
/// names given to either sex ("Sam", "Jamie", "Ali"), and names that are also common words or
/// places ("May", "Will", "Chelsea"), so that a guess is seldom wrong.
struct GivenNames: Sendable {
    /// Women's names (read as the survivor's).
    static let female: [String] = [
        "abbie", "abena", "abigail", "adaeze", "adele", "adwoa", "agata", "agnieszka", "ailsa", "aimee", "aisha",
        "aisling", "akosua", "aleksandra", "alicia", "alina", "alison", "alketa", "allison", "amanda", "amina", "amira",
        "amy", "andrea", "andreea", "angela", "angharad", "anita", "anjali", "ann", "anna", "anne", "anya", "aoife",
        "arta", "ashleigh", "asma", "ayesha", "ayse", "ayşe", "beata", "beatriz", "becky", "bernadette", "besa", "beth",
        "bethany", "bev", "beverley", "beverly", "bianca", "bisi", "blerta", "blessing", "brenda", "bronwen", "bronwyn",
        "bukola", "bushra", "carla", "carly", "carmen", "carole", "caroline", "carys", "catherine", "catrin",
        "catriona", "cerys", "chantelle", "charlotte", "cheryl", "chiamaka", "chioma", "chloe", "christine", "ciara",
        "claire", "clare", "courtney", "danielle", "debbie", "deborah", "deepa", "demi", "denise", "diane", "dianne",
        "dina", "divya", "donna", "doreen", "dorota", "efua", "eileen", "eilidh", "eleanor", "elena", "eleri", "elif",
        "elira", "elizabeth", "ellen", "elzbieta", "emine", "emma", "ermira", "esra", "esther", "ewa", "fadumo",
        "fatima", "fatma", "fay", "faye", "felicity", "ffion", "fiona", "folake", "fozia", "francesca", "funmi",
        "funmilayo", "gabrielle", "gail", "geeta", "gemma", "georgia", "gillian", "gina", "gosia", "grace", "grainne",
        "gwen", "hafsa", "halima", "hanan", "hannah", "harriet", "hatice", "hayley", "hazel", "helen", "hema", "hibo",
        "hina", "hodan", "hollie", "huda", "humaira", "ifrah", "imogen", "ines", "inês", "ioana", "iqra", "irina",
        "iwona", "izabela", "jacinta", "jackie", "jacqueline", "jacqui", "jade", "jane", "janelle", "janet", "janice",
        "janine", "jasmin", "jasmine", "jean", "jemma", "jenna", "jennifer", "jenny", "jess", "jessica", "jill", "joan",
        "joanna", "joanne", "jodie", "jolene", "josephine", "joyce", "judith", "julia", "julie", "justyna", "kacey",
        "karen", "karla", "karolina", "kasia", "katarzyna", "kate", "katherine", "kathleen", "kathryn", "katie",
        "katrina", "kayla", "kayleigh", "kayley", "keeley", "keisha", "kelly", "kerri", "kerrie", "kerry", "khadija",
        "kimberley", "kinga", "kirsteen", "kirsten", "kirstie", "kirsty", "kristina", "kylie", "lakshmi", "latoya",
        "laura", "lauren", "leah", "leanne", "leila", "lena", "leona", "leonie", "lesley-ann", "linda", "lindita",
        "lindsay", "lindsey", "lisa", "lorna", "lorraine", "louise", "lowri", "lucia", "lucy", "lydia", "lynn", "lynne",
        "lynsey", "magda", "magdalena", "maggie", "mairead", "mairi", "malgorzata", "mandy", "marcia", "mared",
        "margaret", "maria", "mariam", "marie", "marion", "marta", "martina", "mary", "maryam", "maureen", "maxine",
        "meena", "megan", "melanie", "mercy", "merve", "mhairi", "michelle", "mihaela", "mona", "monika", "morag",
        "nadia", "nadine", "naila", "naomi", "nasima", "nasreen", "natalia", "natalie", "natasha", "nazia", "neha",
        "ngozi", "nia", "niamh", "nicola", "nicole", "nimo", "nina", "nisha", "nneka", "noreen", "oksana", "olena",
        "olga", "oliwia", "orla", "paige", "pam", "pamela", "parveen", "patricia", "paula", "paulina", "pauline",
        "pooja", "precious", "priti", "priya", "priyanka", "rabia", "rachael", "rachel", "raluca", "rani", "rania",
        "rasha", "rebecca", "reem", "reena", "rehana", "rekha", "renata", "rhian", "rhiannon", "rizwana", "roisin",
        "rosa", "rosemary", "rosie", "roxanne", "rubina", "rukhsana", "ruksana", "ruth", "róisín", "sabrina", "sadia",
        "sadie", "safiya", "sahra", "saima", "saira", "salma", "samantha", "samina", "samira", "sana", "sandra",
        "sangeeta", "sara", "sarah", "seema", "selina", "serena", "shabana", "shahida", "shahnaz", "shamima", "shanice",
        "shannon", "shantelle", "sharon", "shauna", "shazia", "sheila", "shelley", "shilpa", "shirley", "shona",
        "shreya", "sian", "simone", "simran", "sinead", "sinéad", "siobhan", "siobhán", "sioned", "siân", "sobia",
        "sonia", "sonya", "stacey", "stacy", "stephanie", "sumaya", "sumayya", "sunita", "susan", "suzanne", "svetlana",
        "sylvia", "sylwia", "tahira", "tamara", "tammy", "tamsin", "tania", "tanisha", "tanya", "tara", "tasha",
        "tegan", "teresa", "terri", "theresa", "tiffany", "tina", "titilayo", "toni", "tracey", "tracy", "uzma",
        "valerie", "vanessa", "verity", "vicky", "victoria", "vikki", "wendy", "yasmeen", "yasmin", "yasmina",
        "yasmine", "yetunde", "yvonne", "zainab", "zara", "zeynep", "zoe", "zofia", "zoë", "zuzanna",
        // More of the parents' generation: Polish, Romanian, Ukrainian, Lithuanian, South Asian, African, Irish, Welsh.
        "aneta", "ewelina", "kamila", "małgorzata", "urszula", "weronika", "halina", "grazyna", "grażyna",
        "bozena", "bożena", "elżbieta", "danuta", "cristina", "daniela", "roxana", "simona", "oana", "tetiana",
        "yulia", "inga", "ieva", "egle", "eglė", "jurgita", "vilma", "zaneta", "žaneta", "kavita", "sushma",
        "farzana", "shabnam", "nkechi", "temitope", "abimbola", "adjoa", "chipo", "rutendo", "naima", "bronagh",
        "bethan",
    ]
    /// Men's names (read as the person causing harm's).
    static let male: [String] = [
        "aamir", "aaron", "abdi", "abdirahman", "abdul", "abdullah", "abdullahi", "adam", "adnan", "adrian", "ahmad",
        "ahmed", "ahmet", "alan", "alasdair", "aled", "alistair", "allan", "amir", "amit", "andrei", "andrew",
        "andrzej", "andy", "angus", "anil", "anthony", "arben", "arif", "arjun", "artur", "ashok", "asif", "ayub",
        "aziz", "babar", "babatunde", "barry", "bartosz", "ben", "besnik", "bilal", "billy", "bogdan", "bradley",
        "brandon", "brian", "callum", "calum", "carl", "carlos", "chidi", "chinedu", "christopher", "chukwuemeka",
        "cian", "ciaran", "ciarán", "clinton", "clive", "cody", "colin", "connor", "conor", "craig", "dafydd", "dai",
        "dale", "damian", "damien", "daniel", "danny", "dariusz", "darragh", "darrell", "darren", "darryl", "daryl",
        "dave", "david", "dawid", "dean", "declan", "deepak", "dele", "delroy", "dennis", "derek", "desmond", "dinesh",
        "dmitri", "dominic", "dominik", "donal", "dritan", "duane", "duncan", "dwayne", "dwight", "elliot", "elliott",
        "emeka", "emre", "emyr", "eoghan", "eoin", "errol", "euan", "ewan", "fahad", "faisal", "farhan", "fatos",
        "femi", "fergal", "filip", "florin", "fraser", "gareth", "gary", "gavin", "gentian", "geoffrey", "gethin",
        "glen", "glenn", "glyn", "gordon", "graham", "greg", "gregory", "grzegorz", "gwyn", "hakan", "hamish", "hamza",
        "haroon", "hasan", "hassan", "hitesh", "hussain", "hussein", "huw", "ian", "ibrahim", "idris", "ikenna", "ilir",
        "imran", "ionut", "irfan", "ismail", "ivan", "iwan", "jake", "jakub", "jamal", "jamil", "jason", "javed", "jay",
        "jermaine", "jerome", "jimmy", "joao", "joe", "joel", "john", "johnny", "jon", "jonah", "jonathan", "jonny",
        "jorge", "jose", "josh", "josé", "joão", "junaid", "justin", "kamil", "kamran", "kane", "karim", "karl",
        "kashif", "keiran", "keith", "kemal", "kenneth", "kenny", "kevin", "khalid", "kieran", "kirk", "kofi", "kojo",
        "kris", "krzysztof", "kwabena", "kwame", "kwesi", "kyle", "lance", "lee", "lennox", "leon", "leonard", "leroy",
        "lewis", "liam", "liban", "lloyd", "luis", "lukasz", "luke", "luís", "mahmood", "majid", "malcolm", "manoj",
        "mansoor", "marcin", "marcus", "marek", "mario", "mariusz", "mark", "martin", "marvin", "mateusz", "matt",
        "matthew", "mehmet", "michael", "michal", "michał", "mick", "mihai", "mike", "mitchell", "mohamud", "mukesh",
        "mukhtar", "murat", "murray", "mushtaq", "mustafa", "nabil", "nadeem", "nasir", "nathan", "nathaniel", "naveed",
        "neil", "neville", "niall", "nicholas", "nick", "nico", "nigel", "nitin", "nuno", "obinna", "omar", "owain",
        "owen", "padraig", "pankaj", "patrick", "paul", "paulo", "pawel", "paweł", "pedro", "pete", "peter", "phil",
        "philip", "phillip", "piotr", "pradeep", "prakash", "pádraig", "qasim", "rafal", "rafał", "raheel", "rahul",
        "rajesh", "rakesh", "ramesh", "rami", "rashid", "ravi", "reece", "rehan", "rhodri", "rhys", "richard", "rick",
        "ricky", "rizwan", "rob", "robbie", "robert", "rodney", "roger", "rohan", "rohit", "ross", "roy", "ruairi",
        "rui", "russell", "ryan", "sachin", "sajid", "saleem", "salim", "sameer", "samir", "sanjay", "sanjeev", "scott",
        "seamus", "sean", "segun", "sergei", "sergiu", "shabir", "shafiq", "shahid", "shakeel", "shane", "shaun",
        "shoaib", "simon", "sohail", "spencer", "stefan", "stephen", "steve", "steven", "stewart", "stuart", "sulaiman",
        "suleman", "sunil", "suresh", "szymon", "tahir", "tariq", "tiago", "tim", "timothy", "todd", "tom", "tomasz",
        "tony", "travis", "trevor", "troy", "tunde", "tyler", "tyrell", "tyrone", "umar", "usman", "vasile", "vijay",
        "vikram", "vincent", "vinod", "vivek", "walid", "waqas", "warren", "waseem", "wayne", "wesley", "winston",
        "wojciech", "yasin", "yasir", "yassin", "yaw", "yousaf", "zach", "zahid", "zak", "zeeshan", "zubair",
        "łukasz",
        // More of the parents' generation, as in the women's list.
        "cristian", "marius", "sergiy", "serhiy", "oleksandr", "dmytro", "andriy", "viktor", "vytautas",
        "mindaugas", "waqar",
    ]
    /// Both lists in one table, with the role of each of its words, by id.
    private let table: WordTable
    private let roles: [Role]
    /// The tables, built once. A note's every capitalised word is looked up: its reader takes
    /// this once, not a lazy global at every word.
    static let shared = GivenNames()

    private init() {
        table = WordTable((Self.female + Self.male).sorted())
        let women = Set(Self.female)
        roles = table.words.map { women.contains($0) ? .survivor : .causer }
    }
    /// True if `word` is one of the listed given names, whatever its neighbours.
    func isListed(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        id(of: word) != nil
    }

    /// The id of `word` in the table, any case. The table's hash folds ASCII case only, so a
    /// name that opens with a capital beyond ASCII ("Łukasz") is looked up lower-cased.
    private func id(of word: UnsafeBufferPointer<UInt8>) -> Int32? {
        guard let first = word.first, first >= 0x80 else { return table.id(of: word, hash: WordTable.hash(word)) }
        var lowered = String(decoding: word, as: UTF8.self).lowercased()
        return lowered.withUTF8 { table.id(of: $0, hash: WordTable.hash($0)) }
    }

    /// Words right before a name that make it someone other than a parent: a relative, or a
    /// saint or royal in a place's name ("Uncle Kyle", "Nanny Denise", "St Mary's").
    private static let otherPeople: WordSet = [
        "uncle", "aunt", "auntie", "aunty", "nan", "nanny", "nana", "nanna", "gran", "granny", "grandma", "grandmother", "grandad",
        "granddad", "grandpa", "grandfather", "cousin", "brother", "sister", "st", "saint", "queen", "king", "prince", "princess",
        "lady", "lord", "sir", "dame",
    ]
    /// Capitalised words after a name that make it a place's or an institution's ("Victoria
    /// Road", "Mary Seacole House", "Alexandra Hospital").
    private static let placeWords: WordSet = [
        "street", "road", "avenue", "lane", "close", "drive", "court", "house", "hospital", "school", "primary", "academy",
        "college", "centre", "center", "ward", "park", "way", "place", "gardens", "crescent", "terrace", "square", "hall",
        "infirmary", "clinic", "surgery", "medical", "nursery", "trust", "unit", "estate", "row", "walk", "grove", "green",
        "rise", "hill", "mews", "church", "chapel", "library", "station", "building", "buildings", "tower", "lodge",
    ]

    /// The role the capitalised word at `name` takes from its sex, or nil: not a listed name,
    /// or one whose neighbours make it someone or something else (a relative, a place, a
    /// professional, an author cited: "Uncle Kyle", "Victoria Road", "DC Mark Ellison", "Lucy
    /// Farrow, SW", "Kelly, 1996").
    /// `wordEnd` finds where a name ends (as ``NoteCast`` reads names).
    func role(ofNameAt name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, wordEnd: (Int) -> Int) -> Role? {
        let word = UnsafeBufferPointer(rebasing: bytes[name])
        guard let id = id(of: word) else { return nil }
        let role = roles[Int(id)]
        if let before = Self.word(endingAt: name.lowerBound - 1, bytes), Self.otherPeople.contains(UnsafeBufferPointer(rebasing: bytes[before])) {
            return nil
        }
        // An author in a citation ("Kelly, 1996", "Kelly, L & Meysen, T").
        if name.upperBound + 3 < bytes.count, bytes[name.upperBound] == UInt8(ascii: ","), bytes[name.upperBound + 1] == 0x20 {
            let next = bytes[name.upperBound + 2], after = bytes[name.upperBound + 3]
            if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next) { return nil }
            if (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(next), !(after | 0x20 >= UInt8(ascii: "a") && after | 0x20 <= UInt8(ascii: "z")) { return nil }
        }
        if bytes.spells(" et al", at: name.upperBound) { return nil }
        var whole = name
        if name.upperBound + 1 < bytes.count, bytes[name.upperBound] == 0x20,
           (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[name.upperBound + 1]) {
            let next = (name.upperBound + 1)..<wordEnd(name.upperBound + 1)
            if Self.placeWords.contains(UnsafeBufferPointer(rebasing: bytes[next])) { return nil }
            // "Lucy Farrow, Social Worker": the surname's neighbours count.
            whole = name.lowerBound..<next.upperBound
        }
        return RoleIntroductions.isProfessional(titledNameAt: whole, in: bytes) ? nil : role
    }

    /// ``role(ofNameAt:in:wordEnd:)`` for a name written in lower case ("kasia"), which is nil
    /// for a listed name that is also an everyday word ("a precious gift", "threatened to rob
    /// him").
    func role(ofLowerCaseNameAt name: Range<Int>, in bytes: UnsafeBufferPointer<UInt8>, wordEnd: (Int) -> Int) -> Role? {
        everydayWordSet.contains(UnsafeBufferPointer(rebasing: bytes[name])) ? nil : role(ofNameAt: name, in: bytes, wordEnd: wordEnd)
    }

    /// Listed names that are also words a note writes in lower case. (Names that are mostly
    /// words, such as "May" or "Will", are not listed at all.)
    static let everydayWords = ["grace", "mercy", "precious", "blessing", "rosemary", "mark", "rob"]
    private let everydayWordSet = WordSet(Self.everydayWords)

    /// The ASCII letters ending at `end`, after a space (`end` is that space), or nil.
    private static func word(endingAt end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard end > 0, end < bytes.count, bytes[end] == 0x20 else { return nil }
        var start = end
        while start > 0, bytes[start - 1] | 0x20 >= UInt8(ascii: "a"), bytes[start - 1] | 0x20 <= UInt8(ascii: "z") { start -= 1 }
        return start < end ? start..<end : nil
    }
}
