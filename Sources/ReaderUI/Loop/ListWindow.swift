/// Which entries of a list show in a window of `visible` rows: the one place every list
/// (library, search hits, contents) keeps its first shown row, so that the selected entry
/// is always in view and the window is always filled while there are entries above it
/// (no empty rows under the last entry when earlier ones are scrolled out).
enum ListWindow {
    /// The first entry to show, as near `top` as those two rules allow.
    static func top(_ top: Int, selected: Int, count: Int, visible: Int) -> Int {
        let h = max(1, visible)
        var t = top
        if selected < t { t = selected }
        if selected >= t + h { t = selected - h + 1 }
        return max(0, min(t, count - h))
    }
}
