#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Dates for the library list, as `YYYY-MM-DD` so they sort as text: from what documents
/// write (`2024-03-12`, `2024-05-02T09:00:00Z`, `12 marzo 2024`, `March 12, 2024`,
/// `12/03/2024`) and from file times.
public enum EntryDate {
    /// The day a document's date names, or nil when it cannot be read as one.
    public static func normalize(_ text: String) -> String? {
        let s = text.trimmingCharacters(in: " \t")
        let chars = Array(s.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= chars.count else { return nil }
            var v = 0
            for i in from..<from + count {
                guard chars[i] >= 0x30, chars[i] <= 0x39 else { return nil }
                v = v * 10 + Int(chars[i] - 0x30)
            }
            return v
        }
        // 2024-03-12, 2024/03/12, 2024-03-12T…
        if let y = digits(0, 4), chars.count >= 10, chars[4] == chars[7], chars[4] == 0x2D || chars[4] == 0x2F,
           let m = digits(5, 2), let d = digits(8, 2) {
            return format(y, m, d)
        }
        // 12/03/2024 or 12.03.2024 (day first, as in Italian and British use)
        if chars.count >= 10, let d = digits(0, 2), let m = digits(3, 2), let y = digits(6, 4),
           chars[2] == chars[5], chars[2] == 0x2F || chars[2] == 0x2E || chars[2] == 0x2D {
            return format(y, m, d)
        }
        // Words: "12 marzo 2024", "March 12, 2024", "Tuesday, 12 March 2024"
        let words = s.lowercased().split { !$0.isLetter && !$0.isNumber }
        var day: Int?, month: Int?, year: Int?
        for w in words {
            if let n = Int(w) {
                if n >= 1000, year == nil { year = n } else if n >= 1, n <= 31, day == nil { day = n }
            } else if month == nil, let m = months[String(w.prefix(3))], w.count >= 3 {
                month = m
            }
        }
        if let y = year, let m = month, let d = day { return format(y, m, d) }
        return nil
    }

    private static func format(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard (1000...9999).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// Month names and their usual abbreviations in English and Italian, by first three letters.
    static let months: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
        "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9, "ott": 10, "dic": 12,
    ]

    /// The local calendar day of a file time. The zone's offset from UTC is asked of the C
    /// library once per quarter hour of time (offsets change only on quarter hours), so
    /// dating ten thousand files costs next to nothing.
    public static func day(fromNanoseconds ns: Int64) -> String {
        let seconds = ns >= 0 ? ns / 1_000_000_000 : (ns - 999_999_999) / 1_000_000_000
        let local = seconds + offsets.offset(at: seconds)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let (y, m, d) = civil(fromDays: days)
        return format(Int(y), Int(m), Int(d)) ?? "1970-01-01"
    }

    /// Year, month, day of a count of days since 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    private static let offsets = ZoneOffsets()

    /// The local zone's offset from UTC, remembered for the last quarter hour asked about.
    private final class ZoneOffsets: Sendable {
        /// The quarter hour last asked about, and the offset then.
        private let last = Locked((bucket: Int64.min, offset: Int64(0)))

        func offset(at seconds: Int64) -> Int64 {
            let quarter = seconds >= 0 ? seconds / 900 : (seconds - 899) / 900
            return last.withLock { last in
                if quarter != last.bucket {
                    var t = time_t(seconds)
                    var parts = tm()
                    localtime_r(&t, &parts)
                    last = (quarter, Int64(parts.tm_gmtoff))
                }
                return last.offset
            }
        }
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s.removeFirst() }
        while let l = s.last, set.contains(l) { s.removeLast() }
        return String(s)
    }
}
