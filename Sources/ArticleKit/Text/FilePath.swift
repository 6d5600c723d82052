#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File paths as Swift strings, byte for byte. A name that is not UTF-8 (`bad\xff.txt`, from
/// a Latin-1 system) keeps each byte that is not part of valid UTF-8 as the private-use scalar
/// U+10FF00 + byte (the end of the last plane, which nobody types), and `withCString` gives
/// the byte back: such a file can be named on the command line, listed, read and searched.
/// Shown to a person, the byte reads `\xFF` (`display`, and the reader's sanitizer).
public enum FilePath {
    static let rawBase: UInt32 = 0x10FF00

    /// The path of these bytes: UTF-8 as it is, any other byte as its private-use scalar.
    public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        if let valid = String(validating: bytes, as: UTF8.self) { return valid }
        var scalars = String.UnicodeScalarView()
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                scalars.append(Unicode.UTF8.decode(encoded))
                offset += encoded.count
            case .error(let length):
                for k in offset..<offset + length { scalars.append(Unicode.Scalar(rawBase + UInt32(bytes[k]))!) }
                offset += length
            case .emptyInput:
                return String(scalars)
            }
        }
    }

    /// The path of a C string (`argv`, `realpath`).
    public static func string(cString: UnsafePointer<CChar>) -> String {
        let length = strlen(cString)
        return cString.withMemoryRebound(to: UInt8.self, capacity: length) { string(UnsafeBufferPointer(start: $0, count: length)) }
    }

    /// The bytes of a path: each raw-byte scalar is its byte again.
    public static func bytes(_ path: String) -> [UInt8] {
        guard path.unicodeScalars.contains(where: { rawByte($0) != nil }) else { return Array(path.utf8) }
        var out: [UInt8] = []
        for scalar in path.unicodeScalars {
            if let byte = rawByte(scalar) { out.append(byte) } else { out.append(contentsOf: String(scalar).utf8) }
        }
        return out
    }

    /// Calls `body` with the path as the system's C string (the file's real bytes).
    public static func withCString<R>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        // A raw-byte scalar is F4 8F BE/BF xx in UTF-8: without an F4 byte there is none.
        if !path.utf8.contains(0xF4) { return try path.withCString(body) }
        var bytes = bytes(path).map { CChar(bitPattern: $0) }
        bytes.append(0)
        return try bytes.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The byte a raw-byte scalar stands for, else nil.
    public static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
        scalar.value >= rawBase + 0x80 && scalar.value <= rawBase + 0xFF ? UInt8(scalar.value - rawBase) : nil
    }

    /// The path for a person to read: each raw byte as `\xFF`.
    public static func display(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: { rawByte($0) != nil }) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            if let byte = rawByte(scalar) {
                out += "\\x" + String(byte, radix: 16, uppercase: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The program's arguments, each decoded byte for byte (Swift's `CommandLine.arguments`
    /// turns a byte that is not UTF-8 into U+FFFD, and the file can then not be found).
    public static func arguments() -> [String] {
        (0..<Int(CommandLine.argc)).compactMap { i in CommandLine.unsafeArgv[i].map { string(cString: $0) } }
    }

    /// True when something is at the path (links followed); `isFolder` says if it is a folder.
    public static func exists(_ path: String, isFolder: UnsafeMutablePointer<Bool>? = nil) -> Bool {
        var info = Glibc.stat()
        guard stat(path, &info) == 0 else { return false }
        isFolder?.pointee = (info.st_mode & S_IFMT) == S_IFDIR
        return true
    }

    /// `stat` of the path's bytes.
    public static func stat(_ path: String, _ info: inout Glibc.stat) -> Int32 {
        withCString(path) { systemStat($0, &info) }
    }
}

/// The system's `stat`, by a name the enum's own `stat` does not hide.
private func systemStat(_ path: UnsafePointer<CChar>, _ info: inout stat) -> Int32 {
    stat(path, &info)
}
