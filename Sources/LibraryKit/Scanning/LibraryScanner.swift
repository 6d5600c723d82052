#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArticleKit

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
            guard stat(root, &info) == 0 else {
                problems.append(ScanProblem(path: root, message: LibraryError.notFound(path: root).description))
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
            var stack: [(String, String)] = [(trimmedSlash(root), canonical)]
            visitedFolders.insert(FileID(info))
            var found: [ScannedFile] = []
            while let (folder, key) = stack.popLast() {
                if files.count + found.count >= limit { break }
                guard let dir = opendir(folder) else {
                    let reason = String(cString: strerror(errno))
                    problems.append(ScanProblem(path: folder, message: LibraryError.unreadableFolder(path: folder, reason: reason).description))
                    continue
                }
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
                    if type == UInt8(DT_REG), named.hasExtension, named.format == nil { continue }
                    var st = stat()
                    // fstatat follows symbolic links; a dangling link is reported.
                    let statResult = fstatat(fd, namePointer, &st, 0)
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    guard statResult == 0 else {
                        let path = folder + "/" + name
                        if type == UInt8(DT_LNK) {
                            problems.append(ScanProblem(path: path, message: "\(path): broken symbolic link"))
                        }
                        continue
                    }
                    let kind = st.st_mode & S_IFMT
                    let path = folder + "/" + name
                    let childKey = key + "/" + name
                    if kind == S_IFDIR {
                        if visitedFolders.insert(FileID(st)).inserted {
                            let isLink = type == UInt8(DT_LNK)
                            subfolders.append((path, isLink ? canonicalPath(path) : childKey))
                        }
                    } else if kind == S_IFREG, files.count + found.count < limit {
                        guard !named.hasExtension || named.format != nil else { continue }
                        guard seenFiles.insert(FileID(st)).inserted else { continue }
                        found.append(ScannedFile(path: path, key: childKey, format: named.format,
                                                 size: Int(st.st_size), modified: modifiedNanoseconds(st)))
                    }
                }
                closedir(dir)
                // Reverse order so folders pop in name order.
                stack.append(contentsOf: subfolders.sorted { $0.0 > $1.0 })
            }
            found.sort { $0.path < $1.path }
            files.append(contentsOf: found)
        }
        return Result(files: files, problems: problems)
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

    /// The absolute path with symbolic links resolved, or the path itself if that fails.
    public static func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
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
