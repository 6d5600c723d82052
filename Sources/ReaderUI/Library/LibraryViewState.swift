import LibraryKit

/// The library list as the reader sees it: the loaded list (`LibraryList`), the sort order,
/// the filter being typed, the rows it gives and the selected one. `LibraryView.update`
/// changes it; `LibraryRenderer` draws it.
public struct LibraryViewState: Sendable {
    public var list = LibraryList()
    public var sort: LibraryList.Sort = .title
    public var filter = ""
    /// True while the filter is being typed (keys go into it).
    public var isFiltering = false
    /// True when `/` reopened the prompt on a filter already set: it is shown selected, the
    /// first letter typed replaces it and Backspace edits it (as a browser's address bar).
    public var filterSelected = false

    /// The filter as messages quote it: in quotes, unless it holds its own (`"wind farm"`).
    var quotedFilter: String { filter.contains("\"") ? filter : "\"" + filter + "\"" }
    /// The sorted, filtered entries (recomputed when the list, sort or filter change).
    public private(set) var rows: [LibraryEntry] = []
    public var selected = 0
    /// True once an entry was chosen (by a key, a click, or the app for the article just
    /// read). Until then the selection stays on the first row while titles come in and the
    /// order changes under it.
    public var selectionChosen = false
    public var top = 0
    /// The entry to select once it is listed (the article last read, in an earlier session),
    /// unless an entry was chosen first.
    public var wantedKey: String?
    public var size: Size
    /// What was opened, as the user named it (shown in the title bar).
    public var rootsLabel: String
    /// A lasting notice (the sample library was opened instead of an empty folder).
    public var notice: String?
    /// A one-off line for the status bar.
    public var message: String?
    /// The help overlay, while it is open.
    public var help: HelpState?

    public init(size: Size, rootsLabel: String) {
        self.size = size
        self.rootsLabel = rootsLabel
    }

    /// Rows of the list area: the screen less the title, column header, path and status rows.
    public var listRows: Int { max(1, size.height - 4) }

    public var selectedEntry: LibraryEntry? { rows.indices.contains(selected) ? rows[selected] : nil }

    /// Recomputes the rows, keeping the selected entry selected when it is still shown.
    public mutating func refreshRows() {
        let key = selectionChosen ? selectedEntry?.key : nil
        rows = list.visible(sort: sort, filter: filter)
        if let key, let i = rows.firstIndex(where: { $0.key == key }) { selected = i }
        if !selectionChosen, let wanted = wantedKey, let i = rows.firstIndex(where: { $0.key == wanted }) {
            selected = i
            selectionChosen = true
            wantedKey = nil
        }
        clamp()
    }

    /// Selects the entry with `key` if it is shown.
    public mutating func select(key: String) {
        if let i = rows.firstIndex(where: { $0.key == key }) {
            selected = i
            selectionChosen = true
            clamp()
        }
    }

    mutating func clamp() {
        selected = max(0, min(selected, rows.count - 1))
        top = ListWindow.top(top, selected: selected, count: rows.count, visible: listRows)
    }
}
