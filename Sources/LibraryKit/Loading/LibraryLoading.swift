import ArticleKit
import Foundation

/// A library being opened on a background thread, for run loops that are not async (a
/// curses loop): updates arrive through the callback, one at a time, on that thread;
/// `cancel()` stops the reading between two files.
public final class LibraryLoading: Sendable {
    private struct Flags {
        var cancelled = false
        var finished = false
    }

    private let flags = Locked(Flags())

    /// True once `cancel()` was called.
    public var isCancelled: Bool { flags.withLock { $0.cancelled } }

    /// True once the loader reported `finished`.
    public var isFinished: Bool { flags.withLock { $0.finished } }

    public func cancel() {
        flags.withLock { $0.cancelled = true }
    }

    fileprivate func markFinished() {
        flags.withLock { $0.finished = true }
    }
}

extension LibraryLoader {
    /// Starts opening the library on a background thread and returns at once.
    public static func start(
        _ roots: [String], options: LibraryOptions = LibraryOptions(),
        onUpdate: @escaping @Sendable (LibraryUpdate) -> Void
    ) -> LibraryLoading {
        let loading = LibraryLoading()
        let thread = Thread {
            load(roots, options: options, isCancelled: { loading.isCancelled }, onUpdate: onUpdate)
            loading.markFinished()
        }
        thread.name = "leggio library loader"
        thread.start()
        return loading
    }

    /// The folders to open for the paths given on the command line: the paths themselves (the
    /// current folder when none), or the sample library when they hold no article at all (and
    /// every folder in them could be listed).
    /// `isSampleLibrary` tells the caller to say so.
    public static func roots(for paths: [String], includeHidden: Bool = false, samples: String?) -> (roots: [String], isSampleLibrary: Bool) {
        let roots = paths.isEmpty ? ["."] : paths
        let scan = LibraryScanner.scan(roots, includeHidden: includeHidden, limit: 1)
        if !scan.files.isEmpty { return (roots, false) }
        // Paths that do not exist are the user's mistake, and folders that cannot be listed
        // may hold articles: both are reported as such, not replaced.
        let allExist = roots.allSatisfy { FilePath.exists($0) }
        if allExist, !scan.problems.contains(where: \.isUnlistedFolder), let samples { return ([samples], true) }
        return (roots, false)
    }
}
