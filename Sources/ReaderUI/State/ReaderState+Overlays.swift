/// The overlays the reader opens over the article, each a component of its own: the table
/// of contents and the help. Their messages go through here and their commands come back.
extension ReaderState {
    mutating func contents(_ msg: Contents.Msg, _ state: ContentsState) {
        let (next, cmds) = Contents.update(state, msg)
        mode = .tableOfContents(next)
        for cmd in cmds {
            switch cmd {
            case .close:
                mode = .reading
            case .goTo(let section):
                mode = .reading
                goToSection(section)
            }
        }
    }

    mutating func help(_ msg: Help.Msg, _ state: HelpState) {
        let (next, cmds) = Help.update(state, msg)
        mode = cmds.contains(.close) ? .reading : .help(next)
    }
}
