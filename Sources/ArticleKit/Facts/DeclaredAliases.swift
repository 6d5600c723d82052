/// Aliases the text declares for a name it has just given: `, nota come Nis`, `, known as the
/// NIS`, `(NIS)`. A name in brackets after a dateline or a place (`BUCHAREST (Reuters) -`,
/// `Pescara (Abruzzo)`) or that is an organisation of its own is no alias.
extension NameFinder {
    /// An alias declared right after a name: `, nota come Nis`, `, known as the NIS`, `(NIS)`.
    func readAlias(_ block: ScannedBlock, _ index: Int, after e: Int, declarer: Int, kind: NameCandidate.Kind,
                   _ consumed: [Bool], _ out: inout [NameCandidate]) -> Int {
        guard kind != .unknown else { return e + 1 }
        var x = e + 1
        var close = -1
        if block.word(x) == "(" {
            // A place declares no alias in brackets, nor do capitals opening a paragraph (a dateline).
            guard kind != .place, out.indices.contains(declarer) else { return e + 1 }
            let declared = out[declarer]
            guard declared.first > 0 || !(declared.first...declared.last).allSatisfy({ block[$0].isAllCaps || !block[$0].isCapitalized }) else {
                return e + 1
            }
            x += 1
        } else if block.word(x) == "," {
            x += 1
            if block.word(x) == "meglio" || block.word(x) == "also" { x += 1 }
            if Self.aliasWords.contains(block.word(x)) {
                x += 1
                if block.word(x) == "anche" { x += 1 }
                guard block.word(x) == "come" else { return e + 1 }
                x += 1
            } else if block.word(x) == "known", block.word(x + 1) == "as" {
                x += 2
            } else {
                return e + 1
            }
            if Self.articles.contains(block.word(x)) { x += 1 }
        } else {
            return e + 1
        }
        guard isNameWord(block, x, consumed) else { return e + 1 }
        let end = runEnd(block, x, consumed)
        guard end - x < 3 else { return e + 1 }
        if block.word(e + 1) == "(", kind == .person, let affiliation = affiliation(block, index, x, end, declarer: out[declarer]) {
            out.append(affiliation)  // Gerlinde Kraus (SPD), Kabiru Gaya (APC, Kano)
            return end + 1
        }
        if block.word(e + 1) == "(" {
            guard block.word(end + 1) == ")" else { return e + 1 }
            // Radio City (Bulgaria): a known place in brackets is where the body is, not its other name.
            guard !gazetteer.isPlace(key(block, x, end)) else { return e + 1 }
            // Mario Rossi (Pd): a known organisation in brackets is the person's party, not another name.
            guard kind == .organization || !gazetteer.isOrganization(key(block, x, end)) else { return e + 1 }
            close = end + 1
        }
        out.append(NameCandidate(kind: kind, block: index, first: x, last: end, key: key(block, x, end),
                                 text: maker.text(block, x, end), aliasOf: declarer,
                                 before: block.word(x - 1), after: block.word(end + 1)))
        return max(end, close) + 1
    }

    /// A name in brackets right after a person's is the body they belong to (`Gerlinde Kraus
    /// (SPD)`, `Kabiru Gaya (APC, Kano)`) when an acronym or a listed body, unless it is a place,
    /// a word of their own name or its initials (`Luiz Inácio Lula da Silva (Lula)`, `Richard Stallman (RMS)`).
    func affiliation(_ block: ScannedBlock, _ index: Int, _ x: Int, _ end: Int, declarer: NameCandidate) -> NameCandidate? {
        guard [")", ","].contains(block.word(end + 1)) else { return nil }
        let k = key(block, x, end)
        guard !gazetteer.isPlace(k), !gazetteer.givenNames.contains(block.lower(x)) else { return nil }
        let text = maker.text(block, x, end)
        // An acronym or a listed body: capitalised words in brackets may be a remit (Enrico Bussalino (Enti Locali)).
        guard gazetteer.isOrganization(k) || text.split(separator: " ").contains(where: { $0.filter(\.isUppercase).count >= 2 }) else { return nil }
        let words = declarer.key.split(separator: " ")
        guard !words.contains(where: { k.split(separator: " ").contains($0) }) else { return nil }
        // Richard Stallman (RMS): the initials of the name, as far as the text gives it.
        if let first = words.first?.first, let last = words.last?.first, k.count <= 4, k.first == first, k.last == last { return nil }
        return NameCandidate(kind: .organization, block: index, first: x, last: end, key: k, text: text,
                             before: block.word(x - 1), after: block.word(end + 1), confidence: 0.7)
    }
}
