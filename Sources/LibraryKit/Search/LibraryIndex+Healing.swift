import Foundation
import GRDB
import GRDBSQLite

/// The index's database and what happened to it, shared by the threads that use the index:
/// healing replaces the database while a search or an update may hold the old one.
final class IndexStore: Sendable {
    private struct State: Sendable {
        var writer: any DatabaseWriter
        var notice: String?
        var rebuilt = false
    }

    private let state: Locked<State>

    init(_ writer: any DatabaseWriter) { state = Locked(State(writer: writer)) }

    var writer: any DatabaseWriter { state.withLock { $0.writer } }

    var notice: String? {
        get { state.withLock { $0.notice } }
        set { state.withLock { $0.notice = newValue } }
    }

    var rebuilt: Bool {
        get { state.withLock { $0.rebuilt } }
        set { state.withLock { $0.rebuilt = newValue } }
    }

    /// Replaces `failed` by `make()` unless another thread replaced it already; true when
    /// this call did.
    func replace(_ failed: any DatabaseWriter, with make: () throws -> any DatabaseWriter) throws -> Bool {
        try state.withLock { (state: inout State) throws -> Bool in
            guard state.writer === failed else { return false }
            state.writer = try make()
            return true
        }
    }
}

/// What an SQLite failure means for the index: a damaged file (rebuilt), a file that cannot
/// be written (said in words; the search reads the files instead), or anything else.
enum IndexFault: Equatable {
    case corrupt
    case cannotWrite(String)
    case other

    init(_ error: Error, path: String) {
        guard let error = error as? DatabaseError else {
            self = .other
            return
        }
        switch error.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .corrupt
        case .SQLITE_FULL: self = .cannotWrite("no space left on device")
        case .SQLITE_READONLY: self = .cannotWrite("the file or its folder is read-only")
        case .SQLITE_PERM, .SQLITE_AUTH: self = .cannotWrite("permission denied")
        case .SQLITE_CANTOPEN: self = .cannotWrite("the file cannot be opened")
        case .SQLITE_IOERR:
            // A file cut short reads short: damage, not a disk that cannot be written.
            self = error.extendedResultCode == .SQLITE_IOERR_SHORT_READ ? .corrupt : .cannotWrite("input/output error")
        default: self = .other
        }
    }

    /// The error to throw for `underlying`.
    func error(path: String, _ underlying: Error) -> LibraryIndexError {
        switch self {
        case .cannotWrite(let reason): .cannotWrite(path: path, reason: reason)
        case .corrupt: .database("the index at \(path) is damaged and could not be rebuilt")
        case .other: .database(Self.reason(underlying))
        }
    }

    /// An error in words: SQLite's message without its code, else the system's.
    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code))).lowercased()
        }
        return error.localizedDescription
    }
}

extension LibraryIndex {
    /// Runs `work` on the database; when it fails because the file is damaged (SQLite says
    /// corrupt or not a database, or a `quick_check` after another error does not pass), the
    /// file is moved aside, a new one made, a one-line notice set, and `work` runs once more.
    func healing<T>(_ work: (any DatabaseWriter) throws -> T) throws(LibraryIndexError) -> T {
        // Another thread may heal the file while this one works on it: then the work was
        // done on the file moved aside, and runs again on the new one.
        var attempts = 0
        while true {
            attempts += 1
            let writer = pool
            do {
                let result = try work(writer)
                if pool === writer || attempts >= 3 { return result }
            } catch let error as LibraryIndexError {
                throw error
            } catch {
                var fault = IndexFault(error, path: path)
                if fault == .other, pool === writer, !Self.passesQuickCheck(writer) { fault = .corrupt }
                if pool !== writer, attempts < 3 { continue }
                guard fault == .corrupt, path != ":memory:", attempts < 3 else { throw fault.error(path: path, error) }
                do {
                    try rebuild(replacing: writer)
                } catch {
                    throw IndexFault(error, path: path).error(path: path, error)
                }
            }
        }
    }

    /// Moves the damaged file aside and opens a new one in its place (once, however many
    /// threads found it damaged).
    func rebuild(replacing failed: any DatabaseWriter) throws {
        let path = self.path
        var aside: String?
        if try store.replace(failed, with: {
            aside = Self.moveAside(path, keep: true)
            return try Self.open(path)
        }) {
            store.notice = Self.damagedNotice(aside)
            store.rebuilt = true
        }
    }

    /// True unless SQLite's `quick_check` finds the file damaged (or cannot run it).
    static func passesQuickCheck(_ writer: any DatabaseWriter) -> Bool {
        (try? writer.read { db in try String.fetchOne(db, sql: "PRAGMA quick_check(1)") }) == "ok"
    }

    /// Moves a damaged index to `PATH.damaged` (replacing an older one, so that at most one
    /// is kept) and removes its WAL and shared-memory files; when `keep` is false, or the move
    /// fails, the file is removed. Returns where it went.
    @discardableResult
    static func moveAside(_ path: String, keep: Bool) -> String? {
        let aside = path + ".damaged"
        var moved: String?
        if keep {
            try? FileManager.default.removeItem(atPath: aside)
            if rename(path, aside) == 0 { moved = aside }
        }
        remove(path)
        return moved
    }

    static func damagedNotice(_ aside: String?) -> String {
        "the search index was damaged and has been rebuilt" + (aside.map { " (the damaged file is \($0))" } ?? "")
    }
}
