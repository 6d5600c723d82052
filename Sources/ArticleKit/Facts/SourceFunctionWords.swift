/// The articles and prepositions `SourceFinder` reads around a speaker, one list per language,
/// each word with the roles it plays there, so a word's roles are read in one place instead of in
/// several overlapping lists. A word written alike in several languages is listed once, under the
/// first language that uses it in that role.
enum SourceFunctionWords {
    /// What a word does around a speaker.
    struct Roles: OptionSet, Sendable {
        let rawValue: UInt16
        /// Puts a place on the scene, not the speaker (`Critics in Aberdeen warned`).
        static let scene = Roles(rawValue: 1 << 0)
        /// Puts a person inside another's phrase, no subject (`statt Liebich`, `with Smith`).
        static let subjectPhrase = Roles(rawValue: 1 << 1)
        /// Puts a speaking noun inside another's phrase (`a spokesman for the police said`).
        static let nounPhrase = Roles(rawValue: 1 << 2)
        /// May follow a speaker's name after an inverted verb (`said Smith in a statement`).
        static let afterSpeaker = Roles(rawValue: 1 << 3)
        /// Names who did it (`riportato dall'Istituto`).
        static let agent = Roles(rawValue: 1 << 4)
        /// A definite article before a role (`the chief`, `il Papa`, `der Präsident`).
        static let beforeRole = Roles(rawValue: 1 << 5)
        /// An article before a speaker after an inverted verb (`raconte la voisine`, `sagte der Trainer`).
        static let beforeSpeaker = Roles(rawValue: 1 << 6)
        /// A definite article between an opener and its source (`selon les enquêteurs`, `laut der Polizei`).
        static let afterOpener = Roles(rawValue: 1 << 7)
    }

    static let italian: [(String, Roles)] = [
        ("in", [.scene, .nounPhrase, .afterSpeaker]), ("a", [.scene, .subjectPhrase, .nounPhrase, .afterSpeaker]),
        ("di", [.scene, .subjectPhrase, .nounPhrase]), ("da", [.scene, .subjectPhrase, .nounPhrase, .agent]),
        ("del", [.scene, .nounPhrase]), ("della", [.scene, .nounPhrase]), ("nel", [.scene, .afterSpeaker]),
        ("nella", [.scene, .afterSpeaker]), ("per", [.scene, .subjectPhrase, .nounPhrase]), ("tra", [.scene]),
        ("fra", [.scene]), ("con", [.scene, .subjectPhrase, .nounPhrase]), ("contro", [.scene, .subjectPhrase]),
        ("dei", [.nounPhrase]), ("degli", [.nounPhrase]), ("delle", [.nounPhrase]), ("al", [.afterSpeaker]),
        ("alla", [.afterSpeaker]), ("durante", [.afterSpeaker]), ("dopo", [.afterSpeaker]), ("davanti", [.afterSpeaker]),
        ("dal", [.agent]), ("dalla", [.agent]), ("dall'", [.agent]), ("dai", [.agent]), ("dagli", [.agent]),
        ("dalle", [.agent]), ("dallo", [.agent]), ("il", [.beforeRole, .afterOpener]), ("lo", [.beforeRole, .afterOpener]),
        ("la", [.beforeRole, .beforeSpeaker, .afterOpener]), ("l'", [.beforeRole, .beforeSpeaker, .afterOpener]),
        ("le", [.beforeRole, .beforeSpeaker, .afterOpener]), ("i", [.afterOpener]), ("gli", [.afterOpener]),
    ]
    static let english: [(String, Roles)] = [
        ("at", [.scene, .nounPhrase, .afterSpeaker]), ("from", [.scene, .nounPhrase, .afterSpeaker]),
        ("of", [.scene, .subjectPhrase, .nounPhrase]), ("to", [.scene, .subjectPhrase, .nounPhrase, .afterSpeaker]),
        ("by", [.scene, .subjectPhrase, .nounPhrase]), ("on", [.scene, .nounPhrase, .afterSpeaker]),
        ("with", [.scene, .subjectPhrase, .nounPhrase]), ("against", [.scene, .subjectPhrase]),
        ("for", [.subjectPhrase, .nounPhrase]), ("during", [.afterSpeaker]), ("after", [.afterSpeaker]),
        ("before", [.afterSpeaker]), ("the", [.beforeRole, .afterOpener]),
    ]
    static let german: [(String, Roles)] = [
        ("mit", [.scene, .subjectPhrase, .nounPhrase]), ("statt", [.subjectPhrase]), ("anstatt", [.subjectPhrase]),
        ("von", [.subjectPhrase, .nounPhrase]), ("für", [.subjectPhrase, .nounPhrase]), ("gegen", [.subjectPhrase]),
        ("der", [.nounPhrase, .beforeRole, .beforeSpeaker, .afterOpener]), ("bei", [.afterSpeaker]), ("im", [.afterSpeaker]),
        ("nach", [.afterSpeaker]), ("vor", [.afterSpeaker]), ("gegenüber", [.afterSpeaker]),
        ("die", [.beforeRole, .beforeSpeaker, .afterOpener]), ("das", [.beforeSpeaker, .afterOpener]), ("den", [.afterOpener]),
        ("dem", [.afterOpener]),
    ]
    static let french: [(String, Roles)] = [
        ("avec", [.scene, .subjectPhrase, .nounPhrase]), ("contre", [.subjectPhrase]), ("pour", [.subjectPhrase, .nounPhrase]),
        ("par", [.subjectPhrase, .nounPhrase]), ("des", [.nounPhrase, .afterOpener]), ("du", [.nounPhrase]),
        ("à", [.afterSpeaker]), ("au", [.afterSpeaker]), ("dans", [.afterSpeaker]), ("en", [.afterSpeaker]),
        ("lors", [.afterSpeaker]), ("devant", [.afterSpeaker]), ("après", [.afterSpeaker]),
        ("les", [.beforeSpeaker, .afterOpener]), ("un", [.beforeSpeaker]), ("une", [.beforeSpeaker]),
    ]
    static let spanish: [(String, Roles)] = [
        ("de", [.subjectPhrase, .nounPhrase]), ("contra", [.subjectPhrase]), ("por", [.subjectPhrase]),
        ("para", [.subjectPhrase, .nounPhrase]), ("ante", [.afterSpeaker]), ("tras", [.afterSpeaker]),
        ("el", [.beforeRole, .beforeSpeaker, .afterOpener]), ("los", [.beforeSpeaker, .afterOpener]),
        ("las", [.beforeSpeaker, .afterOpener]),
    ]

    /// Every word that plays `role` in any language.
    static func words(_ role: Roles) -> WordList {
        WordList(Set((italian + english + german + french + spanish).filter { $0.1.contains(role) }.map(\.0)))
    }
}
