/// A name found in one block before grouping: where it is, what it looks like, and why.
struct NameCandidate: Sendable {
    enum Kind: Sendable {
        case person, place, organization
        /// A capitalised word or run the gazetteers and context could not classify (`Putin`,
        /// `Kim`): kept only when it turns out to be another form of a known name.
        case unknown
        /// A bare organisation word standing for one named earlier (`il ministero`, `the ministry`).
        case reference
    }

    var kind: Kind
    var block: Int
    /// First and last token, inclusive.
    var first: Int
    var last: Int
    /// Lookup key: lower case, single spaces.
    var key: String
    /// The words as written.
    var text: String
    /// A title or role announced a person (`il presidente`, `President`).
    var personContext = false
    /// The candidate this one is declared an alias of (`…, nota come Nis`).
    var aliasOf: Int?
    /// The lower-cased words right before and after it ("" at the block's edges).
    var before = ""
    var after = ""
    /// The two words before it (`town of`), for context.
    var before2 = ""
    /// A reporting verb follows it (`Legambiente ha avvertito che`).
    var speaks = false
    /// How sure the recogniser is of the name and its kind, 0...1 (`RecognizedName.confidence`).
    var confidence = 0.9
    /// A place named inside an organisation's name (`Lecce` of `Asl di Lecce`): a mention of a
    /// place the text names on its own, never a place by itself.
    var nested = false

    init(kind: Kind, block: Int, first: Int, last: Int, key: String, text: String, personContext: Bool = false,
         aliasOf: Int? = nil, before: String = "", after: String = "", confidence: Double = 0.9) {
        (self.kind, self.block, self.first, self.last, self.key, self.text) = (kind, block, first, last, key, text)
        (self.personContext, self.aliasOf, self.before, self.after, self.confidence) = (personContext, aliasOf, before, after, confidence)
    }
}
