import Foundation

/// Recognises the leftovers of scraped web pages — share buttons, "Leggi anche" links, menus,
/// bylines, captions and credits, copyright lines, cookie notices, newsletter calls,
/// advertisement labels — when a whole line is clearly one of them. The vocabulary, in
/// it/en/de/fr/es, is data: `Resources/Boilerplate/furniture.txt`.
enum Boilerplate {
    /// Lines longer than this are prose, never boilerplate.
    static let maxBytes = 400

    static func reason(forLine text: String) -> DroppedBlock.Reason? {
        guard text.utf8.count <= maxBytes else { return nil }
        var copy = text
        return copy.withUTF8 { reason(forLine: $0) }
    }

    /// The same, on the line's UTF-8 bytes: most lines are read without building a `String`.
    static func reason(forLine bytes: UnsafeBufferPointer<UInt8>) -> DroppedBlock.Reason? {
        guard bytes.count <= maxBytes else { return nil }
        let line = FurnitureLine(bytes: bytes) ?? FurnitureLine(text: String(decoding: bytes, as: UTF8.self))
        return reason(line, original: bytes)
    }

    static func reason(_ line: FurnitureLine, original: UnsafeBufferPointer<UInt8>) -> DroppedBlock.Reason? {
        let words = line.words
        guard !words.isEmpty else { return nil }
        // A bare address on a line of its own (`www.example.com`, an embed's URL).
        if !line.hasSpace, ["http://", "https://", "www.", "[embed]"].contains(where: line.starts) { return .pageFurniture }
        let v = vocabulary
        let x = index

        // A whole line is compared as a `String` (canonically equal spellings match), and
        // only when it is short enough to be one of the phrases.
        var whole = line.joinedWords()
        if whole.last == 0x3A { whole.removeLast() }
        if line.loweredText != nil || whole.count <= x.longestWhole,
           let reason = v.whole[String(decoding: whole, as: UTF8.self)] { return reason }
        // Matched on UTF-8 bytes: Foundation's `contains` on strings cost 60% of a parse.
        let found: DroppedBlock.Reason? = line.collapsed.withUnsafeBufferPointer { collapsed in
            if words.count <= 25, let k = x.prefixes.firstPrefix(of: collapsed, where: { k in
                let phrase = x.prefixes.phrases[k]
                let n = phrase.count
                guard n == collapsed.count || phrase.last == 0x3A || collapsed[n] == 0x20 || collapsed[n] == 0x3A else { return false }
                return v.prefixes[k].1 != .byline || isByline(words: words.count, original: String(decoding: original, as: UTF8.self),
                                                              phraseWords: phrase.split(separator: 0x20).count)
            }) { return v.prefixes[k].1 }
            if words.count <= 60 {
                if let k = x.contains.firstContained(in: collapsed) { return v.contains[k].1 }
                var end = collapsed.count
                while end > 0, [0x20, 0x2E, 0x7C].contains(collapsed[end - 1]) { end -= 1 }
                for (phrase, reason) in v.suffixes where end >= phrase.count && collapsed[end - phrase.count..<end].elementsEqual(phrase) {
                    return reason
                }
                if isNumberedCaption(collapsed, words: v.numberedCaptions) || endsInCredit(collapsed[..<end], words: v.creditWords) {
                    return .caption
                }
            }
            if words.count <= 80, PhraseTable.contains(collapsed, Array("cookie".utf8)),
               v.cookieContext.contains(where: { PhraseTable.contains(collapsed, $0) }) { return .cookieNotice }
            return nil
        }
        if let found { return found }
        // A line made only of share words, with at least one network or share verb.
        if words.count <= 14 {
            let texts = (0..<words.count).lazy.map(line.word)
            if texts.allSatisfy({ v.shareWords.contains($0) || v.shareActions.contains($0) }),
               texts.contains(where: { v.shareActions.contains($0) }) { return .shareLinks }
        }
        if words.count <= relativeTimeMaxWords {
            let texts = (0..<words.count).map(line.word)
            if isCommentCount(texts, v) { return .pageFurniture }
            if isRelativeTime(texts, v) { return .byline }
        }
        return nil
    }

    /// Words of a relative time stamp, at most (`il y a 3 heures`).
    static let relativeTimeMaxWords = 5

    /// A comment count (`comments (0)`, `12 Commenti`): a number and a word for comments.
    static func isCommentCount(_ words: [String], _ v: Vocabulary) -> Bool {
        words.count == 2 && words.contains(where: isNumber) && words.contains(where: v.commentWords.contains)
    }

    /// A relative time stamp standing for the date (`19 hours ago`, `3 ore fa`, `vor 2
    /// Stunden`, `il y a 3 heures`, `hace 2 horas`): only a number, a unit of time and the
    /// words that say it is past, with at least one unit and one such word.
    static func isRelativeTime(_ words: [String], _ v: Vocabulary) -> Bool {
        words.count >= 2 && words.contains(where: v.timeUnits.contains) && words.contains(where: v.pastWords.contains)
            && words.allSatisfy { isNumber($0) || v.timeUnits.contains($0) || v.pastWords.contains($0) || v.countWords.contains($0) }
    }

    static func isNumber(_ word: String) -> Bool { !word.isEmpty && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// A byline or date line is short and not a sentence: `By Jane Doe`, `Aggiornato il 3
    /// marzo`; `by the end of the year, …` is prose. After a one-word opener (`by`, `di`,
    /// `von`) a capitalised name must follow. A line opened by a longer phrase (`Posted on …`)
    /// may end in a full stop.
    static func isByline(words: Int, original: String, phraseWords: Int) -> Bool {
        if phraseWords == 1, words <= longBylineWords, isNameList(original) { return true }
        guard words <= (phraseWords > 1 ? 16 : 12) else { return false }
        guard phraseWords > 1 || !original.hasSuffix(".") || original.hasSuffix(" Jr.") else { return false }
        let opener = original.split(separator: " ").first.map(String.init) ?? ""
        guard ["by", "di", "von", "par", "por"].contains(opener.lowercased()) else { return true }
        let next = original.split(separator: " ").dropFirst().first
        return words <= 6 && (next?.first?.isUppercase ?? false)
    }

    /// Words of a byline that lists its authors with their titles and places, at most.
    static let longBylineWords = 40

    /// A byline listing its authors with their titles and places, comma after comma (`By
    /// Danielle Parsons, PhD Candidate in Evolutionary Biology, The Ohio State University,
    /// Bryan Carstens, …`): after the opener a capitalised name of at most four words, then
    /// parts that each open with a capital, and no full stop at the end. A sentence opened by
    /// `By` has a part in lower case (`By Monday, officials will…`).
    static func isNameList(_ line: String) -> Bool {
        // A colon makes it a headline (`Di Maio, Salvini, Zingaretti: vertice al Quirinale`).
        guard !line.hasSuffix("."), !line.contains(":") else { return false }
        let parts = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 3, let first = parts.first else { return false }
        let name = first.split(separator: " ").dropFirst()
        guard !name.isEmpty, name.count <= 4, name.allSatisfy({ $0.first?.isUppercase ?? false }) else { return false }
        return parts.dropFirst().allSatisfy { $0.first?.isUppercase ?? false }
    }

    /// The phrases of `furniture.txt`, by how they match.
    struct Vocabulary {
        var whole: [String: DroppedBlock.Reason] = [:]
        var prefixes: [([UInt8], DroppedBlock.Reason)] = []
        var contains: [([UInt8], DroppedBlock.Reason)] = []
        var suffixes: [([UInt8], DroppedBlock.Reason)] = []
        /// Words that make a line holding `cookie` a cookie notice.
        var cookieContext: [[UInt8]] = []
        /// Words that open a numbered caption (`figure` in `Figure 1: …`).
        var numberedCaptions: [[UInt8]] = []
        /// Words that open a photo credit closing a caption (`photo` in `… Photo JPL/Nasa.`).
        var creditWords: [[UInt8]] = []
        /// A line made only of share words, with at least one share action, is a share widget.
        var shareActions: Set<String> = []
        var shareWords: Set<String> = []
        /// Words for comments: with a number, a line of them is a comment count.
        var commentWords: Set<String> = []
        /// Units of time, the words that say a time is past (`ago`, `fa`, `vor`), and the
        /// words for one (`a`, `un`, `einer`): a line of them and numbers is a relative time stamp.
        var timeUnits: Set<String> = []
        var pastWords: Set<String> = []
        var countWords: Set<String> = []
    }

    /// `Figure 1: Location and age…`, `Abb. 3 Der Turm`: a caption word, a number, then text.
    static func isNumberedCaption(_ line: UnsafeBufferPointer<UInt8>, words: [[UInt8]]) -> Bool {
        for word in words where line.count > word.count + 2 && line.starts(with: word) && line[word.count] == 0x20 {
            var i = word.count + 1
            let digits = i
            while i < line.count, line[i] >= 0x30, line[i] <= 0x39 { i += 1 }
            guard i > digits else { continue }
            if i == line.count || [0x3A, 0x2E, 0x20, 0x29].contains(line[i]) { return true }
        }
        return false
    }

    /// A line of sentences whose last is a short credit (`… une structure éphémère. Photo
    /// Ciclops/JPL/Nasa.`): a credit word and at most three more words after the last full stop.
    static func endsInCredit(_ line: Slice<UnsafeBufferPointer<UInt8>>, words: [[UInt8]]) -> Bool {
        var i = line.endIndex - 1
        while i > line.startIndex + 1, !(line[i - 1] == 0x2E && line[i] == 0x20) { i -= 1 }
        guard i > line.startIndex + 1 else { return false }
        let last = line[(i + 1)...]
        guard last.filter({ $0 == 0x20 }).count <= 3 else { return false }
        return words.contains { w in last.count > w.count && last.starts(with: w) && [0x20, 0x3A].contains(last[last.startIndex + w.count]) }
    }

    static let vocabulary: Vocabulary = {
        var v = parse(ResourceBundle.dataText("Resources/Boilerplate/furniture"))
        add(MailWords.shared, to: &v)
        return v
    }()

    /// Adds the mail words of `mail.txt`, their one list: a line opening with a header field
    /// that marks a line alone and its colon (`From:`, `Objet :`) is page furniture; a closing
    /// (`Saludos`), alone or opening the line before a comma (`Best regards, Jane`), is a byline.
    static func add(_ mail: MailWords, to v: inout Vocabulary) {
        for field in mail.lineFields.sorted() {
            v.prefixes.append((Array((field + ":").utf8), .pageFurniture))
            v.prefixes.append((Array((field + " :").utf8), .pageFurniture))
        }
        for closing in mail.closings.sorted() {
            v.whole[closing] = .byline
            v.prefixes.append((Array((closing + ",").utf8), .byline))
        }
        // Longer phrases first, as `parse` orders them.
        v.prefixes.sort { $0.0.count > $1.0.count }
    }

    /// Reads the `[reason how]` sections of the vocabulary file (a `SectionedList`).
    static func parse(_ text: String) -> Vocabulary {
        var v = Vocabulary()
        var reason: DroppedBlock.Reason?
        var how = ""
        for (name, entries) in SectionedList.sections(text) {
            guard let name else { continue }
            let parts = name.split(separator: " ")
            // A section of words (not phrases that drop a line), or of single words for the share-line rule.
            var list: WritableKeyPath<Vocabulary, [[UInt8]]>?
            var words: WritableKeyPath<Vocabulary, Set<String>>?
            switch (parts.count == 2 ? parts[0] : "", parts.count == 2 ? parts[1] : "") {
            case ("share-links", "actions"): words = \.shareActions
            case ("share-links", "words"): words = \.shareWords
            case ("comment-count", "words"): words = \.commentWords
            case ("relative-time", "units"): words = \.timeUnits
            case ("relative-time", "past"): words = \.pastWords
            case ("relative-time", "counts"): words = \.countWords
            case ("cookie-notice", "context"): list = \.cookieContext
            case ("caption", "numbered"): list = \.numberedCaptions
            case ("caption", "credit"): list = \.creditWords
            default:
                reason = parts.first.flatMap { DroppedBlock.Reason(rawValue: String($0)) }
                how = parts.count > 1 ? String(parts[1]) : ""
                precondition(reason != nil, "furniture.txt: unknown reason in [\(name)]")
            }
            for line in entries {
                read(line, into: &v, list: list, words: words, reason: reason, how: how)
            }
        }
        // Longer phrases first, so `published on` wins over `published`.
        v.prefixes.sort { $0.0.count > $1.0.count }
        return v
    }

    /// One entry of a vocabulary section: a word of a list, or a phrase that drops a line for `reason`.
    private static func read(_ line: String, into v: inout Vocabulary, list: WritableKeyPath<Vocabulary, [[UInt8]]>?,
                             words: WritableKeyPath<Vocabulary, Set<String>>?, reason: DroppedBlock.Reason?, how: String) {
        if let list { v[keyPath: list].append(Array(line.lowercased().utf8)); return }
        if let words { v[keyPath: words].insert(line.lowercased()); return }
        guard let reason else { return }
        let phrase = line.lowercased()
        switch how {
        case "suffix": v.suffixes.append((Array(phrase.utf8), reason))
        case "whole": v.whole[phrase] = reason
        case "prefix": v.prefixes.append((Array(phrase.utf8), reason))
        default: v.contains.append((Array(phrase.utf8), reason))
        }
    }

    /// The vocabulary's prefix and contains phrases, indexed by their first two bytes.
    struct Index {
        let prefixes: PhraseTable
        let contains: PhraseTable
        /// The longest whole-line phrase in UTF-8 bytes, in any normalisation form.
        let longestWhole: Int

        init(_ v: Vocabulary) {
            prefixes = PhraseTable(v.prefixes.map(\.0))
            contains = PhraseTable(v.contains.map(\.0))
            longestWhole = v.whole.keys.map { key in
                [key, key.precomposedStringWithCanonicalMapping, key.decomposedStringWithCanonicalMapping]
                    .map(\.utf8.count).max() ?? 0
            }.max() ?? 0
        }
    }

    static let index = Index(vocabulary)

    /// What separates the words of a furniture line.
    static let separators = Set(" \t|·•–—/:,()[]".unicodeScalars)
}
