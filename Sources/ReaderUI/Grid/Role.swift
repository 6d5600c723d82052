/// What a cell shows, by meaning rather than by colour. A `Theme` turns a role into colours
/// and attributes; golden files record roles, so tests do not depend on a palette.
public enum Role: UInt8, CaseIterable, Sendable {
    case text
    case title
    case lede
    case heading
    case quote
    case code
    case marker
    case control
    case paneTitle
    case paneTitleFocused
    case border
    case status
    case statusAccent
    case lineNumber
    case source
    case sourceFocus
    case dropped
    case droppedLabel
    case searchHit
    case currentHit
    case factFocus
    case selection
    case groupHeader
    case factMark
    case overlay
    case overlayTitle
    case notice
    case prompt
    /// Headings one and two levels below the article's top heading level.
    case heading2
    case heading3
    /// The border of what has focus: an open overlay.
    case borderFocused
    /// A fact in the sidebar, by its kind.
    case factFigure
    case factDate
    case factPerson
    case factPlace
    case factOrganisation
    case factSource

    /// One character naming the role in golden files.
    public var code: Character {
        switch self {
        case .text: "."
        case .title: "T"
        case .lede: "L"
        case .heading: "H"
        case .quote: "Q"
        case .code: "C"
        case .marker: "m"
        case .control: "^"
        case .paneTitle: "p"
        case .paneTitleFocused: "P"
        case .border: "|"
        case .status: "s"
        case .statusAccent: "S"
        case .lineNumber: "n"
        case .source: "o"
        case .sourceFocus: "O"
        case .dropped: "d"
        case .droppedLabel: "D"
        case .searchHit: "h"
        case .currentHit: "!"
        case .factFocus: "F"
        case .selection: "#"
        case .groupHeader: "G"
        case .factMark: "*"
        case .overlay: "v"
        case .overlayTitle: "V"
        case .notice: "N"
        case .prompt: "?"
        case .heading2: "2"
        case .heading3: "3"
        case .borderFocused: "B"
        case .factFigure: "%"
        case .factDate: "@"
        case .factPerson: "a"
        case .factPlace: "l"
        case .factOrganisation: "g"
        case .factSource: "c"
        }
    }
}
