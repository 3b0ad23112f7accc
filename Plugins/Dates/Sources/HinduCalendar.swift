import Foundation

/// The Hindu lunisolar (amānta) calendar, computed from the positions of the Sun and the Moon,
/// and the feasts defined on it: a lunar month and a tithi, observed on the civil day (IST) on
/// which the tithi prevails at a given time of day.
///
/// Astronomy after Meeus, "Astronomical Algorithms": the Sun's apparent longitude from its mean
/// longitude and equation of centre (ch. 25, ~0.01°), the Moon's longitude from the main periodic
/// terms of table 47.A (~0.01°). Times are days since 1970-01-01 00:00 UTC (`Double`).
///
/// - tithi = ⌊((λ☾ − λ☉) mod 360°) / 12°⌋ + 1: 1–15 śukla pakṣa (15 = pūrṇimā), 16–30 kṛṣṇa
///   pakṣa (30 = amāvasyā).
/// - Amānta months run new moon to new moon and are named by the sidereal sign (Lahiri
///   ayanāṃśa) of the Sun at the new moon that begins them: Mīna → Caitra (1), Meṣa → Vaiśākha (2),
///   …, Kumbha → Phālguna (12). When the Sun is still in the same sign at the next new moon the
///   month is adhika (leap); feasts fall in the nija (regular) month that follows.
/// - Pūrṇimānta names of kṛṣṇa-pakṣa feasts (Kārtika kṛṣṇa amāvasyā = Diwali) are given here by
///   their amānta month (Āśvina), one month earlier.
/// - Times of day are computed for New Delhi: sunrise, sunset and the parts of the day between.
enum HinduCalendar {
    /// The part of the day at which a feast's tithi must prevail.
    enum TimeOfDay: Sendable, Hashable {
        /// Sunrise (udaya tithi): most feasts.
        case sunrise
        /// Pūrvāhna, the morning (saṅgava, a fifth … two fifths of the daytime).
        case morning
        /// Madhyāhna, midday (solar noon).
        case midday
        /// Aparāhna, the afternoon, from its beginning (three fifths of the daytime).
        case afternoon
        /// Pradoṣa, the evening (sunset to 2 h 24 min after).
        case evening
        /// About moonrise on kṛṣṇa caturthī (three hours after sunset).
        case moonrise
        /// Niśītha, midnight (solar midnight after the day's sunset).
        case midnight
        /// Holika Dahan: pūrṇimā in pradoṣa free of bhadrā (viṣṭi, the tithi's first half); else
        /// the next day when pūrṇimā lasts three praharas after its sunrise; else the evening of
        /// the day whose pradoṣa has pūrṇimā (Nirṇaya Sindhu, simplified).
        case holika
    }

    /// A feast: amānta month (1 = Caitra … 12 = Phālguna), tithi (1–30), the time at which the
    /// tithi prevails, and an offset in days from that day (Holi is the day after Holika Dahan).
    /// `later`: when the tithi prevails at that time on two days, the second (Vijayadaśamī).
    struct Feast: Sendable, Hashable {
        var month: Int
        var tithi: Int
        var at: TimeOfDay = .sunrise
        var offset = 0
        var later = false
    }

    // MARK: - Observer (New Delhi) and time scale

    static let latitude = 28.6139
    static let longitude = 77.2090
    /// IST = UTC + 5:30.
    static let istOffset = 5.5 / 24
    /// ΔT = TT − UT, about 69 s in 2000–2025; a minute either way changes no tithi boundary by much.
    static let deltaT = 69.0 / 86_400

    static func julianDay(_ t: Double) -> Double { t + 2_440_587.5 }

    /// Julian centuries of TT since J2000.0 for a UT time.
    static func centuries(_ t: Double) -> Double { (julianDay(t + deltaT) - 2_451_545.0) / 36_525 }

    static func normalised(_ x: Double) -> Double {
        let r = x.truncatingRemainder(dividingBy: 360)
        return r < 0 ? r + 360 : r
    }

    static func rad(_ d: Double) -> Double { d * .pi / 180 }

    // MARK: - Sun

    /// The Sun's apparent geocentric longitude (tropical, degrees), Meeus ch. 25.
    static func sunLongitude(_ t: Double) -> Double {
        let T = centuries(t)
        let l0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T
        let m = rad(357.52911 + 35999.05029 * T - 0.0001537 * T * T)
        let c =
            (1.914602 - 0.004817 * T - 0.000014 * T * T) * sin(m) + (0.019993 - 0.000101 * T) * sin(2 * m) + 0.000289
            * sin(3 * m)
        let omega = rad(125.04 - 1934.136 * T)
        return normalised(l0 + c - 0.00569 - 0.00478 * sin(omega))
    }

    /// Sunrise and sunset (UT, days since the epoch) at New Delhi on civil day `day` (IST), with
    /// the standard altitude −0.833°.
    static func sunriseSunset(_ day: Int) -> (rise: Double, set: Double) {
        // Local noon is about 06:50 UT; iterate once on the Sun's position there.
        var noon = Double(day) + 0.5 - longitude / 360
        var h0 = 90.0
        for _ in 0..<2 {
            let T = centuries(noon)
            let lambda = rad(sunLongitude(noon))
            let eps = rad(23.439291 - 0.0130042 * T)
            let alpha = atan2(cos(eps) * sin(lambda), cos(lambda))
            let delta = asin(sin(eps) * sin(lambda))
            let l0 = normalised(280.46646 + 36000.76983 * T)
            var eot = l0 - 0.0057183 - normalised(alpha * 180 / .pi)  // degrees
            eot = eot - 360 * (eot / 360).rounded()
            noon = Double(day) + 0.5 - longitude / 360 - eot / 360
            let phi = rad(latitude)
            let cosH = (sin(rad(-0.833)) - sin(phi) * sin(delta)) / (cos(phi) * cos(delta))
            h0 = acos(max(-1, min(1, cosH))) * 180 / .pi
        }
        return (noon - h0 / 360, noon + h0 / 360)
    }

    /// The UT span (`from` … `to`, equal for an instant) of a part of civil day `day` (IST) at New Delhi.
    static func window(_ at: TimeOfDay, day: Int) -> (from: Double, to: Double) {
        let (rise, set) = sunriseSunset(day)
        let length = set - rise
        switch at {
        case .sunrise: return (rise, rise)
        case .morning: return (rise + 0.2 * length, rise + 0.4 * length)
        case .midday: return ((rise + set) / 2, (rise + set) / 2)
        case .afternoon: return (rise + 0.6 * length, rise + 0.6 * length)
        case .evening, .holika: return (set, set + 0.1)
        case .moonrise: return (set + 3.0 / 24, set + 3.0 / 24)
        case .midnight: return ((rise + set) / 2 + 0.5, (rise + set) / 2 + 0.5)
        }
    }

    /// Whether a tithi from `begin` to `end` prevails at (some of) a part of day `day`.
    static func prevails(_ at: TimeOfDay, day: Int, begin: Double, end: Double) -> Bool {
        let w = window(at, day: day)
        return w.from < end && w.to >= begin
    }

    // MARK: - Moon

    /// D, M, M′, F multiples and the coefficient (10⁻⁶ degrees) of the Moon's longitude, the
    /// largest terms of Meeus table 47.A.
    private static let moonTerms: [(Double, Double, Double, Double, Double)] = [
        (0, 0, 1, 0, 6_288_774), (2, 0, -1, 0, 1_274_027), (2, 0, 0, 0, 658_314), (0, 0, 2, 0, 213_618),
        (0, 1, 0, 0, -185_116), (0, 0, 0, 2, -114_332), (2, 0, -2, 0, 58793), (2, -1, -1, 0, 57066),
        (2, 0, 1, 0, 53322), (2, -1, 0, 0, 45758), (0, 1, -1, 0, -40923), (1, 0, 0, 0, -34720),
        (0, 1, 1, 0, -30383), (2, 0, 0, -2, 15327), (0, 0, 1, 2, -12528), (0, 0, 1, -2, 10980),
        (4, 0, -1, 0, 10675), (0, 0, 3, 0, 10034), (4, 0, -2, 0, 8548), (2, 1, -1, 0, -7888),
        (2, 1, 0, 0, -6766), (1, 0, -1, 0, -5163), (1, 1, 0, 0, 4987), (2, -1, 1, 0, 4036),
        (2, 0, 2, 0, 3994), (4, 0, 0, 0, 3861), (2, 0, -3, 0, 3665), (0, 1, -2, 0, -2689),
        (2, 0, -1, 2, -2602), (2, -1, -2, 0, 2390), (1, 0, 1, 0, -2348), (2, -2, 0, 0, 2236),
        (0, 1, 2, 0, -2120), (0, 2, 0, 0, -2069), (2, -2, -1, 0, 2048), (2, 0, 1, -2, -1773),
        (2, 0, 0, 2, -1595), (4, -1, -1, 0, 1215), (0, 0, 2, 2, -1110), (3, 0, -1, 0, -892),
        (2, 1, 1, 0, -810), (4, -1, -2, 0, 759), (0, 2, -1, 0, -713), (2, 2, -1, 0, -700),
        (2, 1, -2, 0, 691), (2, -1, 0, -2, 596), (4, 0, 1, 0, 549), (0, 0, 4, 0, 537),
        (4, -1, 0, 0, 520), (1, 0, -2, 0, -487),
    ]

    /// The Moon's geocentric longitude (degrees, with the same nutation-free frame as the Sun's,
    /// which the elongation does not feel), Meeus ch. 47.
    static func moonLongitude(_ t: Double) -> Double {
        let T = centuries(t)
        let T2 = T * T, T3 = T2 * T, T4 = T3 * T
        let lp = 218.3164477 + 481267.88123421 * T - 0.0015786 * T2 + T3 / 538_841 - T4 / 65_194_000
        let d = rad(297.8501921 + 445267.1114034 * T - 0.0018819 * T2 + T3 / 545_868 - T4 / 113_065_000)
        let m = rad(357.5291092 + 35999.0502909 * T - 0.0001536 * T2 + T3 / 24_490_000)
        let mp = rad(134.9633964 + 477198.8675055 * T + 0.0087414 * T2 + T3 / 69699 - T4 / 14_712_000)
        let f = rad(93.2720950 + 483202.0175233 * T - 0.0036539 * T2 - T3 / 3_526_000 + T4 / 863_310_000)
        let e = 1 - 0.002516 * T - 0.0000074 * T2
        var sum = 0.0
        for (cd, cm, cmp, cf, coefficient) in moonTerms {
            let eFactor = cm == 0 ? 1 : (abs(cm) == 1 ? e : e * e)
            sum += coefficient * eFactor * sin(cd * d + cm * m + cmp * mp + cf * f)
        }
        let a1 = rad(119.75 + 131.849 * T), a2 = rad(53.09 + 479264.290 * T)
        sum += 3958 * sin(a1) + 1962 * sin(rad(lp) - f) + 318 * sin(a2)
        return normalised(lp + sum / 1_000_000)
    }

    // MARK: - Tithis and new moons

    /// The Moon's elongation from the Sun, 0–360°.
    static func elongation(_ t: Double) -> Double { normalised(moonLongitude(t) - sunLongitude(t)) }

    /// The tithi (1–30) at an instant.
    static func tithi(_ t: Double) -> Int { Int(elongation(t) / 12) + 1 }

    static let synodicMonth = 29.530588853

    /// The instant nearest `guess` (within half a lunation) at which the elongation is `target` degrees.
    static func time(ofElongation target: Double, near guess: Double) -> Double {
        var t = guess
        for _ in 0..<20 {
            var delta = elongation(t) - target
            delta -= 360 * (delta / 360).rounded()  // −180 … 180
            let step = delta / (360 / synodicMonth)
            t -= step
            if abs(step) < 1e-6 { break }
        }
        return t
    }

    /// The new moon nearest `guess` (within half a lunation).
    static func newMoon(near guess: Double) -> Double { time(ofElongation: 0, near: guess) }

    /// Lahiri ayanāṃśa (degrees) at an instant.
    static func ayanamsa(_ t: Double) -> Double { 23.85 + 0.013969 * ((t - 10_957.5) / 365.2425) }

    /// The sidereal sign of the Sun: 0 = Meṣa … 11 = Mīna.
    static func sunSign(_ t: Double) -> Int { Int(normalised(sunLongitude(t) - ayanamsa(t)) / 30) }

    /// A lunation: the new moon that begins it, the next one, its amānta month and whether it is adhika.
    struct Month: Sendable {
        var start: Double
        var end: Double
        var month: Int
        var adhika: Bool
    }

    /// The lunations in progress at `from` or beginning up to `to` (days since the epoch).
    static func months(from: Int, to: Int) -> [Month] {
        var starts: [Double] = []
        var t = newMoon(near: Double(from))
        if t < Double(from) - 15 { t = newMoon(near: t + synodicMonth) }
        while t <= Double(to) + synodicMonth + 1 {
            starts.append(t)
            t = newMoon(near: t + synodicMonth)
        }
        var result: [Month] = []
        for i in 0..<max(0, starts.count - 1) where starts[i] <= Double(to) {
            let sign = sunSign(starts[i])
            let next = sunSign(starts[i + 1])
            result.append(Month(start: starts[i], end: starts[i + 1], month: (sign + 1) % 12 + 1, adhika: sign == next))
        }
        return result
    }

    /// The IST civil day of a UT instant.
    static func civilDay(_ t: Double) -> Int { Int((t + istOffset).rounded(.down)) }

    /// The civil day on which `feast`'s tithi prevails in the lunation `month`: the first (or with
    /// `later` the last) day whose chosen part of the day meets the tithi; when none does, the day
    /// with the tithi at sunrise; when none has (a kṣaya tithi), the day on which it begins.
    static func day(of feast: Feast, in month: Month) -> Int {
        let (begin, end) = span(of: feast.tithi, in: month)
        let days = Array((civilDay(begin) - 1)...(civilDay(end) + 1))
        if feast.at == .holika { return holikaDay(begin: begin, end: end, days: days) + feast.offset }
        let hits = days.filter { prevails(feast.at, day: $0, begin: begin, end: end) }
        if let d = feast.later ? hits.last : hits.first { return d + feast.offset }
        if let d = days.first(where: { prevails(.sunrise, day: $0, begin: begin, end: end) }) {
            return d + feast.offset
        }
        return civilDay(begin) + feast.offset
    }

    /// The beginning and end (UT) of tithi `tithi` in a lunation.
    static func span(of tithi: Int, in month: Month) -> (begin: Double, end: Double) {
        let mean = (month.end - month.start) / 30
        let begin =
            tithi == 1
            ? month.start
            : time(ofElongation: Double(tithi - 1) * 12, near: month.start + Double(tithi - 1) * mean)
        let end =
            tithi == 30
            ? month.end
            : time(ofElongation: Double(tithi) * 12, near: month.start + Double(tithi) * mean)
        return (begin, end)
    }

    /// Holika Dahan for a pūrṇimā from `begin` to `end` (see `TimeOfDay.holika`).
    static func holikaDay(begin: Double, end: Double, days: [Int]) -> Int {
        let bhadraEnds = (begin + end) / 2
        let evening = { (d: Int) in sunriseSunset(d).set + 1.0 / 24 }
        if let d = days.first(where: { evening($0) >= bhadraEnds && evening($0) < end }) { return d }
        let withPurnima = days.filter { evening($0) >= begin && evening($0) < end }
        if let last = withPurnima.last {
            let next = last + 1
            let (rise, set) = sunriseSunset(next)
            if end >= rise + 0.75 * (set - rise) { return next }
            return withPurnima.first!
        }
        return civilDay(begin)
    }

    // MARK: - Feasts in a Gregorian year

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [Feast: [Int: [Int]]] = [:]

    /// The days of `feast` in Gregorian year `year`, in order (usually one; a few feasts fall
    /// twice or not at all in some years).
    static func days(of feast: Feast, in year: Int) -> [Int] {
        lock.lock()
        if let hit = cache[feast]?[year] { lock.unlock(); return hit }
        lock.unlock()
        let first = CivilCalendar.dayNumber(year, 1, 1)
        let last = CivilCalendar.dayNumber(year, 12, 31)
        var found: [Int] = []
        for month in months(from: first - 62, to: last + 31) where month.month == feast.month && !month.adhika {
            let d = day(of: feast, in: month)
            if d >= first && d <= last { found.append(d) }
        }
        found.sort()
        lock.lock()
        cache[feast, default: [:]][year] = found
        lock.unlock()
        return found
    }

    /// The first day of `feast` in Gregorian year `year`.
    static func firstDay(of feast: Feast, in year: Int) -> Int? { days(of: feast, in: year).first }
}
