/// What each reading-mode key does (`KeyMap.reading`): the actions the reader performs
/// itself; the app's keys (`.app`, `q`/`Q`) are handed up by `Reader.update` untouched.
extension ReaderState {
    mutating func perform(_ action: Action, _ cmds: inout [ReaderCmd]) {
        let page = max(1, rows(of: focus) - 1)
        switch action {
        case .lineDown: scroll(focus, by: 1)
        case .lineUp: scroll(focus, by: -1)
        case .pageDown: scroll(focus, by: page)
        case .pageUp: scroll(focus, by: -page)
        case .halfPageDown: scroll(focus, by: max(1, page / 2))
        case .halfPageUp: scroll(focus, by: -max(1, page / 2))
        case .top: scroll(focus, by: Int.min / 2)
        case .bottom: scroll(focus, by: Int.max / 2)
        case .tableLeft: shiftTable(by: -1)
        case .tableRight: shiftTable(by: 1)
        case .nextSection: goToSection(currentSection + 1)
        case .previousSection:
            let cur = currentSection
            let start = cur < articleLayout.sectionFirstLine.count ? articleLayout.sectionFirstLine[cur] : 0
            goToSection(articleTop > start ? cur : cur - 1)
        case .section(let n):
            if n <= document.sectionCount { goToSection(n - 1) } else { message = "There is no section \(n) (\(TextFit.counted(document.sectionCount, "section")))" }
        case .tableOfContents:
            guard document.sectionCount > 0 else { message = "This article has no sections"; return }
            mode = .tableOfContents(ContentsState(entries: document.sectionCount, current: currentSection, size: size))
        case .search:
            mode = .searchPrompt
            prompt = ""
            if searchIndex == nil { searchIndex = SearchIndex(texts: document.blocks.map(\.text)) }
        case .nextMatch: stepMatch(1)
        case .previousMatch: stepMatch(-1)
        case .help:
            mode = .help(HelpState(lines: HelpOverlay.lines().count, size: size))
        case .toggleFacts:
            returnFocus = nil
            showFacts.toggle()
            if !showFacts, focus == .facts { focus = .article }
            if showFacts, geometry.arrangement == .narrow { focus = .facts }
            refit()
            syncSource()
        case .toggleSource:
            returnFocus = nil
            showSource.toggle()
            if !showSource, focus == .source { focus = .article }
            if showSource, geometry.arrangement == .narrow { focus = .source }
            refit()
            syncSource()
        case .focusNext: cycleFocus(1)
        case .focusPrevious: cycleFocus(-1)
        case .activate:
            if focus == .facts { goToMentionInView() }
        case .cancel:
            if let back = returnFocus, focus == .article {
                // Back to the list of facts the jump came from, the mention still highlighted.
                returnFocus = nil
                focus = back
                refit()
                return
            }
            search = nil
            highlight = nil
            syncSource()
        case .redraw:
            cmds.append(.fullRedraw)
        case .nextTheme:
            // The themes belong to the app: every view steps through the same ones.
            cmds.append(.nextTheme)
        case .app(let a):
            // Handed up by `Reader.update` before it gets here; kept for completeness.
            cmds.append(.app(a))
        case .quit:
            cmds.append(.quit)
        case .delete, .clearLine:
            break
        }
    }
}
