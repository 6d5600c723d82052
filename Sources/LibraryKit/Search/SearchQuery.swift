/// What a person typed into a search prompt, read into terms: words (all must match),
/// `"a phrase"`, `prefix*`, `a OR b`, `-word`, and fact filters such as `person:"Kim Jong-un"`,
/// `place:Kursk`, `org:Nis`, `source:ministero`. Any input reads into a query or a clear error.
public struct SearchQuery: Hashable, Sendable {
    /// One thing to match.
    public enum Term: Hashable, Sendable {
        case word(String)
        case prefix(String)
        case phrase(String)

        /// The words of the term, for highlighting matches.
        public var text: String {
            switch self {
            case .word(let s), .prefix(let s), .phrase(let s): s
            }
        }
    }

    /// The kinds of fact a filter can name.
    public enum FactKind: String, Hashable, Sendable, CaseIterable {
        case person, place, org, source

        /// Names accepted before the colon.
        static let names: [String: FactKind] = [
            "person": .person, "people": .person, "persona": .person,
            "place": .place, "luogo": .place,
            "org": .org, "organization": .org, "organisation": .org,
            "source": .source, "fonte": .source,
        ]
    }

    /// A fact filter: articles (and sections) whose facts of `kind` match `term`.
    public struct FactFilter: Hashable, Sendable {
        public var kind: FactKind
        public var term: Term
    }

    /// Groups that must all match; each group matches when any of its terms does.
    public var required: [[Term]] = []
    /// Terms that must not match.
    public var excluded: [Term] = []
    public var facts: [FactFilter] = []
    /// How an odd part of the input was read (a quote left open), to tell the person.
    public var note: String?

    /// True when the query names no words, only fact filters.
    public var isFactsOnly: Bool { required.isEmpty && !facts.isEmpty }

    /// Every term that should be highlighted in results (required words and fact values).
    public var highlightTerms: [Term] { required.flatMap { $0 } + facts.map(\.term) }

    /// Reads a query. Throws only when nothing in it can be searched for.
    public static func parse(_ input: String) throws(SearchQueryError) -> SearchQuery {
        var query = SearchQuery()
        var joinNext = false
        var unclosed: String?
        for token in tokenize(input, unclosed: &unclosed) {
            switch token {
            case .or:
                joinNext = !query.required.isEmpty
            case .emptyFilter(let field):
                guard FactKind.names[field.lowercased()] != nil else { throw .unknownFilter(field) }
                throw .emptyFilter(field)
            case .term(let term, let negated, let field):
                if let field {
                    guard let kind = FactKind.names[field.lowercased()] else {
                        throw .unknownFilter(field)
                    }
                    query.facts.append(FactFilter(kind: kind, term: term))
                } else if negated {
                    query.excluded.append(term)
                } else if joinNext {
                    query.required[query.required.count - 1].append(term)
                } else {
                    query.required.append([term])
                }
                joinNext = false
            }
        }
        if query.required.isEmpty && query.facts.isEmpty {
            throw query.excluded.isEmpty ? .empty : .onlyExclusions
        }
        if let unclosed { query.note = "The quote was not closed: searched for the phrase \"\(unclosed)\"" }
        return query
    }

    enum Token: Equatable {
        case or
        /// `person:` with nothing after it.
        case emptyFilter(String)
        case term(Term, negated: Bool, field: String?)
    }

    /// Splits input into terms, honouring quotes (an unclosed quote runs to the end; its
    /// phrase is put in `unclosed`).
    static func tokenize(_ input: String, unclosed: inout String?) -> [Token] {
        var tokens: [Token] = []
        var chars = Array(input)[...]
        while let c = chars.first {
            if c.isWhitespace { chars.removeFirst(); continue }
            var negated = false
            if c == "-" || c == "\u{2212}" { negated = true; chars.removeFirst() }
            // field:value or field:"value"
            var field: String?
            if let colon = chars.prefix(while: { !$0.isWhitespace && !QuoteMarks.opens($0) }).firstIndex(of: ":"),
               colon > chars.startIndex, chars[chars.startIndex..<colon].allSatisfy({ $0.isLetter }) {
                field = String(chars[chars.startIndex..<colon])
                chars = chars[(colon + 1)...]
            }
            if let first = chars.first, QuoteMarks.opens(first) {
                chars.removeFirst()
                let body = chars.prefix(while: { !QuoteMarks.closes($0) })
                let closed = body.count < chars.count
                chars = chars.dropFirst(body.count + 1)
                let text = cleaned(String(body))
                if !closed, !text.isEmpty { unclosed = text }
                if !text.isEmpty { tokens.append(.term(.phrase(text), negated: negated, field: field)) }
                else if let field { tokens.append(.emptyFilter(field)) }
                continue
            }
            let word = chars.prefix(while: { !$0.isWhitespace })
            chars = chars.dropFirst(word.count)
            var text = String(word)
            if text == "OR" && !negated && field == nil { tokens.append(.or); continue }
            let isPrefix = text.hasSuffix("*")
            text = cleaned(text)
            guard !text.isEmpty else {
                if let field { tokens.append(.emptyFilter(field)) }
                continue
            }
            let term: Term = isPrefix ? .prefix(text) : (text.contains(" ") ? .phrase(text) : .word(text))
            tokens.append(.term(term, negated: negated, field: field))
        }
        return tokens
    }

    /// Keeps letters, digits and marks; everything else separates words. "Jong-un" → "Jong un".
    static func cleaned(_ text: String) -> String {
        var out = ""
        var space = false
        for scalar in text.unicodeScalars {
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark {
                if space && !out.isEmpty { out.append(" ") }
                space = false
                out.unicodeScalars.append(scalar)
            } else {
                space = true
            }
        }
        return out
    }
}

/// Why a search could not be run, in words for the prompt.
public enum SearchQueryError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case onlyExclusions
    case unknownFilter(String)
    case emptyFilter(String)

    public var description: String {
        switch self {
        case .emptyFilter(let f): "\(f): needs a name after it, as in \(f):\(Self.example(f))"
        case .empty: "type a word to search for"
        case .onlyExclusions: "a search needs at least one word that must match, not only -words"
        case .unknownFilter(let f): "unknown filter \(f): — use person:, place:, org: or source:, or quote the words"
        }
    }

    /// A name that fits the filter, for the message.
    static func example(_ filter: String) -> String {
        switch SearchQuery.FactKind.names[filter.lowercased()] {
        case .person?: "\"Kim Jong-un\""
        case .place?: "Kursk"
        case .org?: "Nis"
        case .source?: "ministero"
        case nil: "Kursk"
        }
    }
}
