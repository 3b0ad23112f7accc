import LoupeCore

/// Resolved moments in words, for the REPL table: "Di 18. Juni 2024", "Tue 18 June 2024",
/// "KW 25 2024", "week 25 of 2024", "Sommer 2024", "18. Juni 2024, 14:30".
enum DateWords {
    static let germanMonths = [
        "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]
    static let germanDays = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    static let englishDays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let seasons: [String: (de: String, en: String)] = [
        "SP": ("Frühling", "spring"), "SU": ("Sommer", "summer"), "FA": ("Herbst", "autumn"),
        "WI": ("Winter", "winter"),
    ]
    static let parts: [String: (de: String, en: String)] = [
        "MO": ("Morgen", "morning"), "MI": ("Mittag", "noon"), "AF": ("Nachmittag", "afternoon"),
        "EV": ("Abend", "evening"), "NI": ("Nacht", "night"),
    ]

    static func describe(_ m: Moment, language: Language) -> String {
        let de = language != .english
        let month = (de ? germanMonths : englishMonths)[m.month - 1]
        let day =
            de
            ? "\((germanDays)[m.weekday - 1]) \(m.day). \(month) \(m.year)"
            : "\(englishDays[m.weekday - 1]) \(m.day) \(month) \(m.year)"
        switch m.grain {
        case .century: return de ? "\(m.year / 100 + 1). Jahrhundert" : "\(m.year / 100 + 1)th century"
        case .decade: return de ? "\(m.year)er Jahre" : "the \(m.year)s"
        case .year: return String(m.year)
        case .half: return de ? "\(m.month <= 6 ? 1 : 2). Halbjahr \(m.year)" : "H\(m.month <= 6 ? 1 : 2) \(m.year)"
        case .quarter: return de ? "\((m.month - 1) / 3 + 1). Quartal \(m.year)" : "Q\((m.month - 1) / 3 + 1) \(m.year)"
        case .season:
            let s = seasons[m.code ?? "SU"] ?? ("?", "?")
            return "\(de ? s.de : s.en) \(m.year)"
        case .month: return "\(month) \(m.year)"
        case .week, .weekend:
            let w = CivilCalendar.isoWeek(m.dayNumber)
            let prefix = m.grain == .weekend ? (de ? "Wochenende " : "weekend of ") : ""
            return de ? "\(prefix)KW \(w.week) \(w.year)" : "\(prefix)week \(w.week) of \(w.year)"
        case .day: return day
        case .partOfDay:
            let p = parts[m.code ?? ""] ?? ("", "")
            return "\(day), \(de ? p.de : p.en)"
        case .hour, .minute, .second:
            let time =
                Timex.pad(m.hour, 2) + ":" + Timex.pad(m.minute, 2)
                + (m.grain == .second ? ":" + Timex.pad(m.second, 2) : "")
            return "\(day), \(time)"
        }
    }
}
