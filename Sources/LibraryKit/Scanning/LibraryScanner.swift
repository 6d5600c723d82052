#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleKit
import Dispatch

/// Finds article files under folders: recursively, without recursion on the call stack,
/// following symbolic links but never entering a folder twice (folders are known by device
/// and inode), skipping hidden files and folders unless asked. Files are `.txt`, `.md`,
/// `.markdown`, `.html`, `.htm` (and the other extensions `FormatSniffer` knows) or have no
/// extension; a file named explicitly is always taken.
public enum LibraryScanner {
    /// The outcome of a scan: files in a stable order (by path within each root) and problems.
    public struct Result: Sendable {
        public var files: [ScannedFile]
        public var problems: [ScanProblem]
    }

    /// Scans the roots; with `limit`, stops once that many files are found.
    public static func scan(_ roots: [String], includeHidden: Bool = false, limit: Int = .max) -> Result {
        var files: [ScannedFile] = []
        var problems: [ScanProblem] = []
        var visitedFolders = Set<FileID>()
        var seenFiles = Set<FileID>()
        for root in roots {
            var info = stat()
            guard FilePath.stat(root, &info) == 0 else {
                let message = errno == ELOOP ? ArticleError.linkLoop(path: root).description : LibraryError.notFound(path: root).description
                problems.append(ScanProblem(path: root, message: message))
                continue
            }
            let canonical = canonicalPath(root)
            if (info.st_mode & S_IFMT) != S_IFDIR {
                let id = FileID(info)
                if seenFiles.insert(id).inserted {
                    files.append(ScannedFile(path: root, key: canonical, format: FormatSniffer.format(forPath: root),
                                             size: Int(info.st_size), modified: modifiedNanoseconds(info)))
                }
                continue
            }
            // Depth-first over an explicit stack of (shown path, canonical path) folders.
            // Folders and links are looked at (stat) on the way; plain files only listed, and
            // looked at afterwards, on all cores: a library of 10,000 files is 10,000 stats.
            var stack: [(String, String)] = [(trimmedSlash(root), canonical)]
            visitedFolders.insert(FileID(info))
            var folders: [String] = []
            var candidates: [Candidate] = []
            while let (folder, key) = stack.popLast() {
                if files.count + candidates.count >= limit { break }
                guard let dir = FilePath.withCString(folder, { opendir($0) }) else {
                    let reason = String(cString: strerror(errno))
                    problems.append(ScanProblem(path: folder, message: LibraryError.unreadableFolder(path: folder, reason: reason).description,
                                               isUnlistedFolder: true))
                    continue
                }
                folders.append(folder)
                var subfolders: [(String, String)] = []
                let fd = dirfd(dir)
                while let entry = readdir(dir) {
                    // The name is read in place (no copy of the dirent) and passed to fstatat as is.
                    let namePointer = UnsafeRawPointer(entry).advanced(by: direntNameOffset).assumingMemoryBound(to: CChar.self)
                    let length = strlen(namePointer)
                    let nameBytes = UnsafeRawBufferPointer(start: namePointer, count: length).bindMemory(to: UInt8.self)
                    if nameBytes.first == UInt8(ascii: ".") {
                        if length == 1 || (length == 2 && nameBytes[1] == UInt8(ascii: ".")) { continue }
                        if !includeHidden { continue }
                    }
                    let named = nameFormat(nameBytes)
                    let type = entry.pointee.d_type
                    // Files whose extension names no article format need no stat.
                    if named.hasExtension, named.format == nil, type == UInt8(DT_REG) { continue }
                    // A name that is not UTF-8 keeps its bytes (`FilePath`), to be opened again.
                    let name = FilePath.string(nameBytes)
                    // Looked at later, unless the scan stops at a count (then each must be known
                    // at once) or the name is not UTF-8 (a stat needs its own bytes).
                    if type == UInt8(DT_REG), limit == .max, name.utf8.count == length {
                        candidates.append(Candidate(folder: folders.count - 1, name: name, key: key, format: named.format))
                        continue
                    }
                    var st = stat()
                    // fstatat follows symbolic links; a dangling link is reported.
                    guard fstatat(fd, namePointer, &st, 0) == 0 else {
                        if type == UInt8(DT_LNK) {
                            let path = folder + "/" + name
                            let message = errno == ELOOP ? ArticleError.linkLoop(path: path).description : "\(path): broken symbolic link"
                            problems.append(ScanProblem(path: path, message: message))
                        }
                        continue
                    }
                    let kind = st.st_mode & S_IFMT
                    if kind == S_IFDIR {
                        if visitedFolders.insert(FileID(st)).inserted {
                            let path = folder + "/" + name
                            subfolders.append((path, type == UInt8(DT_LNK) ? canonicalPath(path) : key + "/" + name))
                        }
                    } else if kind == S_IFREG, !named.hasExtension || named.format != nil {
                        candidates.append(Candidate(folder: folders.count - 1, name: name, key: key, format: named.format, info: FileInfo(st)))
                    }
                }
                closedir(dir)
                // Reverse order so folders pop in name order.
                stack.append(contentsOf: subfolders.sorted { $0.0 > $1.0 })
            }
            for (folder, code) in lookAt(&candidates, in: folders) {
                let reason = String(cString: strerror(code))
                problems.append(ScanProblem(path: folder, message: LibraryError.unreadableFolder(path: folder, reason: reason).description,
                                               isUnlistedFolder: true))
            }
            var found: [ScannedFile] = []
            found.reserveCapacity(candidates.count)
            for candidate in candidates where files.count + found.count < limit {
                guard let info = candidate.info, seenFiles.insert(info.id).inserted else { continue }
                found.append(ScannedFile(path: folders[candidate.folder] + "/" + candidate.name, key: candidate.key + "/" + candidate.name,
                                         format: candidate.format, size: info.size, modified: info.modified))
            }
            found.sort { $0.path < $1.path }
            files.append(contentsOf: found)
        }
        return Result(files: files, problems: problems)
    }

    /// A file found in a folder (the index of its folder in the scan's list), with what a
    /// stat told of it once it has been looked at.
    struct Candidate {
        var folder: Int
        var name: String
        /// The canonical path of its folder.
        var key: String
        var format: DocumentFormat?
        var info: FileInfo?
    }

    /// What the scan keeps of a regular file's stat.
    struct FileInfo {
        var id: FileID
        var size: Int
        var modified: Int64

        init(_ st: stat) {
            id = FileID(st)
            size = Int(st.st_size)
            modified = modifiedNanoseconds(st)
        }
    }

    /// Stats the candidates not yet looked at, in runs of 1,024 spread over the cores; each run
    /// opens its folders itself. A file that vanished meanwhile is left out (`info` stays nil).
    /// Returns the folders that could not be opened again, with the error (their files are
    /// left out).
    static func lookAt(_ candidates: inout [Candidate], in folders: [String]) -> [(String, Int32)] {
        let runs = stride(from: 0, to: candidates.count, by: 1_024).map { $0..<min($0 + 1_024, candidates.count) }
        let failed = Locked([Int32?](repeating: nil, count: folders.count))
        candidates.withUnsafeMutableBufferPointer { buffer in
            nonisolated(unsafe) let all = buffer
            DispatchQueue.concurrentPerform(iterations: runs.count) { r in
                var openFolder = -1
                var fd: Int32 = -1
                for i in runs[r] where all[i].info == nil {
                    if all[i].folder != openFolder {
                        if fd >= 0 { close(fd) }
                        openFolder = all[i].folder
                        fd = FilePath.withCString(folders[openFolder]) { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
                        if fd < 0 {
                            let error = errno
                            failed.withLock { $0[openFolder] = error }
                        }
                    }
                    var st = stat()
                    if fd >= 0, FilePath.withCString(all[i].name, { fstatat(fd, $0, &st, 0) }) == 0, (st.st_mode & S_IFMT) == S_IFREG { all[i].info = FileInfo(st) }
                }
                if fd >= 0 { close(fd) }
            }
        }
        return failed.current.enumerated().compactMap { item in item.element.map { (folders[item.offset], $0) } }
    }

    /// Whether a file name has an extension, and the format it names.
    static func nameFormat(_ name: String) -> (hasExtension: Bool, format: DocumentFormat?) {
        var copy = name
        return copy.withUTF8 { nameFormat($0) }
    }

    /// Whether a file name (UTF-8) has an extension, and the format it names (any case).
    static func nameFormat(_ name: UnsafeBufferPointer<UInt8>) -> (hasExtension: Bool, format: DocumentFormat?) {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != 0, dot + 1 < name.count else { return (false, nil) }
        let length = name.count - dot - 1
        guard length <= 8 else { return (true, nil) }
        var ext: [UInt8] = []
        ext.reserveCapacity(length)
        for b in name[(dot + 1)...] { ext.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        return (true, extensionFormats[ext])
    }

    /// `FormatSniffer.extensions` keyed by lowercase bytes.
    private static let extensionFormats: [[UInt8]: DocumentFormat] = Dictionary(
        uniqueKeysWithValues: FormatSniffer.extensions.map { (Array($0.key.utf8), $0.value) })

    /// Where the name lies in a `dirent`.
    private static let direntNameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// True when the roots hold at least one article file (stops at the first one found).
    public static func containsArticles(_ roots: [String], includeHidden: Bool = false) -> Bool {
        !scan(roots, includeHidden: includeHidden, limit: 1).files.isEmpty
    }

    /// Why the folder at `path` cannot be listed (no permission to read it), or nil when it
    /// can, or is not a folder.
    public static func listingProblem(_ path: String) -> ScanProblem? {
        var info = stat()
        guard FilePath.stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return nil }
        guard let dir = FilePath.withCString(path, { opendir($0) }) else {
            let reason = String(cString: strerror(errno))
            return ScanProblem(path: path, message: LibraryError.unreadableFolder(path: path, reason: reason).description,
                               isUnlistedFolder: true)
        }
        closedir(dir)
        return nil
    }

    /// The absolute path with symbolic links resolved, or the path itself if that fails.
    public static func canonicalPath(_ path: String) -> String {
        guard let resolved = FilePath.withCString(path, { realpath($0, nil) }) else { return path }
        defer { free(resolved) }
        return FilePath.string(cString: resolved)
    }

    static func trimmedSlash(_ path: String) -> String {
        var p = path
        while p.count > 1, p.hasSuffix("/") { p.removeLast() }
        return p
    }

    static func modifiedNanoseconds(_ st: stat) -> Int64 {
        Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec)
    }

    /// A file or folder's identity: device and inode.
    struct FileID: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ st: stat) {
            device = UInt64(st.st_dev)
            inode = UInt64(st.st_ino)
        }
    }
}
