/// A person named with the body they belong to, in one capitalised run (`Mario Bianchi
/// dell'Università di Pisa`, `Elizabeth Isa of Change Advocacy Party`, `Giulia Verdi della
/// Fondazione Cariplo`): the person, then the body, two names.
extension NameFinder {
    /// The last token of a person's name that opens the run `a...e` before a connector and a
    /// body, or nil: a given name (or a title before the run) and one or two more capitalised
    /// words, no organisation word or place among them; after the connector, a body: a head
    /// word of one, or a name the lists know as one.
    func personBeforeBody(_ block: ScannedBlock, _ a: Int, _ e: Int, personContext: Bool) -> Int? {
        guard a + 3 <= e, let m = (a + 2...min(a + 3, e - 1)).first(where: {
            !block[$0].isCapitalized && Self.affiliationConnectors.contains(block.lower($0))
        }) else { return nil }
        guard personContext || (gazetteer.givenNames.contains(block.lower(a)) && !Self.saintWords.contains(block.lower(a))) else { return nil }
        for k in a..<m {
            let w = block.lower(k)
            guard block[k].kind == .word, block[k].isCapitalized, !block[k].isAllCaps, !gazetteer.organizationWords.contains(w),
                  !gazetteer.personTitles.contains(w) else { return nil }
        }
        let left = key(block, a, m - 1)
        guard !gazetteer.isPlace(left), !gazetteer.isOrganization(left), block[m + 1].isCapitalized else { return nil }
        // The body: a head word in it (Università di Pisa, Change Advocacy Party) or a listed name (Cgil).
        let right = key(block, m + 1, e)
        let body = (m + 1...e).contains { gazetteer.organizationWords.contains(block.lower($0)) }
            || listedOrganization(block, m + 1, e, right) || gazetteer.organizations.contains(right)
        return body ? m - 1 : nil
    }

    /// Connectors between a person and the body they belong to.
    static let affiliationConnectors: WordList = [
        "di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "d'", "of", "de", "du", "des",
    ]
}
