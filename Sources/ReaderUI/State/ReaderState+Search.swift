/// Searching the article (`/`, `n`, `N`): the prompt, matches found as the reader types, and
/// stepping through them.
extension ReaderState {
    mutating func handlePrompt(_ key: Key) {
        if let action = KeyMap.prompt.action(for: key) {
            switch action {
            case .activate:
                mode = .reading
                if prompt.isEmpty {
                    // An empty query repeats the last search, as in less.
                    if search != nil { stepMatch(1) }
                    return
                }
                runSearch()
                guard let found = search, !found.matches.isEmpty else {
                    message = "Pattern not found: " + prompt
                    return
                }
                let from = readingAnchor().map { Match(block: $0.block, start: $0.offset, end: $0.offset) }
                let first = from.flatMap { f in found.matches.firstIndex { ($0.block, $0.start) >= (f.block, f.start) } } ?? 0
                goToMatch(first)
            case .lineUp:
                if !prompt.isEmpty { prompt.removeLast() }
                typed()
            case .cancel:
                mode = .reading
                search = nil
                highlight = nil
                prompt = ""
                syncSource()
            default:
                break
            }
            return
        }
        if case .char(let c) = key {
            prompt.append(c)
            typed()
        }
    }

    /// The prompt changed: its matches now, or, in an article too big to search at every key,
    /// none until Enter.
    mutating func typed() {
        if searchesAsYouType { runSearch() } else { search = nil }
    }

    /// Finds the prompt's matches as the reader types (they are highlighted at once).
    mutating func runSearch() {
        guard !prompt.isEmpty else {
            search = nil
            return
        }
        if searchIndex == nil { searchIndex = SearchIndex(texts: document.blocks.map(\.text)) }
        let query = SearchIndex.searchedText(prompt)
        search = SearchState(query: query, matches: searchIndex!.matches(query), current: nil)
    }

    mutating func stepMatch(_ step: Int) {
        guard let s = search else {
            message = "No search yet: press / to search"
            return
        }
        guard !s.matches.isEmpty else {
            message = "Pattern not found: " + s.query
            return
        }
        let n = s.matches.count
        let next: Int
        if let c = s.current {
            next = (c + step + n) % n
            if (step > 0 && next < c) || (step < 0 && next > c) { message = step > 0 ? "Search wrapped to the top" : "Search wrapped to the bottom" }
        } else {
            next = step > 0 ? 0 : n - 1
        }
        goToMatch(next)
    }

    mutating func goToMatch(_ i: Int) {
        guard var s = search, i >= 0, i < s.matches.count else { return }
        s.current = i
        search = s
        let m = s.matches[i]
        highlight = Highlight(kind: .match, block: m.block, range: m.start..<m.end,
                              span: document.blocks[m.block].span(ofTextRange: m.start..<m.end))
        reveal(articleRow: articleLayout.row(block: m.block, offset: m.start))
        revealTableText(block: m.block, offset: m.start)
        syncSource()
    }
}
