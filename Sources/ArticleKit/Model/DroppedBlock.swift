/// Text the parser left out of the article, kept with the reason so nothing is silently lost.
public struct DroppedBlock: Hashable, Sendable {
    /// Why a piece of text was left out.
    public enum Reason: String, Sendable, Codable, CaseIterable {
        /// The title repeated, once or several times over (a caption left by scraping).
        case repeatedTitle = "repeated-title"
        /// Share / print / social buttons turned into text.
        case shareLinks = "share-links"
        /// "Leggi anche", "Read more", "Related" links.
        case relatedLink = "related-link"
        case cookieNotice = "cookie-notice"
        case newsletter = "newsletter"
        case advertisement = "advertisement"
        /// HTML elements that are page furniture: script, style, nav, header, footer, aside, forms.
        case pageFurniture = "page-furniture"
        /// Front matter and other metadata blocks, read for metadata but not shown as text.
        case metadata = "metadata"
        /// A photo caption or credit (`Credit: …/Shutterstock.com`, a caption printed twice).
        case caption = "caption"
        /// A byline, date line, reading time or label between the title and the text.
        case byline = "byline"
        /// A copyright line (`Riproduzione riservata`, `All rights reserved`).
        case copyright = "copyright"
    }

    public var reason: Reason
    public var text: String
    public var span: SourceSpan

    public init(reason: Reason, text: String, span: SourceSpan) {
        self.reason = reason
        self.text = text
        self.span = span
    }
}
