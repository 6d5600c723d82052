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
        if block.word(e + 1) == "(" {
            guard block.word(end + 1) == ")" else { return e + 1 }
            // Mario Rossi (Pd): a known organisation in brackets is the person's party, not another name.
            guard kind == .organization || !gazetteer.isOrganization(key(block, x, end)) else { return e + 1 }
            close = end + 1
        }
        out.append(NameCandidate(kind: kind, block: index, first: x, last: end, key: key(block, x, end),
                                 text: maker.text(block, x, end), aliasOf: declarer,
                                 before: block.word(x - 1), after: block.word(end + 1)))
        return max(end, close) + 1
    }
}
