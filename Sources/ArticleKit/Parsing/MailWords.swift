import Foundation

/// The words of e-mail and news messages kept as text, read once from
/// `Resources/Boilerplate/mail.txt`: the one list of them. `MailHeader` reads header blocks,
/// closings and dates with them; `Boilerplate` drops a header line or a closing standing alone
/// with them, in plain text, Markdown and HTML alike.
struct MailWords {
    /// Header field names that make a line a header line wherever it stands (`From: …`,
    /// `Oggetto: …`).
    var lineFields: Set<String> = []
    /// Every header field name (`lineFields` and those that only a header block makes one:
    /// `Date:`, `A:`); two or more opening a run of lines make a header block.
    var fields: Set<String> = []
    /// The fields among them that give the message's date.
    var dates: Set<String> = []
    /// The words that close a letter (`Saludos`, `Cordiali saluti`).
    var closings: Set<String> = []

    static let shared: MailWords = parse(ResourceBundle.dataText("Resources/Boilerplate/mail"))

    /// Reads the sections of `mail.txt` (a `SectionedList`).
    static func parse(_ text: String) -> MailWords {
        var words = MailWords()
        for (name, entries) in SectionedList.sections(text) {
            switch name {
            case "header fields":
                words.lineFields.formUnion(entries)
                words.fields.formUnion(entries)
            case "block fields": words.fields.formUnion(entries)
            case "date fields": words.dates = Set(entries)
            case "closings": words.closings = Set(entries)
            default: preconditionFailure("mail.txt: unknown section [\(name ?? "")]")
            }
        }
        return words
    }
}
