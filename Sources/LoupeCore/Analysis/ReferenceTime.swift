import Foundation

/// The moment relative expressions ("gestern", "next Tuesday") are resolved against: an
/// ISO 8601 date (`2024-06-18`) or date-time with optional offset (`2013-02-12T04:30:00-02:00`).
public struct ReferenceTime: Sendable, Hashable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Time of day when given; nil for a plain date.
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// Offset from UTC in seconds when given (`Z` is 0).
    public var utcOffset: Int?

    public init(
        year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil, utcOffset: Int? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.utcOffset = utcOffset
    }

    /// Today's date in the local time zone.
    public static func today() -> ReferenceTime {
        // localtime_r rather than Calendar: it spares every process loading ICU's data.
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return ReferenceTime(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
    }

    /// What a user may type for a reference date: ISO 8601 (below), or a German date as news writes
    /// it, `18.06.2024` / `18.6.2024`, optionally with a clock time (`18.06.2024 14:30`).
    public init?(userInput text: String) {
        if let iso = ReferenceTime(iso: text) { self = iso; return }
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        guard (1...2).contains(parts.count) else { return nil }
        let date = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard date.count == 3, date[0].count <= 2, date[1].count <= 2, date[2].count == 4,
            let d = Int(date[0]), let m = Int(date[1]), let y = Int(date[2])
        else { return nil }
        var iso = String(format: "%04d-%02d-%02d", y, m, d)
        if parts.count == 2 {
            let clock = parts[1].split(separator: ":")
            guard clock.count == 2, let h = Int(clock[0]), let mi = Int(clock[1]) else { return nil }
            iso += String(format: "T%02d:%02d", h, mi)
        }
        guard let parsed = ReferenceTime(iso: iso) else { return nil }
        self = parsed
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `THH:MM[:SS][.fff]` and `Z` or `±HH[:]MM`.
    /// Returns nil for anything else, including impossible dates (2024-02-30).
    public init?(iso text: String) {
        let s = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= s.count else { return nil }
            var value = 0
            for b in s[from..<from + count] {
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int(b - 48)
            }
            return value
        }
        guard s.count >= 10, let y = digits(0, 4), s[4] == 45, let m = digits(5, 2), s[7] == 45, let d = digits(8, 2),
            (1...12).contains(m), d >= 1, d <= ReferenceTime.daysIn(month: m, year: y)
        else { return nil }
        self.init(year: y, month: m, day: d)
        var i = 10
        guard i < s.count else { return }
        guard s[i] == UInt8(ascii: "T") || s[i] == UInt8(ascii: " "), let h = digits(i + 1, 2), s.count > i + 3,
            s[i + 3] == 58, let mi = digits(i + 4, 2), h < 24, mi < 60
        else { return nil }
        hour = h
        minute = mi
        i += 6
        if i < s.count, s[i] == 58 {
            guard let sec = digits(i + 1, 2), sec < 61 else { return nil }
            second = sec
            i += 3
            if i < s.count, s[i] == UInt8(ascii: ".") {
                i += 1
                while i < s.count, s[i] >= 48, s[i] <= 57 { i += 1 }
            }
        }
        guard i < s.count else { return }
        if s[i] == UInt8(ascii: "Z"), i + 1 == s.count {
            utcOffset = 0
            return
        }
        guard s[i] == 43 || s[i] == 45, let oh = digits(i + 1, 2) else { return nil }
        var j = i + 3
        if j < s.count, s[j] == 58 { j += 1 }
        guard let om = digits(j, 2), j + 2 == s.count, oh < 24, om < 60 else { return nil }
        utcOffset = (s[i] == 45 ? -1 : 1) * (oh * 3600 + om * 60)
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// `YYYY-MM-DD`.
    public var dateString: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

    /// The ISO 8601 form, as precise as it was given.
    public var description: String {
        guard let hour, let minute else { return dateString }
        var s = dateString + "T\(Self.pad(hour, 2)):\(Self.pad(minute, 2))"
        if let second { s += ":\(Self.pad(second, 2))" }
        if let utcOffset {
            if utcOffset == 0 {
                s += "Z"
            } else {
                let a = abs(utcOffset)
                s += (utcOffset < 0 ? "-" : "+") + Self.pad(a / 3600, 2) + ":" + Self.pad(a % 3600 / 60, 2)
            }
        }
        return s
    }
}
