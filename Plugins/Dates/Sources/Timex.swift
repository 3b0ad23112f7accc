/// The TIMEX3 types of the JSON contract.
public enum TimexType: String, Sendable, Codable {
    case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
}

/// How precise a resolved point in time is; also its TIMEX3 shape.
package enum Grain: Int, Comparable, Sendable {
    case second, minute, hour, partOfDay, day, weekend, week, month, season, quarter, half, year, decade, century
    package static func < (a: Grain, b: Grain) -> Bool { a.rawValue < b.rawValue }
}

/// A resolved point in time at some grain: the start of the unit it denotes, plus the code of a
/// named part (season SU, part of day EV) where the grain has one.
package struct Moment: Equatable, Sendable {
    var year: Int
    var month = 1
    var day = 1
    var hour = 0
    var minute = 0
    var second = 0
    var grain: Grain
    /// Season (SP SU FA WI) or part of day (MO MI AF EV NI) code.
    var code: String? = nil

    init(
        year: Int, month: Int = 1, day: Int = 1, hour: Int = 0, minute: Int = 0, second: Int = 0, grain: Grain,
        code: String? = nil
    ) {
        (self.year, self.month, self.day, self.hour, self.minute, self.second, self.grain, self.code) =
            (year, month, day, hour, minute, second, grain, code)
    }

    init(dayNumber: Int, grain: Grain = .day) {
        let c = CivilCalendar.civil(dayNumber)
        self.init(year: c.year, month: c.month, day: c.day, grain: grain)
    }

    var dayNumber: Int { CivilCalendar.dayNumber(year, month, day) }
    var weekday: Int { CivilCalendar.weekday(dayNumber) }

    /// Seconds since 1970-01-01T00:00 in the moment's own wall-clock time.
    var epochSeconds: Int { dayNumber * 86_400 + hour * 3_600 + minute * 60 + second }

    package init(epochSeconds s: Int, grain: Grain) {
        let days = s >= 0 ? s / 86_400 : (s - 86_399) / 86_400
        let rest = s - days * 86_400
        self.init(dayNumber: days, grain: grain)
        hour = rest / 3_600
        minute = rest % 3_600 / 60
        second = rest % 60
    }

    var type: TimexType { grain <= .partOfDay ? .time : .date }

    /// The TIMEX3 value: 2024-06-18, 2024-W25, 2024-W25-WE, 2024-06, 2024-SU, 2024-Q2, 2024-H1,
    /// 2024, 199 (decade), 19 (century), 2024-06-18TEV, 2024-06-18T14:30, 2024-06-18T14:30:05.
    package var timex: String {
        let y = Timex.pad(year, 4)
        switch grain {
        case .century: return Timex.pad(year / 100, 2)
        case .decade: return Timex.pad(year / 10, 3)
        case .year: return y
        case .half: return "\(y)-H\(month <= 6 ? 1 : 2)"
        case .quarter: return "\(y)-Q\((month - 1) / 3 + 1)"
        case .season: return "\(y)-\(code ?? "SU")"
        case .month: return "\(y)-\(Timex.pad(month, 2))"
        case .week, .weekend:
            let w = CivilCalendar.isoWeek(dayNumber)
            return "\(Timex.pad(w.year, 4))-W\(Timex.pad(w.week, 2))" + (grain == .weekend ? "-WE" : "")
        case .day: return "\(y)-\(Timex.pad(month, 2))-\(Timex.pad(day, 2))"
        case .partOfDay: return "\(y)-\(Timex.pad(month, 2))-\(Timex.pad(day, 2))T\(code ?? "DT")"
        case .hour, .minute:
            return "\(y)-\(Timex.pad(month, 2))-\(Timex.pad(day, 2))T\(Timex.pad(hour, 2)):\(Timex.pad(minute, 2))"
        case .second:
            return
                "\(y)-\(Timex.pad(month, 2))-\(Timex.pad(day, 2))T\(Timex.pad(hour, 2)):\(Timex.pad(minute, 2)):\(Timex.pad(second, 2))"
        }
    }
}

/// TIMEX3 value syntax: formatting helpers and a validator.
public enum Timex {
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }

    /// Whether `value` is a well-formed TIMEX3 `value` for `type` (TimeML 1.2.1 / ISO-TimeML):
    /// calendar dates (with X placeholders), ISO weeks, seasons, quarters, halves, decades,
    /// centuries, times of day and parts of day for DATE/TIME; `P…`/`PT…` for DURATION (X allowed
    /// as the amount); dates or durations for SET; PAST_REF, PRESENT_REF, FUTURE_REF.
    /// Checks ranges too (month 1–12, day within the month when the year and month are known).
    public static func isValid(_ value: String, type: TimexType) -> Bool {
        switch type {
        case .duration: return isDuration(value)
        case .set: return isDuration(value) || isDatePart(value)
        case .date, .time:
            if ["PAST_REF", "PRESENT_REF", "FUTURE_REF"].contains(value) { return true }
            return isDatePart(value)
        }
    }

    private static func isDuration(_ value: String) -> Bool {
        let s = Array(value.utf8)
        guard s.count >= 3, s[0] == UInt8(ascii: "P") else { return false }
        var i = 1, inTime = false, units = 0, lastUnitRank = -1
        let dateUnits: [UInt8: Int] = [89: 0, 77: 1, 87: 2, 68: 3]  // Y M W D
        let timeUnits: [UInt8: Int] = [72: 4, 77: 5, 83: 6]  // H M S
        // Decades and centuries: PXDE, P2DE, P1CE.
        while i < s.count {
            if s[i] == UInt8(ascii: "T") {
                guard !inTime, i + 1 < s.count else { return false }
                inTime = true
                i += 1
                continue
            }
            var digits = 0, dots = 0
            if s[i] == UInt8(ascii: "X") {
                digits = 1; i += 1
            } else {
                while i < s.count, (s[i] >= 48 && s[i] <= 57) || s[i] == 46 {
                    if s[i] == 46 { dots += 1 } else { digits += 1 }
                    i += 1
                }
            }
            guard digits > 0, dots <= 1, i < s.count else { return false }
            if !inTime, s[i] == UInt8(ascii: "D"), i + 1 < s.count, s[i + 1] == UInt8(ascii: "E") {
                i += 2; units += 1; lastUnitRank = 3; continue
            }
            if !inTime, s[i] == UInt8(ascii: "C"), i + 1 < s.count, s[i + 1] == UInt8(ascii: "E") {
                i += 2; units += 1; lastUnitRank = 0; continue
            }
            guard let rank = (inTime ? timeUnits : dateUnits)[s[i]], rank > lastUnitRank else { return false }
            lastUnitRank = rank
            units += 1
            i += 1
        }
        return units > 0
    }

    private static func isDatePart(_ value: String) -> Bool {
        let parts = value.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        if parts[0].isEmpty { return parts.count == 2 && isTimeOfDay(parts[1]) }  // T14:30
        guard isCalendar(parts[0]) else { return false }
        if parts.count == 1 { return true }
        guard parts[0].count == 10 else { return false }  // a time needs a full date
        return isTimeOfDay(parts[1])
    }

    private static func num(_ s: Substring, _ count: Int, allowX: Bool = true) -> Int?? {
        guard s.count == count else { return nil }
        if allowX, s.allSatisfy({ $0 == "X" }) { return .some(nil) }
        guard s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return .some(Int(s)!)
    }

    private static func isCalendar(_ v: String) -> Bool {
        let f = v.split(separator: "-", omittingEmptySubsequences: false)
        let head = f[0]
        if f.count == 1 {  // 2024, 199, 19, XXXX
            return (2...4).contains(head.count) && num(head, head.count) != nil
        }
        guard let year = num(head, 4) else { return false }
        if f.count == 2 {
            let p = f[1]
            if let month = num(p, 2) { return month.map { (1...12).contains($0) } ?? true }
            if p.first == "W", let week = num(p.dropFirst(), 2) { return week.map { (1...53).contains($0) } ?? true }
            if p.first == "Q" { return ["1", "2", "3", "4", "X"].contains(p.dropFirst()) }
            if p.first == "H" { return ["1", "2", "X"].contains(p.dropFirst()) }
            return ["SP", "SU", "FA", "WI"].contains(p)
        }
        if f.count == 3 {
            if f[1].first == "W", num(f[1].dropFirst(), 2) != nil {
                return f[2] == "WE" || (num(f[2], 1).map { $0.map { (1...7).contains($0) } ?? true } ?? false)
            }
            guard let m = num(f[1], 2), let d = num(f[2], 2) else { return false }
            if let m, !(1...12).contains(m) { return false }
            if let d {
                guard d >= 1 else { return false }
                let limit = (year != nil && m != nil) ? CivilCalendar.daysIn(month: m!, year: year!) : 31
                return d <= limit
            }
            return true
        }
        return false
    }

    private static func isTimeOfDay(_ t: String) -> Bool {
        if ["MO", "MI", "AF", "EV", "NI", "DT"].contains(t) { return true }
        let f = t.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...3).contains(f.count), let h = num(f[0], 2, allowX: false), let hour = h, hour <= 24 else {
            return false
        }
        if f.count >= 2 { guard let m = num(f[1], 2, allowX: false), let minute = m, minute < 60 else { return false } }
        if f.count == 3 { guard let s = num(f[2], 2, allowX: false), let second = s, second < 61 else { return false } }
        return true
    }
}

extension Timex {
    /// The extent of a TIMEX3 date/time value as wall-clock seconds [start, end): `2013-02` is the
    /// whole month, `2013-SU` the astronomical summer, `2013-02-12TEV` 18:00–24:00, `…T15:00` one minute.
    package static func extent(of value: String) -> (start: Int, end: Int)? {
        let parts = value.split(separator: "T", maxSplits: 1).map(String.init)
        let f = parts[0].split(separator: "-").map(String.init)
        guard let y = Int(f[0]) else { return nil }
        func day(_ d: Int) -> Int { d * 86_400 }
        var start: Int, end: Int
        switch (f.count, f.first?.count ?? 0) {
        case (1, 4): (start, end) = (day(CivilCalendar.dayNumber(y, 1, 1)), day(CivilCalendar.dayNumber(y + 1, 1, 1)))
        case (1, 3):
            (start, end) = (day(CivilCalendar.dayNumber(y * 10, 1, 1)), day(CivilCalendar.dayNumber(y * 10 + 10, 1, 1)))
        case (1, 2):
            (start, end) = (
                day(CivilCalendar.dayNumber(y * 100, 1, 1)), day(CivilCalendar.dayNumber(y * 100 + 100, 1, 1))
            )
        case (2, _):
            let p = f[1]
            if let m = Int(p) {
                let next = CivilCalendar.addMonths(y, m, 1, 1)
                (start, end) = (
                    day(CivilCalendar.dayNumber(y, m, 1)), day(CivilCalendar.dayNumber(next.year, next.month, 1))
                )
            } else if p.hasPrefix("W"), let w = Int(p.dropFirst()) {
                let monday = CivilCalendar.mondayOf(isoYear: y, week: w)
                (start, end) = (day(monday), day(monday + 7))
            } else if p.hasPrefix("Q"), let q = Int(p.dropFirst()) {
                let next = CivilCalendar.addMonths(y, (q - 1) * 3 + 1, 1, 3)
                (start, end) = (
                    day(CivilCalendar.dayNumber(y, (q - 1) * 3 + 1, 1)),
                    day(CivilCalendar.dayNumber(next.year, next.month, 1))
                )
            } else if p.hasPrefix("H"), let h = Int(p.dropFirst()) {
                (start, end) = (
                    day(CivilCalendar.dayNumber(y, h == 1 ? 1 : 7, 1)),
                    day(h == 1 ? CivilCalendar.dayNumber(y, 7, 1) : CivilCalendar.dayNumber(y + 1, 1, 1))
                )
            } else {
                let bounds: [String: (Int, Int, Int, Int, Int)] = [
                    "SP": (3, 20, 0, 6, 21), "SU": (6, 21, 0, 9, 24), "FA": (9, 24, 0, 12, 21),
                    "WI": (12, 21, 1, 3, 21),
                ]
                guard let b = bounds[p] else { return nil }
                (start, end) = (
                    day(CivilCalendar.dayNumber(y, b.0, b.1)), day(CivilCalendar.dayNumber(y + b.2, b.3, b.4))
                )
            }
        case (3, _):
            if f[1].hasPrefix("W"), let w = Int(f[1].dropFirst()) {
                let monday = CivilCalendar.mondayOf(isoYear: y, week: w)
                (start, end) =
                    f[2] == "WE"
                    ? (day(monday + 5), day(monday + 7))
                    : (day(monday + (Int(f[2]) ?? 1) - 1), day(monday + (Int(f[2]) ?? 1)))
            } else {
                guard let m = Int(f[1]), let d = Int(f[2]) else { return nil }
                (start, end) = (day(CivilCalendar.dayNumber(y, m, d)), day(CivilCalendar.dayNumber(y, m, d) + 1))
            }
        default: return nil
        }
        guard parts.count == 2 else { return (start, end) }
        let t = parts[1]
        let hours: [String: (Int, Int)] = [
            "MO": (0, 12), "MI": (11, 14), "AF": (12, 18), "EV": (18, 24), "NI": (22, 30), "DT": (8, 18),
        ]
        if let h = hours[t] { return (start + h.0 * 3_600, start + h.1 * 3_600) }
        let c = t.split(separator: ":").compactMap { Int($0) }
        guard !c.isEmpty else { return nil }
        let s = start + c[0] * 3_600 + (c.count > 1 ? c[1] * 60 : 0) + (c.count > 2 ? c[2] : 0)
        return (s, s + (c.count == 1 ? 3_600 : c.count == 2 ? 60 : 1))
    }
}
