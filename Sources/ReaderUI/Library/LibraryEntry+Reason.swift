import LibraryKit

extension LibraryEntry {
    /// Why the file could not be read, without the path the loader's message opens with: the
    /// list shows the path beside it and the message names the file already
    /// (`Cannot open bin.txt: /lib/bin.txt: looks like a binary file` said it twice).
    var errorReason: String? {
        guard let error else { return nil }
        let prefix = path + ": "
        return error.hasPrefix(prefix) && error.count > prefix.count ? String(error.dropFirst(prefix.count)) : error
    }
}
