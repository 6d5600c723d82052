/// The one place that cuts each widget's slice from the reader's state: the renderer draws
/// these, the mouse hit-tests the tab row through `tabBar`. No widget sees `ReaderState`.
extension ReaderState {
    /// Panes have a title row unless one pane shows at a time under the tab row.
    private var panesTitled: Bool { geometry.arrangement != .narrow }

    var articlePane: ArticlePane {
        ArticlePane(document: document, layout: articleLayout, top: articleTop, search: search,
                    highlight: highlight, tableShift: tableShift, titled: panesTitled, focused: focus == .article)
    }

    var sourcePane: SourcePane {
        SourcePane(document: document, layout: sourcePanel.layout, top: sourcePanel.top, focus: focusSpan, search: search,
                   titled: panesTitled, focused: focus == .source)
    }

    var factsPane: FactsPane {
        FactsPane(list: facts.list, top: facts.top, selected: facts.selected, section: currentSection,
                  titled: panesTitled, focused: focus == .facts)
    }

    var tabBar: TabBar {
        TabBar(panes: focusablePanes, focus: focus, width: geometry.tabs?.width ?? size.width)
    }

    /// The status line; `overlay` is an overlay the app drew over the reader.
    func statusLine(overlay: OverlayMode?) -> StatusLine {
        let modeName: String
        var overlayKeys: String?
        switch mode {
        case .reading:
            modeName = overlay?.name ?? "READING"
            overlayKeys = overlay?.keys
        case .searchPrompt: modeName = "SEARCH"
        case .tableOfContents:
            modeName = "CONTENTS"
            overlayKeys = "Enter jumps · Esc closes"
        case .help:
            modeName = "HELP"
            overlayKeys = "j k scroll · Esc closes"
        }
        let section = currentSection
        return StatusLine(name: document.name, section: section, sectionCount: document.sectionCount,
                          sectionTitle: document.sectionTitle(section), percent: percent, mode: modeName,
                          prompt: mode == .searchPrompt ? prompt : nil, search: search, message: message,
                          searchesOnEnter: !searchesAsYouType, overlayKeys: overlayKeys)
    }

    func contentsOverlay(_ contents: ContentsState) -> ContentsOverlay {
        ContentsOverlay(contents: contents, document: document, facts: facts.list)
    }
}
