/// An overlay the app draws over the reader (the bookmark list): the mode the status line
/// names and the keys it shows while the overlay is open, given by the overlay itself.
public struct OverlayMode: Sendable, Equatable {
    public var name: String
    public var keys: String
}
