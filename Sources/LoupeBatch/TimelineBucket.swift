/// Where a resolved date value goes on the corpus timeline: its month (`2024-06`) for a day, a
/// time, a month or a week — a week by its Thursday, the day ISO 8601 counts it under — and its
/// year (`2023`) for a value no finer than a year: a year, a quarter, a half or a season. Nil
/// for what has no place on the calendar (`PRESENT_REF`, `XXXX-06`, a decade `197X`).
enum TimelineBucket {
    static func of(_ value: String) -> String? {
        let parts = value.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, yearText.allSatisfy(\.isASCIIDigit),
            let year = Int(yearText)
        else { return nil }
        guard parts.count > 1 else { return String(yearText) }
        let second = parts[1]
        if second.count == 2, second.allSatisfy(\.isASCIIDigit), let month = Int(second), (1...12).contains(month) {
            return "\(yearText)-\(second)"
        }
        if second.count == 3, second.hasPrefix("W"), second.dropFirst().allSatisfy(\.isASCIIDigit),
            let week = Int(second.dropFirst()), let month = thursday(ofWeek: week, in: year)?.month
        {
            return "\(yearText)-" + (month < 10 ? "0\(month)" : "\(month)")
        }
        return String(yearText)
    }

    /// The month (1–12) and day of the Thursday of ISO week `week` of `year`; nil for a week the
    /// year does not have (W00, W53 of a 52-week year).
    static func thursday(ofWeek week: Int, in year: Int) -> (month: Int, day: Int)? {
        guard week >= 1 else { return nil }
        // 4 January is always in week 1; its Thursday is day 8 − (weekday of 4 January).
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        var remaining = 8 - isoWeekday(year: year, month: 1, day: 4) + 7 * (week - 1)
        for (index, length) in lengths.enumerated() {
            if remaining <= length { return (index + 1, remaining) }
            remaining -= length
        }
        return nil  // the Thursday falls in the next year: not a week of this one
    }

    /// Monday 1 … Sunday 7 (Sakamoto's method, proleptic Gregorian).
    static func isoWeekday(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        let sunday0 = (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
        return sunday0 == 0 ? 7 : sunday0
    }
}

private extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
