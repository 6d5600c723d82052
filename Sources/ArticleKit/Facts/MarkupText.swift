import CLibXML2

/// Facts are read from the source bytes, so in an HTML article their words carry the page's
/// markup: `&pound;4.5bn`, a claim ending in `</`. This turns such text into what the page
/// shows: tags (and a tag cut off at the end) removed, character references decoded (named
/// ones through libxml2's table), whitespace runs made one space. Spans stay on the markup.
enum MarkupText {
    static func readable(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return text }
        var out = ""
        var rest = Substring(text)
        while let c = rest.first {
            if c == "<" {
                // A tag: drop it, up to its end or, cut off, the end of the text.
                if let close = rest.firstIndex(of: ">") { rest = rest[rest.index(after: close)...] } else { rest = "" }
                out += " "
            } else if c == "&", let semi = rest.prefix(12).firstIndex(of: ";"), let scalar = character(rest[rest.index(after: rest.startIndex)..<semi]) {
                out.unicodeScalars.append(scalar)
                rest = rest[rest.index(after: semi)...]
            } else {
                out.append(c)
                rest = rest.dropFirst()
            }
        }
        return out.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// The character a reference names (`pound`, `#163`, `#xA3`), or nil.
    static func character(_ name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") { return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
        if name.hasPrefix("#") { return UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        return String(name).withCString { pointer in
            pointer.withMemoryRebound(to: xmlChar.self, capacity: name.utf8.count + 1) { htmlEntityLookup($0) }
        }.flatMap { Unicode.Scalar($0.pointee.value) }
    }

    /// Every text of `facts` made readable.
    static func readable(_ facts: Facts) -> Facts {
        func m(_ x: Mention) -> Mention { var x = x; x.text = readable(x.text); return x }
        func e(_ x: Entity) -> Entity {
            var x = x
            x.name = readable(x.name)
            x.aliases = x.aliases.map(readable)
            x.mentions = x.mentions.map(m)
            return x
        }
        var f = facts
        f.figures = f.figures.map { var x = $0; x.text = readable(x.text); x.mention = m(x.mention); return x }
        f.dates = f.dates.map { var x = $0; x.text = readable(x.text); x.mention = m(x.mention); return x }
        f.people = f.people.map(e)
        f.places = f.places.map(e)
        f.organizations = f.organizations.map(e)
        f.sources = f.sources.map { var x = $0; x.name = readable(x.name); x.claims = x.claims.map(m); return x }
        return f
    }
}
