import CLibXML2

/// A node of libxml2's tree.
typealias HTMLNode = UnsafeMutablePointer<xmlNode>

/// An HTML page parsed by libxml2 with the network off, no entity loading, error reports
/// silenced and no depth limit; its elements matched, in document order, to the tags found
/// in the source so that each knows where it starts and ends in the text.
final class HTMLDocument {
    let source: SourceText
    let tags: [HTMLTag]
    private(set) var doc: htmlDocPtr?
    /// Elements in document order (pre-order), and for each its tag index (-1 when libxml2
    /// implied it) and the pre-order index one past its subtree.
    private(set) var elements: [HTMLNode] = []
    private var tagOf: [Int] = []
    private var subtreeEnd: [Int] = []
    /// The first tag index of a matched element at or after each pre-order index.
    private var nextTag: [Int] = []

    private static let setUp: Void = { xmlInitParser() }()

    init(source: SourceText) {
        _ = Self.setUp
        self.source = source
        self.tags = HTMLTagScanner.scan(source)
        guard !source.utf8.isEmpty else { return }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue | HTML_PARSE_COMPACT.rawValue)
        source.utf8.withUnsafeBufferPointer { b in
            b.baseAddress!.withMemoryRebound(to: CChar.self, capacity: b.count) { chars in
                guard let ctxt = htmlCreateMemoryParserCtxt(chars, Int32(clamping: b.count)) else { return }
                defer { htmlFreeParserCtxt(ctxt) }
                htmlCtxtUseOptions(ctxt, options)
                // The text is already UTF-8 (the declared charset was applied when decoding).
                xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8)
                // No depth limit: deeply nested pages are read whole (the walks are iterative).
                ctxt.pointee.options |= Int32(XML_PARSE_HUGE.rawValue)
                htmlParseDocument(ctxt)
                doc = ctxt.pointee.myDoc
                ctxt.pointee.myDoc = nil
            }
        }
        adoptTrailingNodes()
        matchTags()
    }

    /// Moves what libxml2 put after the root element into it. A page that closes `</html>`
    /// before its `<body>` (`</head></html><body>…`) leaves the body as a second top-level
    /// element, which a walk from the root never reached: the whole article was lost.
    private func adoptTrailingNodes() {
        guard let root else { return }
        while let next = root.pointee.next {
            xmlUnlinkNode(next)
            // xmlAddChild merges adjacent text nodes and frees the one it merges; nothing
            // refers to it yet.
            xmlAddChild(root, next)
        }
    }

    deinit {
        if let doc { xmlFreeDoc(doc) }
    }

    var root: HTMLNode? { doc.flatMap { xmlDocGetRootElement($0) } }

    /// Pre-order index of an element (stored in libxml2's application pointer).
    func index(_ node: HTMLNode) -> Int? {
        guard let p = node.pointee._private else { return nil }
        return Int(bitPattern: p) - 1
    }

    /// Matches elements to source tags: the next unused start tag of the same name that ends
    /// on the line libxml2 recorded for the element.
    private func matchTags() {
        var starts: [Int] = []
        for (i, t) in tags.enumerated() where !t.isEnd { starts.append(i) }
        var cursor = 0
        var stack: [Int] = []
        HTMLWalk.walk(from: doc.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: xmlNode.self) }, includeRoot: false) { node in
            guard node.isElement else { return false }
            let i = elements.count
            elements.append(node)
            node.pointee._private = UnsafeMutableRawPointer(bitPattern: i + 1)
            tagOf.append(-1)
            subtreeEnd.append(i + 1)
            stack.append(i)
            let name = node.name
            let line = Int(xmlGetLineNo(node))
            let lineKnown = line > 0 && line < 65535
            var k = cursor
            while k < starts.count {
                let t = tags[starts[k]]
                if lineKnown, t.line > line { break }
                if !lineKnown, k - cursor > 64 { break }
                if t.name == name, !lineKnown || t.line == line {
                    tagOf[i] = starts[k]
                    cursor = k + 1
                    break
                }
                k += 1
            }
            return true
        } exit: { node in
            guard node.isElement, let i = stack.popLast() else { return }
            subtreeEnd[i] = elements.count
        }
        nextTag = Array(repeating: tags.count, count: elements.count + 1)
        var next = tags.count
        for i in stride(from: elements.count - 1, through: 0, by: -1) {
            if tagOf[i] >= 0 { next = tagOf[i] }
            nextTag[i] = next
        }
    }

    /// Offset of the element's start tag, or nil when libxml2 implied the element.
    func startOffset(_ node: HTMLNode) -> Int? {
        guard let i = index(node), tagOf[i] >= 0 else { return nil }
        return tags[tagOf[i]].start
    }

    /// Offset just past the element's start tag.
    func contentStart(_ node: HTMLNode) -> Int? {
        guard let i = index(node), tagOf[i] >= 0 else { return nil }
        return tags[tagOf[i]].end
    }

    /// Offset just past the element: after its end tag, or, when the end tag was left out,
    /// where the next element or an enclosing element's end tag begins (blanks trimmed).
    func endOffset(_ node: HTMLNode) -> Int? { endBounds(node)?.end }

    /// Where the element's content ends (the start of its end tag, or the same as `end` when
    /// the end tag was left out) and where the element ends.
    func endBounds(_ node: HTMLNode) -> (contentEnd: Int, end: Int)? {
        guard let i = index(node), tagOf[i] >= 0 else { return nil }
        let first = tags[tagOf[i]]
        if first.selfClosing || HTMLTagScanner.voidElements.contains(first.name) { return (first.end, first.end) }
        let limit = nextTag[subtreeEnd[i]]
        var open: [String] = []
        var k = tagOf[i] + 1
        while k < limit {
            let t = tags[k]
            if !t.isEnd {
                if !t.selfClosing, !HTMLTagScanner.voidElements.contains(t.name) { open.append(t.name) }
            } else if let o = open.lastIndex(of: t.name) {
                open.removeSubrange(o...)
            } else if t.name == first.name {
                return (t.start, t.end)
            } else if node.hasAncestor(named: t.name) {
                let e = trimBack(t.start, floor: first.end)
                return (e, e)
            }
            // Else a stray end tag (`<h1>Actualités</span> &amp; …</h1>`), which libxml2 ignores.
            k += 1
        }
        let e = trimBack(limit < tags.count ? tags[limit].start : source.utf8.count, floor: first.end)
        return (e, e)
    }

    /// The offset moved back over blanks, not before `floor`.
    func trimBack(_ offset: Int, floor: Int) -> Int {
        var e = offset
        let b = source.utf8
        while e > floor, e > 0, b[e - 1] == 0x20 || b[e - 1] == 0x09 || b[e - 1] == 0x0A || b[e - 1] == 0x0D || b[e - 1] == 0x0C { e -= 1 }
        return e
    }

    /// The offset moved forward over blanks, not past `ceiling`.
    func trimForward(_ offset: Int, ceiling: Int) -> Int {
        var s = offset
        let b = source.utf8
        while s < ceiling, s < b.count, b[s] == 0x20 || b[s] == 0x09 || b[s] == 0x0A || b[s] == 0x0D || b[s] == 0x0C { s += 1 }
        return s
    }

    /// The element's span from its start tag through its end tag, when it was written.
    func span(_ node: HTMLNode) -> SourceSpan? {
        guard let s = startOffset(node), let e = endOffset(node) else { return nil }
        return source.span(start: s, end: Swift.max(s, e))
    }
}

/// Iterative walks over libxml2's tree, following parent and sibling pointers: no recursion,
/// so any depth of nesting is safe.
enum HTMLWalk {
    /// Calls `enter` for each node in document order below `start` (and `start` itself when
    /// `includeRoot`); when it returns false the node's children are skipped. `exit` follows
    /// each entered node's subtree.
    static func walk(from start: HTMLNode?, includeRoot: Bool, enter: (HTMLNode) -> Bool, exit: (HTMLNode) -> Void = { _ in }) {
        guard let start else { return }
        if includeRoot, !enter(start) {
            exit(start)
            return
        }
        var node = start.pointee.children
        while let n = node {
            if enter(n), let child = n.pointee.children {
                node = child
                continue
            }
            exit(n)
            var current = n
            node = nil
            while true {
                if let next = current.pointee.next {
                    node = next
                    break
                }
                guard let parent = current.pointee.parent, parent != start else { break }
                exit(parent)
                current = parent
            }
        }
        if includeRoot { exit(start) }
    }

    /// The concatenated text below a node (character references already decoded), skipping
    /// elements for which `skip` is true.
    static func text(of node: HTMLNode, skip: (HTMLNode) -> Bool = { _ in false }) -> String {
        var bytes: [UInt8] = []
        walk(from: node, includeRoot: false) { n in
            if n.isText { n.appendContent(to: &bytes); return false }
            guard n.isElement, !skip(n) else { return false }
            // Block elements and line breaks separate words.
            if HTMLContentWalk.blockElements.contains(n.name) || n.name == "br" || n.name == "button" { bytes.append(0x20) }
            return true
        } exit: { n in
            if n.isElement, HTMLContentWalk.blockElements.contains(n.name) || n.name == "button" { bytes.append(0x20) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension UnsafeMutablePointer where Pointee == xmlNode {
    var isElement: Bool { pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointee.type == XML_TEXT_NODE || pointee.type == XML_CDATA_SECTION_NODE }

    /// The element's name, lowercase as libxml2's HTML parser gives it.
    var name: String {
        guard let n = pointee.name else { return "" }
        return String(cString: n)
    }

    /// Appends a text node's content.
    func appendContent(to bytes: inout [UInt8]) {
        guard var p = pointee.content else { return }
        while p.pointee != 0 {
            bytes.append(p.pointee)
            p += 1
        }
    }

    /// An attribute's value, read from the attribute's text children (no allocation by libxml2).
    func attribute(_ wanted: String) -> String? {
        var attr = pointee.properties
        while let a = attr {
            if let n = a.pointee.name, String(cString: n).lowercased() == wanted {
                var bytes: [UInt8] = []
                var child = a.pointee.children
                while let c = child {
                    c.appendContent(to: &bytes)
                    child = c.pointee.next
                }
                return String(decoding: bytes, as: UTF8.self)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// True when an element enclosing this one has the name: its end tag closes this one too.
    func hasAncestor(named wanted: String) -> Bool {
        var n = pointee.parent
        while let cur = n, cur.isElement {
            if cur.name == wanted { return true }
            n = cur.pointee.parent
        }
        return false
    }

    /// True when `ancestor` is this node or one of its ancestors.
    func isInside(_ ancestor: HTMLNode) -> Bool {
        var n: HTMLNode? = self
        while let cur = n {
            if cur == ancestor { return true }
            n = cur.pointee.parent
        }
        return false
    }
}
