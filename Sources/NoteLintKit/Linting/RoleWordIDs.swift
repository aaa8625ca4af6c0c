/// The ids (prefilter anchors, or the matcher's token ids) of the words a role's names and
/// pronouns are read as (``RoleNames``): its reserved word, its possessive ("her", "his": for
/// "your" in a letter) and its object pronoun ("her", "him": for a note that swaps pronouns).
/// Built once per catalogue, one value for the anchors and one for the token ids.
struct RoleWordIDs {
    /// What a name or pronoun stands for in a sentence.
    enum Form { case subject, object, possessive }

    private let subjects: [Role: Int32]
    private let possessives: [Role: Int32]
    private let objects: [Role: Int32]

    /// The ids that `id` gives the words of ``RoleNames``; a word it gives none is left out.
    init(id: (String) -> Int32?) {
        subjects = RoleNames.reservedWords.compactMapValues(id)
        possessives = RoleNames.possessives.compactMapValues(id)
        objects = RoleNames.objects.compactMapValues(id)
    }

    /// The id of the word that `form` of `role` is read as, if it has one.
    subscript(_ form: Form, _ role: Role) -> Int32? {
        switch form {
        case .subject: subjects[role]
        case .object: objects[role]
        case .possessive: possessives[role]
        }
    }
}
