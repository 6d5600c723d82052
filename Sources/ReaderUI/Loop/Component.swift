/// The one shape of every screen's logic (reader, library, library search, bookmarks, help,
/// contents, and the app around them): a state value, the messages it takes and the commands
/// it gives back for its parent to act on. `update` is pure; a parent keeps each child's
/// state, wraps the child's messages in its own and turns the child's commands into its own
/// messages or commands.
public protocol Component {
    associatedtype State
    associatedtype Msg
    associatedtype Cmd
    static func update(_ state: State, _ msg: Msg) -> (State, [Cmd])
}

extension Component {
    /// `update` for a parent holding the child's state in a field: the field becomes the next
    /// state and the child's commands are returned.
    static func step(_ state: inout State, _ msg: Msg) -> [Cmd] {
        let (next, cmds) = update(state, msg)
        state = next
        return cmds
    }
}
