/// Images in a Markdown file and the captions under them. A paragraph made only of images
/// (`![Il sindaco in piazza](foto.jpg)`, a row of badges, an image with an emphasised line
/// beside it: `![](map.png)` / `*Map: OpenStreetMap contributors*`) shows pictures, not text:
/// cmark gives the images' descriptions as its words, which a reader never sees as prose.
/// It is dropped as a caption, and so is a short paragraph all in emphasis right under it
/// (`*Foto: Archivio comunale*`), the way blogs caption a picture. A kramdown attribute line
/// (`{: .center}`) beside an image is markup, not text.
enum MarkdownImages {
    /// Words of an emphasised caption under an image, at most.
    static let captionMaxWords = 40

    /// How a leaf block's words are written.
    struct LeafWords {
        /// The leaf holds an image.
        var image = false
        /// Word bytes inside images, in emphasis, and elsewhere.
        var imageBytes = 0, emphasisBytes = 0, plainBytes = 0

        /// Counts the word bytes of a text node.
        mutating func add(_ bytes: ArraySlice<UInt8>, image inImage: Bool, emphasis: Bool) {
            if !inImage, MarkdownImages.isAttributeList(bytes) { return }
            var n = 0
            for b in bytes { n += Int(WordCount.wordBit(b)) }
            if inImage {
                imageBytes += n
            } else if emphasis {
                emphasisBytes += n
            } else {
                plainBytes += n
            }
        }
    }

    /// Why a paragraph is dropped: images alone (with an emphasised caption or none), or an
    /// emphasised caption right under such a paragraph (`afterImage`).
    static func caption(_ words: LeafWords, text: String, afterImage: Bool) -> DroppedBlock.Reason? {
        // Emphasised words beside an image are its caption when they are few (a paragraph in
        // italics that holds an image is text).
        if words.image, words.plainBytes == 0, words.emphasisBytes == 0 || WordCount.of(text) <= captionMaxWords { return .caption }
        if afterImage, !words.image, words.plainBytes == 0, words.emphasisBytes > 0, WordCount.of(text) <= captionMaxWords {
            return .caption
        }
        return nil
    }

    /// A kramdown inline attribute list on its own: `{: .center}`, `{:toc}`, `{::comment}`.
    static func isAttributeList<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        let a = Array(bytes)
        var i = 0, j = a.count
        while i < j, [0x20, 0x09, 0x0A, 0x0D].contains(a[i]) { i += 1 }
        while j > i, [0x20, 0x09, 0x0A, 0x0D].contains(a[j - 1]) { j -= 1 }
        return j - i >= 3 && a[i] == UInt8(ascii: "{") && a[i + 1] == UInt8(ascii: ":") && a[j - 1] == UInt8(ascii: "}")
    }
}
