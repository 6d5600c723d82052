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
                while let entry = readdir(dir) {
                    let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                        String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                    }
                    if name == "." || name == ".." { continue }
                    if !includeHidden, name.hasPrefix(".") { continue }
                    let named = nameFormat(name)
                    // Files whose extension names no article format need no stat.
                    if entry.pointee.d_type == UInt8(DT_REG), named.hasExtension, named.format == nil { continue }
                    var st = stat()
                    // fstatat follows symbolic links; a dangling link is reported.
                    guard fstatat(dirfd(dir), name, &st, 0) == 0 else {
                        let path = folder + "/" + name
                        if entry.pointee.d_type == UInt8(DT_LNK) {
                            problems.append(ScanProblem(path: path, message: "\(path): broken symbolic link"))
                        }
                        continue
                    }
                    let kind = st.st_mode & S_IFMT
                    let path = folder + "/" + name
                    let childKey = key + "/" + name
                    if kind == S_IFDIR {
                        if visitedFolders.insert(FileID(st)).inserted {
                            let isLink = entry.pointee.d_type == UInt8(DT_LNK)
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
            found.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
            files.append(contentsOf: found)
        }
        return Result(files: files, problems: problems)
    }

    /// Whether a file name has an extension, and the format it names.
    static func nameFormat(_ name: String) -> (hasExtension: Bool, format: DocumentFormat?) {
        let bytes = name.utf8
        guard let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != bytes.startIndex,
              bytes.index(after: dot) != bytes.endIndex else { return (false, nil) }
        let ext = String(name[name.index(after: dot)...])
        if let format = FormatSniffer.extensions[ext] { return (true, format) }
        return (true, FormatSniffer.extensions[ext.lowercased()])
    }

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
