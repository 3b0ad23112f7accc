/// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), after
/// Howard Hinnant's `days_from_civil`. Pure integer maths: no Foundation in the hot path.
package enum CivilCalendar {
    package static func dayNumber(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(_ number: Int) -> (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    static func weekday(_ number: Int) -> Int {
        let w = (number + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// ISO 8601 week-numbering year and week of a day.
    static func isoWeek(_ number: Int) -> (year: Int, week: Int) {
        let thursday = number - weekday(number) + 4
        let year = civil(thursday).year
        let week = (thursday - dayNumber(year, 1, 1)) / 7 + 1
        return (year, week)
    }

    /// The Monday of ISO week `week` of `year`.
    static func mondayOf(isoYear year: Int, week: Int) -> Int {
        let jan4 = dayNumber(year, 1, 4)
        return jan4 - weekday(jan4) + 1 + (week - 1) * 7
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Adds months, clamping the day to the target month's length (31 Jan + 1 month = 28/29 Feb).
    static func addMonths(_ year: Int, _ month: Int, _ day: Int, _ months: Int) -> (year: Int, month: Int, day: Int) {
        let total = year * 12 + (month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return (y, m, min(day, daysIn(month: m, year: y)))
    }

    /// Western (Gregorian) Easter Sunday, anonymous Gregorian algorithm.
    static func easter(_ year: Int) -> Int {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return dayNumber(year, month, day)
    }

    /// Orthodox Easter Sunday (Julian computus, converted to the Gregorian calendar).
    static func orthodoxEaster(_ year: Int) -> Int {
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30, e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31, day = (d + e + 114) % 31 + 1
        // Julian → Gregorian: 13 days for 1900–2099.
        return dayNumber(year, month, day) + (year / 100 - year / 400 - 2)
    }

    /// The `n`-th (1-based; -1 = last) given weekday of a month.
    static func nthWeekday(_ n: Int, _ weekday: Int, month: Int, year: Int) -> Int {
        if n > 0 {
            let first = dayNumber(year, month, 1)
            return first + (weekday - self.weekday(first) + 7) % 7 + (n - 1) * 7
        }
        let last = dayNumber(year, month, daysIn(month: month, year: year))
        return last - (self.weekday(last) - weekday + 7) % 7 + (n + 1) * 7
    }
}
