import Foundation
import LoupeCore

/// Named days: fixed dates, Easter-relative feasts (Western and Orthodox), n-th weekdays,
/// feasts of the Hebrew, Islamic (Umm al-Qura) and Chinese calendars via Foundation's calendars,
/// and feasts of the Hindu lunisolar calendar (computed, `HinduCalendar`).
///
/// To add a holiday: one line in `table` with its names (any language; they are tokenized and
/// lower-cased like the text) and its rule. `days` > 1 makes it an interval.
struct Holiday: Sendable {
    enum Rule: Sendable {
        case fixed(month: Int, day: Int)
        case easter(Int)
        case orthodoxEaster(Int)
        /// The n-th (−1 = last) weekday of a month, plus an offset in days.
        case nthWeekday(n: Int, weekday: Int, month: Int, offset: Int)
        /// The last given weekday on or before a fixed date, plus an offset in days (4th Advent: the
        /// Sunday on or before 24 December; Buß- und Bettag: the Wednesday on or before 22 November).
        case weekdayOnOrBefore(weekday: Int, month: Int, day: Int, offset: Int)
        /// Earth Hour: the last Saturday of March, a week earlier when that is Holy Saturday
        /// (2013, 2016, 2018, 2024).
        case earthHour
        /// A fixed date moved to the nearest weekday when it falls on a weekend.
        case nearestWeekday(month: Int, day: Int)
        /// A fixed date moved one day earlier when it falls on a Sunday (Koningsdag).
        case sundayBefore(month: Int, day: Int)
        /// A Hebrew-calendar date, dated by the civil day on whose evening it begins.
        case hebrew(month: Int, day: Int)
        /// Yom Ha'atzmaut: 5 Iyar, moved off Friday/Saturday to Thursday and off Monday to Tuesday.
        case independenceIsrael
        /// Yom HaZikaron: the day before Yom Ha'atzmaut, moved with it.
        case memorialIsrael
        case islamic(month: Int, day: Int)
        /// The last Friday of Ramadan.
        case lastFridayOfRamadan
        case chinese(month: Int, day: Int)
        /// A Chinese solar term: the civil day (Beijing, UTC+8) in a month on which the Sun's
        /// apparent longitude reaches a value.
        case solarTerm(longitude: Double, month: Int)
        /// The 365-day Shahenshahi year: one reference date, drifting a day every four years.
        case shahenshahi(referenceYear: Int, month: Int, day: Int)
        /// A feast of the Hindu lunisolar calendar: amānta month (1 = Caitra … 12 = Phālguna),
        /// tithi (1–30) and the time of day at which it must prevail (`HinduCalendar`).
        case hindu(HinduCalendar.Feast)
    }

    var name: String
    var rule: Rule
    var days = 1
    /// For interval feasts whose end is another feast (Ramadan ends the day before Eid al-Fitr).
    var endsBefore: Rule? = nil

    static let table: [(names: [String], holiday: Holiday)] = [
        (
            [
                "Neujahr", "Neujahrstag", "Neujahrtag", "New Year's Day", "New Years Day", "New Year Day", "New Year's",
                "New Years",
            ],
            Holiday(name: "New Year's Day", rule: .fixed(month: 1, day: 1))
        ),
        (
            ["Heilige Drei Könige", "Dreikönigstag", "Dreikönig", "Dreikönigsfest", "Epiphanias", "Epiphany"],
            Holiday(name: "Epiphany", rule: .fixed(month: 1, day: 6))
        ),
        (
            ["Valentinstag", "Valentin'stag", "Valentine's Day", "Valentines Day", "Valentine Day"],
            Holiday(name: "Valentine's Day", rule: .fixed(month: 2, day: 14))
        ),
        (
            ["Iden des März", "Ides of March", "the Ides of March"],
            Holiday(name: "Ides of March", rule: .fixed(month: 3, day: 15))
        ),
        (
            [
                "St Patrick's Day", "St. Patrick's Day", "Saint Patrick's Day", "St Patricks Day", "Patrick's Day",
                "St Paddy's Day", "St. Paddy's Day", "Saint Paddy's Day", "Paddy's Day", "St Patty's Day",
                "Patty's Day",
            ],
            Holiday(name: "St Patrick's Day", rule: .fixed(month: 3, day: 17))
        ),
        (
            ["Tag der Arbeit", "Maifeiertag", "Staatsfeiertag", "May Day", "Labour Day"],
            Holiday(name: "May Day", rule: .fixed(month: 5, day: 1))
        ),
        (["Independence Day", "Fourth of July"], Holiday(name: "Independence Day", rule: .fixed(month: 7, day: 4))),
        (
            [
                "Tag der Deutschen Einheit", "Tag Deutschen Einheit", "Tag der Deutsche Einheit",
                "Tag Deutsche Einheit", "Tag der Deutchen Einheit", "Tag Deutchen Einheit",
            ],
            Holiday(name: "Tag der Deutschen Einheit", rule: .fixed(month: 10, day: 3))
        ),
        (
            [
                "Österreichischer Nationalfeiertag", "Österreichische Nationalfeiertag",
                "Österreichischen Nationalfeiertag",
            ],
            Holiday(name: "Österreichischer Nationalfeiertag", rule: .fixed(month: 10, day: 26))
        ),
        (
            [
                "Schweizer Nationalfeiertag", "Schweizer Bundesfeiertag", "Schweizer Feiertag", "Bundesfeiertag",
                "Bundes Feiertag", "Schweiz Feiertag", "Schweiz Bundesfeiertag", "Swiss National Day",
            ],
            Holiday(name: "Schweizer Bundesfeiertag", rule: .fixed(month: 8, day: 1))
        ),
        (
            [
                "Weltfrauentag", "Internationaler Frauentag", "Frauentag", "International Women's Day",
                "International Womens Day", "Women's Day",
            ],
            Holiday(name: "International Women's Day", rule: .fixed(month: 3, day: 8))
        ),
        (["Tag der Erde", "Earth Day"], Holiday(name: "Earth Day", rule: .fixed(month: 4, day: 22))),
        // Days of remembrance and observance that news dates by name (fixed dates; UN days by their UN date)
        (
            ["Holocaust-Gedenktag", "Holocaust Remembrance Day", "International Holocaust Remembrance Day"],
            Holiday(name: "Holocaust Remembrance Day", rule: .fixed(month: 1, day: 27))
        ),
        (["Murmeltiertag", "Groundhog Day"], Holiday(name: "Groundhog Day", rule: .fixed(month: 2, day: 2))),
        (["Weltwassertag", "World Water Day"], Holiday(name: "World Water Day", rule: .fixed(month: 3, day: 22))),
        (
            ["April Fools' Day", "April Fool's Day", "April Fools Day", "April Fools"],
            Holiday(name: "April Fools' Day", rule: .fixed(month: 4, day: 1))
        ),
        (
            ["Weltgesundheitstag", "World Health Day"],
            Holiday(name: "World Health Day", rule: .fixed(month: 4, day: 7))
        ),
        (["Welttag des Buches", "World Book Day"], Holiday(name: "World Book Day", rule: .fixed(month: 4, day: 23))),
        (["Anzac Day"], Holiday(name: "Anzac Day", rule: .fixed(month: 4, day: 25))),
        (
            ["Tag der Pressefreiheit", "Internationaler Tag der Pressefreiheit", "World Press Freedom Day"],
            Holiday(name: "World Press Freedom Day", rule: .fixed(month: 5, day: 3))
        ),
        (["Cinco de Mayo"], Holiday(name: "Cinco de Mayo", rule: .fixed(month: 5, day: 5))),
        (
            ["Tag der Befreiung", "VE Day", "V-E Day", "Victory in Europe Day"],
            Holiday(name: "Victory in Europe Day", rule: .fixed(month: 5, day: 8))
        ),
        (["Europatag", "Europe Day"], Holiday(name: "Europe Day", rule: .fixed(month: 5, day: 9))),
        (
            ["Weltumwelttag", "World Environment Day"],
            Holiday(name: "World Environment Day", rule: .fixed(month: 6, day: 5))
        ),
        (["Flag Day"], Holiday(name: "Flag Day", rule: .fixed(month: 6, day: 14))),
        (["Juneteenth"], Holiday(name: "Juneteenth", rule: .fixed(month: 6, day: 19))),
        (
            ["Weltflüchtlingstag", "World Refugee Day"],
            Holiday(name: "World Refugee Day", rule: .fixed(month: 6, day: 20))
        ),
        (["Canada Day"], Holiday(name: "Canada Day", rule: .fixed(month: 7, day: 1))),
        (["Bastille Day"], Holiday(name: "Bastille Day", rule: .fixed(month: 7, day: 14))),
        (["Patriot Day"], Holiday(name: "Patriot Day", rule: .fixed(month: 9, day: 11))),
        (["Weltkindertag"], Holiday(name: "Weltkindertag", rule: .fixed(month: 9, day: 20))),
        (
            ["Guy Fawkes Night", "Guy Fawkes Day", "Bonfire Night"],
            Holiday(name: "Guy Fawkes Night", rule: .fixed(month: 11, day: 5))
        ),
        (
            ["Welt-Aids-Tag", "Weltaidstag", "World AIDS Day", "World Aids Day"],
            Holiday(name: "World AIDS Day", rule: .fixed(month: 12, day: 1))
        ),
        (
            ["Pearl Harbor Day", "Pearl Harbor Remembrance Day"],
            Holiday(name: "Pearl Harbor Remembrance Day", rule: .fixed(month: 12, day: 7))
        ),
        (
            ["Tag der Menschenrechte", "Human Rights Day"],
            Holiday(name: "Human Rights Day", rule: .fixed(month: 12, day: 10))
        ),
        (
            ["Verklärung des Herrn", "Feast of the Transfiguration"],
            Holiday(name: "Transfiguration", rule: .fixed(month: 8, day: 6))
        ),
        (["Mariä Geburt"], Holiday(name: "Nativity of Mary", rule: .fixed(month: 9, day: 8))),
        (
            ["Josefstag", "Josefitag", "Josephstag", "St. Joseph's Day", "St Joseph's Day", "Saint Joseph's Day"],
            Holiday(name: "St Joseph's Day", rule: .fixed(month: 3, day: 19))
        ),
        (
            ["Georgstag", "Georgitag", "St. George's Day", "St George's Day", "Saint George's Day"],
            Holiday(name: "St George's Day", rule: .fixed(month: 4, day: 23))
        ),
        (["Burns Night", "Burns Supper"], Holiday(name: "Burns Night", rule: .fixed(month: 1, day: 25))),
        (["Walpurgisnacht"], Holiday(name: "Walpurgis Night", rule: .fixed(month: 4, day: 30))),
        (
            ["Mariä Himmelfahrt", "Maria Himmelfahrt", "Ferragosto"],
            Holiday(name: "Assumption Day", rule: .fixed(month: 8, day: 15))
        ),
        (["Reformationstag", "Reformation Day"], Holiday(name: "Reformationstag", rule: .fixed(month: 10, day: 31))),
        (["Halloween", "Haloween", "Hallowen"], Holiday(name: "Halloween", rule: .fixed(month: 10, day: 31))),
        (
            ["Allerheiligen", "Aller Heiligen", "Allerheilige", "Aller Heilige", "All Saints' Day", "All Saints Day"],
            Holiday(name: "All Saints' Day", rule: .fixed(month: 11, day: 1))
        ),
        (["Weltvegantag", "World Vegan Day"], Holiday(name: "World Vegan Day", rule: .fixed(month: 11, day: 1))),
        (
            ["Allerseelen", "All Souls' Day", "All Souls Day"],
            Holiday(name: "All Souls' Day", rule: .fixed(month: 11, day: 2))
        ),
        (
            ["Mariä Lichtmess", "Lichtmess", "Candlemas"],
            Holiday(name: "Candlemas", rule: .fixed(month: 2, day: 2))
        ),
        (
            ["Johannistag", "Johanni", "St John's Day", "Saint John's Day", "Midsummer Day"],
            Holiday(name: "St John's Day", rule: .fixed(month: 6, day: 24))
        ),
        (
            ["Mariä Empfängnis", "Immaculate Conception", "Feast of the Immaculate Conception"],
            Holiday(name: "Immaculate Conception", rule: .fixed(month: 12, day: 8))
        ),
        (["Bodhi-Tag", "Bodhi Tag", "Bodhi Day"], Holiday(name: "Bodhi Day", rule: .fixed(month: 12, day: 8))),
        (["Lohri"], Holiday(name: "Lohri", rule: .fixed(month: 1, day: 13))),
        (["Kwanzaa"], Holiday(name: "Kwanzaa", rule: .fixed(month: 12, day: 26), days: 7)),
        (
            [
                "Martinstag", "Sankt Martin", "Veterans Day", "Veterans' Day", "Martinmas",
                "St. Martin's Day", "St Martin's Day", "Remembrance Day", "Armistice Day",
            ],
            Holiday(name: "Martinmas", rule: .fixed(month: 11, day: 11))
        ),
        (
            [
                "Nikolaustag", "Nikolaus", "Nikolaus Tag", "Nikolo", "St. Nicholas Day", "St Nicholas Day",
                "Saint Nicholas Day",
            ],
            Holiday(name: "Nikolaustag", rule: .fixed(month: 12, day: 6))
        ),
        (
            [
                "Heiligabend", "Heiliger Abend", "Heiligen Abend", "Heilig Abend", "Heilige Nacht", "Christmas Eve",
                "Xmas Eve",
            ],
            Holiday(name: "Christmas Eve", rule: .fixed(month: 12, day: 24))
        ),
        (
            [
                "Weihnachten", "Weihnachtstag", "Weinachten", "Weinachtstag", "erster Weihnachtstag",
                "ersten Weihnachtstag", "Weihnachtsfeiertag",
                "erster Weihnachtsfeiertag", "ersten Weihnachtsfeiertag", "1. Weihnachtsfeiertag", "1. Weihnachtstag",
                "erste Weihnachtstag", "erste Weihnachtsfeiertag",
                "Christtag", "Christmas", "Christmas Day",
                "Xmas", "Xmas Day",
            ], Holiday(name: "Christmas", rule: .fixed(month: 12, day: 25))
        ),
        (
            [
                "zweiter Weihnachtstag", "zweiten Weihnachtstag", "zweiter Weihnachtsfeiertag",
                "zweiten Weihnachtsfeiertag", "2. Weihnachtsfeiertag", "2. Weihnachtstag", "zweite Weihnachtstag",
                "zweite Weihnachtsfeiertag", "Stephanstag", "Stefanitag", "Stephanitag", "Boxing Day",
                "St Stephen's Day",
            ], Holiday(name: "Boxing Day", rule: .fixed(month: 12, day: 26))
        ),
        (
            ["Silvester", "Sylvester", "Silvesterabend", "Silvesternacht", "New Year's Eve", "New Years Eve"],
            Holiday(name: "New Year's Eve", rule: .fixed(month: 12, day: 31))
        ),
        (
            ["Thai Pongal", "Pongal", "Makara Sankranthi", "Makar Sankranti", "Makara Sankranti"],
            Holiday(name: "Thai Pongal", rule: .fixed(month: 1, day: 14))
        ),
        (["Kaanum Pongal", "Kanni Pongal"], Holiday(name: "Kaanum Pongal", rule: .fixed(month: 1, day: 16))),
        (["Vaisakhi", "Baisakhi", "Vaishakhi"], Holiday(name: "Vaisakhi", rule: .fixed(month: 4, day: 14))),
        (
            ["Rabindra Jayanti", "Rabindranath Jayanti"],
            Holiday(name: "Rabindra Jayanti", rule: .fixed(month: 5, day: 9))
        ),
        (
            ["Koningsdag", "Königstag", "King's Day", "Kings Day"],
            Holiday(name: "King's Day", rule: .sundayBefore(month: 4, day: 27))
        ),
        (
            ["Boss's Day", "Bosses Day", "Boss Day", "National Boss Day"],
            Holiday(name: "Boss's Day", rule: .nearestWeekday(month: 10, day: 16))
        ),
        // Easter-relative (Western).
        (["Ostern", "Ostersonntag", "Easter", "Easter Sunday"], Holiday(name: "Easter Sunday", rule: .easter(0))),
        (["Ostermontag", "Easter Monday", "Easter Mon"], Holiday(name: "Easter Monday", rule: .easter(1))),
        (
            ["Karsamstag", "Karsonnabend", "Ostersamstag", "Holy Saturday"],
            Holiday(name: "Holy Saturday", rule: .easter(-1))
        ),
        (["Karfreitag", "Stiller Freitag", "Good Friday"], Holiday(name: "Good Friday", rule: .easter(-2))),
        (
            [
                "Gründonnerstag", "Hoher Donnerstag", "Maundy Thursday", "Holy Thursday", "Covenant Thursday",
                "Thursday of Mysteries",
            ],
            Holiday(name: "Maundy Thursday", rule: .easter(-3))
        ),
        (["Palmsonntag", "Palm Sunday", "Branch Sunday"], Holiday(name: "Palm Sunday", rule: .easter(-7))),
        (
            ["Weißer Sonntag", "Weißen Sonntag", "Quasimodogeniti", "Low Sunday", "Divine Mercy Sunday"],
            Holiday(name: "Low Sunday", rule: .easter(7))
        ),
        (["Aschermittwoch", "Aschertag", "Ash Wednesday"], Holiday(name: "Ash Wednesday", rule: .easter(-46))),
        (
            [
                "Fastnacht", "Faschingsdienstag", "Fastnachtsdienstag", "Veilchendienstag", "Shrove Tuesday",
                "Mardi Gras", "Pancake Day",
            ],
            Holiday(name: "Shrove Tuesday", rule: .easter(-47))
        ),
        (["Rosenmontag"], Holiday(name: "Rosenmontag", rule: .easter(-48))),
        (
            ["Weiberfastnacht", "Altweiberfastnacht", "Schmotziger Donnerstag", "Schmutziger Donnerstag"],
            Holiday(name: "Weiberfastnacht", rule: .easter(-52))
        ),
        (
            ["Christi Himmelfahrt", "Himmelfahrt", "Vatertag", "Ascension Day", "Ascension"],
            Holiday(name: "Ascension Day", rule: .easter(39))
        ),
        (
            ["Pfingsten", "Pfingstsonntag", "Pentecost", "Whitsunday", "Whit Sunday", "White Sunday"],
            Holiday(name: "Pentecost", rule: .easter(49))
        ),
        (
            [
                "Pfingstmontag", "Whit Monday", "Pentecost Monday", "Pentecost Montag", "White Monday",
                "Monday of the Holy Spirit",
            ],
            Holiday(name: "Whit Monday", rule: .easter(50))
        ),
        (
            ["Dreifaltigkeitsfest", "Dreifaltigkeitssonntag", "Trinitatis", "Trinity Sunday"],
            Holiday(name: "Trinity Sunday", rule: .easter(56))
        ),
        (["Fronleichnam", "Corpus Christi"], Holiday(name: "Corpus Christi", rule: .easter(60))),
        // Friday after the second Sunday after Pentecost.
        (
            ["Herz-Jesu-Fest", "Feast of the Sacred Heart"],
            Holiday(name: "Feast of the Sacred Heart", rule: .easter(68))
        ),
        // The Sunday after it (Tyrol's Herz-Jesu-Feuer).
        (["Herz-Jesu-Sonntag", "Sacred Heart Sunday"], Holiday(name: "Sacred Heart Sunday", rule: .easter(70))),
        (["Fastenzeit", "Lent"], Holiday(name: "Lent", rule: .easter(-46), days: 46)),
        (["Mothering Sunday"], Holiday(name: "Mothering Sunday", rule: .easter(-21))),
        // Easter-relative (Orthodox).
        (
            [
                "orthodoxe Ostern", "orthodoxes Ostern", "orthodoxes Osterfest", "orthodoxer Ostersonntag",
                "Orthodox Easter",
                "Orthodox Easter Sunday",
            ],
            Holiday(name: "Orthodox Easter", rule: .orthodoxEaster(0))
        ),
        (
            ["orthodoxer Ostermontag", "Orthodox Easter Monday"],
            Holiday(name: "Orthodox Easter Monday", rule: .orthodoxEaster(1))
        ),
        (
            ["orthodoxer Karfreitag", "Orthodox Good Friday", "Orthodox Great Friday"],
            Holiday(name: "Orthodox Good Friday", rule: .orthodoxEaster(-2))
        ),
        (
            ["orthodoxer Karsamstag", "Orthodox Holy Saturday"],
            Holiday(name: "Orthodox Holy Saturday", rule: .orthodoxEaster(-1))
        ),
        (
            ["Lazarus-Samstag", "Lazarussamstag", "Lazarus Saturday"],
            Holiday(name: "Lazarus Saturday", rule: .orthodoxEaster(-8))
        ),
        (
            ["orthodoxer Palmsonntag", "Orthodox Palm Sunday"],
            Holiday(name: "Orthodox Palm Sunday", rule: .orthodoxEaster(-7))
        ),
        (
            ["Sauberer Montag", "Reiner Montag", "Clean Monday", "Ash Monday", "Orthodox Shrove Monday"],
            Holiday(name: "Clean Monday", rule: .orthodoxEaster(-48))
        ),
        // Clean Monday to the Friday before Lazarus Saturday.
        (
            ["orthodoxe Fastenzeit", "Great Lent", "Orthodox Lent", "Great Fast"],
            Holiday(name: "Great Lent", rule: .orthodoxEaster(-48), days: 40)
        ),
        // N-th weekdays.
        (
            ["Muttertag", "Mutter Tag", "Mother's Day", "Mothers Day"],
            Holiday(name: "Mother's Day", rule: .nthWeekday(n: 2, weekday: 7, month: 5, offset: 0))
        ),
        (
            ["Father's Day", "Fathers Day"],
            Holiday(name: "Father's Day", rule: .nthWeekday(n: 3, weekday: 7, month: 6, offset: 0))
        ),
        (
            ["Erntedankfest", "Erntedank"],
            Holiday(name: "Erntedankfest", rule: .nthWeekday(n: 1, weekday: 7, month: 10, offset: 0))
        ),
        (
            ["Thanksgiving", "Thanksgiving Day"],
            Holiday(name: "Thanksgiving Day", rule: .nthWeekday(n: 4, weekday: 4, month: 11, offset: 0))
        ),
        (["Black Friday"], Holiday(name: "Black Friday", rule: .nthWeekday(n: 4, weekday: 4, month: 11, offset: 1))),
        (["Cyber Monday"], Holiday(name: "Cyber Monday", rule: .nthWeekday(n: 4, weekday: 4, month: 11, offset: 4))),
        (
            [
                "Martin Luther King's Day", "Martin Luther King Day", "Martin Luther King Jr. Day", "MLK Day",
                "MLK Jr. Day", "Martin Luther King Tag", "Martin Luther King Gedenktag",
            ], Holiday(name: "Martin Luther King's Day", rule: .nthWeekday(n: 3, weekday: 1, month: 1, offset: 0))
        ),
        (
            ["Presidents' Day", "Presidents Day", "President's Day", "Washington's Birthday"],
            Holiday(name: "Presidents' Day", rule: .nthWeekday(n: 3, weekday: 1, month: 2, offset: 0))
        ),
        (["Memorial Day"], Holiday(name: "Memorial Day", rule: .nthWeekday(n: -1, weekday: 1, month: 5, offset: 0))),
        (
            ["Remembrance Sunday"],
            Holiday(name: "Remembrance Sunday", rule: .nthWeekday(n: 2, weekday: 7, month: 11, offset: 0))
        ),
        (["Earth Hour"], Holiday(name: "Earth Hour", rule: .earthHour)),
        (
            [
                "erster Advent", "erste Advent", "ersten Advent", "1. Advent", "erster Adventsonntag",
                "erste Adventsonntag", "ersten Adventsonntag", "1. Adventsonntag", "ersten Adventssonntag",
                "1. Adventssonntag", "First Advent", "First Sunday of Advent",
            ],
            Holiday(name: "First Advent", rule: .weekdayOnOrBefore(weekday: 7, month: 12, day: 24, offset: -21))
        ),
        (
            [
                "zweiter Advent", "zweite Advent", "zweiten Advent", "2. Advent", "zweiter Adventsonntag",
                "zweite Adventsonntag", "zweiten Adventsonntag", "2. Adventsonntag", "zweiten Adventssonntag",
                "2. Adventssonntag",
            ],
            Holiday(name: "Second Advent", rule: .weekdayOnOrBefore(weekday: 7, month: 12, day: 24, offset: -14))
        ),
        (
            [
                "dritter Advent", "dritte Advent", "dritten Advent", "3. Advent", "dritter Adventsonntag",
                "dritte Adventsonntag", "dritten Adventsonntag", "3. Adventsonntag", "dritten Adventssonntag",
                "3. Adventssonntag",
            ],
            Holiday(name: "Third Advent", rule: .weekdayOnOrBefore(weekday: 7, month: 12, day: 24, offset: -7))
        ),
        (
            [
                "vierter Advent", "vierte Advent", "vierten Advent", "4. Advent", "vierter Adventsonntag",
                "vierte Adventsonntag", "vierten Adventsonntag", "4. Adventsonntag", "vierten Adventssonntag",
                "4. Adventssonntag",
            ],
            Holiday(name: "Fourth Advent", rule: .weekdayOnOrBefore(weekday: 7, month: 12, day: 24, offset: 0))
        ),
        (
            ["Totensonntag", "Ewigkeitssonntag"],
            Holiday(name: "Totensonntag", rule: .weekdayOnOrBefore(weekday: 7, month: 12, day: 24, offset: -28))
        ),
        (
            ["Volkstrauertag"],
            Holiday(name: "Volkstrauertag", rule: .weekdayOnOrBefore(weekday: 7, month: 12, day: 24, offset: -35))
        ),
        (
            ["Buß- und Bettag", "Buss- und Bettag", "Buß und Bettag", "Bußtag"],
            Holiday(name: "Buß- und Bettag", rule: .weekdayOnOrBefore(weekday: 3, month: 11, day: 22, offset: 0))
        ),
        (["Labor Day"], Holiday(name: "Labor Day", rule: .nthWeekday(n: 1, weekday: 1, month: 9, offset: 0))),
        (["Columbus Day"], Holiday(name: "Columbus Day", rule: .nthWeekday(n: 2, weekday: 1, month: 10, offset: 0))),
        // Hebrew calendar (month 1 = Tishri … 7 = Adar/Adar II, 8 = Nisan … 13 = Elul).
        (
            ["Rosch ha-Schana", "Rosch Haschana", "Rosch haSchana", "Rosh Hashanah", "Rosh Hashana", "Rosh ha-Shanah"],
            Holiday(name: "Rosh Hashanah", rule: .hebrew(month: 1, day: 1), days: 3)
        ),
        (["Jom Kippur", "Yom Kippur"], Holiday(name: "Yom Kippur", rule: .hebrew(month: 1, day: 10))),
        (
            ["Sukkot", "Laubhüttenfest", "Succos", "Sukkos", "Succot"],
            Holiday(name: "Sukkot", rule: .hebrew(month: 1, day: 15), days: 9)
        ),
        (["Schemini Azeret", "Shemini Atzeret"], Holiday(name: "Shemini Atzeret", rule: .hebrew(month: 1, day: 22))),
        (
            ["Simchat Tora", "Simchat Thora", "Simchat Torah", "Simchas Torah"],
            Holiday(name: "Simchat Torah", rule: .hebrew(month: 1, day: 23))
        ),
        (
            ["Chanukka", "Chanukah", "Hanukkah", "Hanukah", "Chanukka-Fest"],
            Holiday(name: "Hanukkah", rule: .hebrew(month: 3, day: 25), days: 8)
        ),
        (
            ["Tu biSchevat", "Tu Bischevat", "Tu BiShvat", "Tu B'Shevat", "Tu Bishvat", "Tu Bischwat"],
            Holiday(name: "Tu BiShvat", rule: .hebrew(month: 5, day: 15))
        ),
        (["Purim", "Purimfest"], Holiday(name: "Purim", rule: .hebrew(month: 7, day: 14))),
        (["Schuschan Purim", "Shushan Purim"], Holiday(name: "Shushan Purim", rule: .hebrew(month: 7, day: 15))),
        (
            ["Pessach", "Pesach", "Passah", "Passover", "Pascha"],
            Holiday(name: "Passover", rule: .hebrew(month: 8, day: 15), days: 9)
        ),
        (
            ["Jom HaSchoah", "Jom haSchoa", "Yom HaShoah", "Yom Hashoah"],
            Holiday(name: "Yom HaShoah", rule: .hebrew(month: 8, day: 27))
        ),
        (
            ["Jom Ha'atzmaut", "Jom haAtzmaut", "Yom Ha'atzmaut", "Yom Haatzmaut"],
            Holiday(name: "Yom Ha'atzmaut", rule: .independenceIsrael)
        ),
        (
            ["Jom haZikaron", "Jom HaSikaron", "Yom HaZikaron", "Yom Hazikaron"],
            Holiday(name: "Yom HaZikaron", rule: .memorialIsrael)
        ),
        (
            ["Jom Jeruschalajim", "Jerusalemtag", "Yom Yerushalayim", "Jerusalem Day"],
            Holiday(name: "Yom Yerushalayim", rule: .hebrew(month: 9, day: 28))
        ),
        (["Lag BaOmer", "Lag baOmer", "Lag B'Omer"], Holiday(name: "Lag BaOmer", rule: .hebrew(month: 9, day: 18))),
        (
            ["Schawuot", "Schawuoth", "Wochenfest", "Shavuot", "Shavuos"],
            Holiday(name: "Shavuot", rule: .hebrew(month: 10, day: 6), days: 3)
        ),
        (["Tischa beAv", "Tisha B'Av", "Tisha BeAv"], Holiday(name: "Tisha B'Av", rule: .hebrew(month: 12, day: 9))),
        // Islamic calendar (Umm al-Qura from 1999, astronomical before).
        (
            ["Islamisches Neujahr", "Islamic New Year", "Hijri New Year"],
            Holiday(name: "Islamic New Year", rule: .islamic(month: 1, day: 1))
        ),
        (
            ["Aschura", "Aschura-Tag", "Ashura", "Day of Ashura"],
            Holiday(name: "Ashura", rule: .islamic(month: 1, day: 10))
        ),
        (
            [
                "Maulid an-Nabi", "Mawlid", "Mawlid an-Nabi", "Mawlid al-Nabawi", "Mevlid", "Geburt des Propheten",
                "Prophet's Birthday",
                "Birth of the Prophet",
            ],
            Holiday(name: "Mawlid", rule: .islamic(month: 3, day: 12))
        ),
        (
            [
                "Isra und Miradsch", "Aufstieg in den Himmel", "Isra and Mi'raj", "Isra Mi'raj", "Lailat al-Miraj",
                "the Night Journey", "Night Journey", "Lailat al-Miradsch", "Nachtreise",
            ], Holiday(name: "Isra and Mi'raj", rule: .islamic(month: 7, day: 27))
        ),
        (
            ["Ramadan", "Fastenmonat Ramadan"],
            Holiday(
                name: "Ramadan", rule: .islamic(month: 9, day: 1), days: 30, endsBefore: .islamic(month: 10, day: 1))
        ),
        (
            [
                "Laylat al-Qadr", "Lailat al-Qadr", "Laylat al-Kadr", "Lailat al-Kadr", "Nacht der Bestimmung",
                "Night of Power", "Night of Decree",
            ],
            Holiday(name: "Laylat al-Qadr", rule: .islamic(month: 9, day: 27))
        ),
        (
            ["Schab-e-Barat", "Shab-e-Barat", "Shab e Barat", "Laylat al-Bara'a", "Lailat al-Bara'a"],
            Holiday(name: "Shab-e-Barat", rule: .islamic(month: 8, day: 15))
        ),
        (
            ["Jumu'atul-Wida", "Jamat Ul-Vida", "Jumu'atul Wida", "Jamat-ul-Vida", "Dschumu'atul-Wida"],
            Holiday(name: "Jumu'atul-Wida", rule: .lastFridayOfRamadan)
        ),
        (
            ["Eid al-Fitr", "Eid ul-Fitr", "Id al-Fitr", "Zuckerfest", "Fest des Fastenbrechens", "Ramazan Bayramı"],
            Holiday(name: "Eid al-Fitr", rule: .islamic(month: 10, day: 1))
        ),
        (
            [
                "Eid al-Adha", "Eid ul-Adha", "Opferfest", "Kurban Bayramı", "Bakrid", "Sacrifice Feast",
                "Feast of the Sacrifice",
            ], Holiday(name: "Eid al-Adha", rule: .islamic(month: 12, day: 10))
        ),
        // Chinese calendar.
        (
            [
                "Chinesisches Neujahr", "Chinesisches Neujahrsfest", "Chinesisches Frühlingsfest", "Frühlingsfest",
                "Chinese New Year", "Lunar New Year", "Spring Festival",
            ], Holiday(name: "Chinese New Year", rule: .chinese(month: 1, day: 1))
        ),
        // Vesak: the full moon of the fourth lunar month (the 15th day of a lunar month is its full moon).
        (
            ["Vesak", "Vesakh", "Buddha-Tag", "Buddha Day", "Vaisakha"],
            Holiday(name: "Vesak", rule: .chinese(month: 4, day: 15))
        ),
        (
            ["Mondfest", "Mittherbstfest", "Mid-Autumn Festival", "Moon Festival"],
            Holiday(name: "Mid-Autumn Festival", rule: .chinese(month: 8, day: 15))
        ),
        (
            ["Laternenfest", "Lantern Festival", "Yuanxiao"],
            Holiday(name: "Lantern Festival", rule: .chinese(month: 1, day: 15))
        ),
        (
            ["Doppelneunfest", "Chongyang-Fest", "Double Ninth Festival", "Chongyang Festival"],
            Holiday(name: "Double Ninth Festival", rule: .chinese(month: 9, day: 9))
        ),
        // The day (Beijing time) on which the Sun reaches 15° ecliptic longitude: 4 or 5 April.
        (
            [
                "Qingming", "Qingming-Fest", "Qingmingfest", "Qingming Festival", "Tomb-Sweeping Day",
                "Tomb Sweeping Day",
            ],
            Holiday(name: "Qingming Festival", rule: .solarTerm(longitude: 15, month: 4))
        ),
        (
            ["Drachenbootfest", "Dragon Boat Festival"],
            Holiday(name: "Dragon Boat Festival", rule: .chinese(month: 5, day: 5))
        ),
        // Hindu lunisolar calendar (HinduCalendar): amānta month (1 = Caitra … 7 = Āśvina, 8 = Kārtika,
        // … 12 = Phālguna), tithi (1–15 śukla, 16–30 kṛṣṇa; 15 pūrṇimā, 30 amāvasyā), and when the tithi
        // must prevail. Kṛṣṇa-pakṣa feasts named by the pūrṇimānta month (Kārtika amāvasyā) are one amānta month earlier.
        (
            [
                "Diwali", "Deepavali", "Deepawali", "Divali", "Dipavali", "Dipawali", "Lakshmi Puja", "Laxmi Puja",
                "Lakshmi Pooja",
            ], Holiday(name: "Diwali", rule: .hindu(.init(month: 7, tithi: 30, at: .evening)))
        ),
        // Bengal's feast of Kali on the night of the Diwali new moon.
        (
            ["Kali Puja", "Shyama Puja"],
            Holiday(name: "Kali Puja", rule: .hindu(.init(month: 7, tithi: 30, at: .midnight)))
        ),
        (
            ["Dhanteras", "Dhanatrayodashi", "Dhantrayodashi", "Dhanvantari Trayodashi"],
            Holiday(name: "Dhanteras", rule: .hindu(.init(month: 7, tithi: 28, at: .evening)))
        ),
        (
            [
                "Naraka Chaturdashi", "Narak Chaturdashi", "Narka Chaturdashi", "Chhoti Diwali", "Choti Diwali",
                "Kali Chaudas", "Roop Chaudas",
            ], Holiday(name: "Naraka Chaturdashi", rule: .hindu(.init(month: 7, tithi: 29, at: .evening)))
        ),
        (
            ["Govardhan Puja", "Govardhan Pooja", "Annakut", "Annakoot", "Bali Pratipada"],
            Holiday(name: "Govardhan Puja", rule: .hindu(.init(month: 8, tithi: 1, at: .afternoon)))
        ),
        (
            ["Bhai Dooj", "Bhaiya Dooj", "Bhai Duj", "Bhau Beej", "Bhai Phota", "Bhai Tika", "Yama Dwitiya"],
            Holiday(name: "Bhai Dooj", rule: .hindu(.init(month: 8, tithi: 2)))
        ),
        (
            ["Chhath", "Chhath Puja", "Chhath Parv", "Chhathi", "Dala Puja", "Dala Chhath", "Surya Shashthi"],
            Holiday(name: "Chhath", rule: .hindu(.init(month: 8, tithi: 6)))
        ),
        (
            [
                "Guru Nanak Jayanti", "Guru Nanak Dev Jayanti", "Guru Nanak's Birthday", "Guru Nanak Gurpurab",
                "Gurpurab", "Kartik Purnima", "Kartika Purnima", "Dev Deepawali",
            ], Holiday(name: "Guru Nanak Jayanti", rule: .hindu(.init(month: 8, tithi: 15)))
        ),
        (
            ["Karva Chauth", "Karwa Chauth", "Karaka Chaturthi"],
            Holiday(name: "Karva Chauth", rule: .hindu(.init(month: 7, tithi: 19, at: .moonrise)))
        ),
        (
            ["Sharad Purnima", "Sharad Poornima", "Kojagiri Purnima", "Kojagara Puja", "Kumar Purnima"],
            Holiday(name: "Sharad Purnima", rule: .hindu(.init(month: 7, tithi: 15, at: .midnight)))
        ),
        (
            ["Valmiki Jayanti", "Maharishi Valmiki Jayanti", "Pargat Diwas"],
            Holiday(name: "Valmiki Jayanti", rule: .hindu(.init(month: 7, tithi: 15)))
        ),
        (
            ["Navaratri", "Navratri", "Sharad Navratri", "Sharad Navaratri", "Sharadiya Navratri"],
            Holiday(name: "Navaratri", rule: .hindu(.init(month: 7, tithi: 1)), days: 9)
        ),
        (
            ["Chaitra Navratri", "Chaitra Navaratri", "Vasant Navratri", "Vasanta Navaratri"],
            Holiday(name: "Chaitra Navratri", rule: .hindu(.init(month: 1, tithi: 1)), days: 9)
        ),
        (
            ["Durga Ashtami", "Maha Ashtami", "Durgashtami"],
            Holiday(name: "Durga Ashtami", rule: .hindu(.init(month: 7, tithi: 8)))
        ),
        (["Maha Navami", "Mahanavami"], Holiday(name: "Maha Navami", rule: .hindu(.init(month: 7, tithi: 9)))),
        (
            [
                "Dussehra", "Dusshera", "Dussera", "Dasara", "Dasera", "Vijayadashami", "Vijaya Dashami",
                "Vijaya Dasami",
            ],
            Holiday(name: "Dussehra", rule: .hindu(.init(month: 7, tithi: 10, at: .afternoon, later: true)))
        ),
        (
            ["Holika Dahan", "Holika", "Chhoti Holi", "Choti Holi", "Holika Deepak", "Kamudu Pyre"],
            Holiday(name: "Holika Dahan", rule: .hindu(.init(month: 12, tithi: 15, at: .holika)))
        ),
        (
            ["Holi", "Dhulandi", "Dhuleti", "Dhulivandan", "Phagwah", "Phagwa", "Rangwali Holi"],
            Holiday(name: "Holi", rule: .hindu(.init(month: 12, tithi: 15, at: .holika, offset: 1)))
        ),
        (
            [
                "Basant Panchami", "Vasant Panchami", "Saraswati Puja", "Saraswati Pooja", "Sri Panchami",
                "Shri Panchami",
            ], Holiday(name: "Vasant Panchami", rule: .hindu(.init(month: 11, tithi: 5, at: .morning)))
        ),
        (
            ["Maha Shivaratri", "Maha Shivratri", "Mahashivaratri", "Mahashivratri", "Shivaratri", "Shivratri"],
            Holiday(name: "Maha Shivaratri", rule: .hindu(.init(month: 11, tithi: 29, at: .midnight)))
        ),
        (
            ["Ugadi", "Yugadi", "Gudi Padwa", "Chaitra Sukladi", "Chaitra Shukladi", "Samvatsaradi", "Hindu New Year"],
            Holiday(name: "Ugadi", rule: .hindu(.init(month: 1, tithi: 1)))
        ),
        (
            ["Ram Navami", "Rama Navami", "Ramanavami", "Ramnavami", "Sri Rama Navami"],
            Holiday(name: "Ram Navami", rule: .hindu(.init(month: 1, tithi: 9, at: .midday)))
        ),
        (
            ["Mahavir Jayanti", "Mahaveer Jayanti", "Mahavir Janma Kalyanak"],
            Holiday(name: "Mahavir Jayanti", rule: .hindu(.init(month: 1, tithi: 13)))
        ),
        (
            ["Hanuman Jayanti", "Hanuman Janmotsav"],
            Holiday(name: "Hanuman Jayanti", rule: .hindu(.init(month: 1, tithi: 15)))
        ),
        (
            ["Akshaya Tritiya", "Akshay Tritiya", "Akha Teej"],
            Holiday(name: "Akshaya Tritiya", rule: .hindu(.init(month: 2, tithi: 3, at: .morning)))
        ),
        (
            ["Buddha Purnima", "Buddha Jayanti"],
            Holiday(name: "Buddha Purnima", rule: .hindu(.init(month: 2, tithi: 15)))
        ),
        (
            ["Guru Ravidas Jayanti", "Guru Ravidass Jayanti", "Ravidas Jayanti", "Magha Purnima"],
            Holiday(name: "Guru Ravidas Jayanti", rule: .hindu(.init(month: 11, tithi: 15)))
        ),
        (["Rath Yatra", "Ratha Yatra"], Holiday(name: "Rath Yatra", rule: .hindu(.init(month: 4, tithi: 2)))),
        (
            ["Guru Purnima", "Guru Poornima", "Vyasa Purnima"],
            Holiday(name: "Guru Purnima", rule: .hindu(.init(month: 4, tithi: 15)))
        ),
        (["Nag Panchami", "Naga Panchami"], Holiday(name: "Nag Panchami", rule: .hindu(.init(month: 5, tithi: 5)))),
        (
            ["Raksha Bandhan", "Rakshabandhan", "Rakhi Purnima", "Rakhi"],
            Holiday(name: "Raksha Bandhan", rule: .hindu(.init(month: 5, tithi: 15, at: .afternoon)))
        ),
        (
            [
                "Janmashtami", "Krishna Janmashtami", "Sri Krishna Janmashtami", "Gokulashtami", "Krishnashtami",
                "Krishna Jayanti",
            ], Holiday(name: "Janmashtami", rule: .hindu(.init(month: 5, tithi: 23)))
        ),
        (
            [
                "Ganesh Chaturthi", "Ganesha Chaturthi", "Vinayaka Chaturthi", "Vinayaka Chavithi",
                "Vinayagar Chathurthi",
            ], Holiday(name: "Ganesh Chaturthi", rule: .hindu(.init(month: 6, tithi: 4, at: .midday)))
        ),
        (
            [
                "Guru Gobind Singh Jayanti", "Guru Gobind Singh Ji Jayanti", "Guru Gobind Singh Gurpurab",
                "Guru Gobind Singh's Birthday",
            ], Holiday(name: "Guru Gobind Singh Jayanti", rule: .hindu(.init(month: 10, tithi: 7)))
        ),
        // Parsi (Shahenshahi) New Year: 17 Aug 2018, one day earlier every four years.
        (
            ["Parsi Neujahr", "Parsi New Year", "Jamshedi Navroz", "Navroz"],
            Holiday(name: "Parsi New Year", rule: .shahenshahi(referenceYear: 2018, month: 8, day: 17))
        ),
    ]

    /// Day number of the holiday's first day in a Gregorian year (nil when it does not fall in it).
    func firstDay(in year: Int) -> Int? { Holiday.day(rule, year: year) }

    /// Day number of its last day (inclusive) for multi-day feasts.
    func lastDay(startingAt start: Int, year: Int) -> Int {
        if let endsBefore, let end = Holiday.day(endsBefore, year: year), end > start { return end - 1 }
        return start + days - 1
    }

    static func day(_ rule: Rule, year: Int) -> Int? {
        switch rule {
        case let .fixed(month, day): return CivilCalendar.dayNumber(year, month, day)
        case let .easter(offset): return CivilCalendar.easter(year) + offset
        case let .orthodoxEaster(offset): return CivilCalendar.orthodoxEaster(year) + offset
        case let .nthWeekday(n, weekday, month, offset):
            return CivilCalendar.nthWeekday(n, weekday, month: month, year: year) + offset
        case let .weekdayOnOrBefore(weekday, month, day, offset):
            let d = CivilCalendar.dayNumber(year, month, day)
            return d - (CivilCalendar.weekday(d) - weekday + 7) % 7 + offset
        case .earthHour:
            let last = CivilCalendar.nthWeekday(-1, 6, month: 3, year: year)
            return last == CivilCalendar.easter(year) - 1 ? last - 7 : last
        case let .nearestWeekday(month, day):
            let d = CivilCalendar.dayNumber(year, month, day)
            switch CivilCalendar.weekday(d) {
            case 6: return d - 1;
            case 7: return d + 1;
            default: return d
            }
        case let .sundayBefore(month, day):
            let d = CivilCalendar.dayNumber(year, month, day)
            return CivilCalendar.weekday(d) == 7 ? d - 1 : d
        case let .hebrew(month, day):
            return LunarCalendars.find(.hebrew, month: month, day: day, gregorianYear: year).map { $0 - 1 }
        case .independenceIsrael:
            guard let d = LunarCalendars.find(.hebrew, month: 9, day: 5, gregorianYear: year) else { return nil }
            let shifted: Int
            switch CivilCalendar.weekday(d) {
            case 5: shifted = d - 1;
            case 6: shifted = d - 2;
            case 1: shifted = d + 1;
            default: shifted = d
            }
            return shifted - 1
        case .memorialIsrael: return day(.independenceIsrael, year: year).map { $0 - 1 }
        case let .islamic(month, day):
            return LunarCalendars.find(islamicCalendar(year), month: month, day: day, gregorianYear: year)
        case .lastFridayOfRamadan:
            guard let eid = LunarCalendars.find(islamicCalendar(year), month: 10, day: 1, gregorianYear: year) else {
                return nil
            }
            let lastOfRamadan = eid - 1
            return lastOfRamadan - (CivilCalendar.weekday(lastOfRamadan) - 5 + 7) % 7
        case let .chinese(month, day): return LunarCalendars.find(.chinese, month: month, day: day, gregorianYear: year)
        case let .solarTerm(longitude, month):
            // the first day whose end (midnight Beijing, 16:00 UT) has the Sun past the longitude
            let first = CivilCalendar.dayNumber(year, month, 1)
            return (first..<first + 31).first { d in
                let past = HinduCalendar.normalised(HinduCalendar.sunLongitude(Double(d) + 16.0 / 24) - longitude)
                return past < 180
            }
        case let .shahenshahi(referenceYear, month, day):
            // A 365-day year: the date moves back through the Gregorian calendar.
            var d = CivilCalendar.dayNumber(referenceYear, month, day) + 365 * (year - referenceYear)
            while CivilCalendar.civil(d).year > year { d -= 365 }
            while CivilCalendar.civil(d).year < year { d += 365 }
            return d
        case let .hindu(feast): return HinduCalendar.firstDay(of: feast, in: year)
        }
    }

    /// Umm al-Qura, the Saudi civil calendar, in its current rules from 1420 AH (1999); the
    /// astronomical Islamic calendar before (measured: matches the dev data's older feasts).
    static func islamicCalendar(_ year: Int) -> Calendar.Identifier { year >= 1999 ? .islamicUmmAlQura : .islamic }

    // MARK: - Matching names

    /// Normalised token keys of every name, indexed by the first key: longest match wins.
    static let index: [String: [(keys: [String], holiday: Int)]] = {
        var index: [String: [(keys: [String], holiday: Int)]] = [:]
        for (holiday, (names, _)) in table.enumerated() {
            for name in names {
                for keys in keySequences(name) { index[keys[0], default: []].append((keys, holiday)) }
            }
        }
        for key in index.keys { index[key]!.sort { $0.keys.count > $1.keys.count } }
        return index
    }()

    /// The lower-cased first token of every name, raw and normalised, for the lexicon.
    static let firstKeys: Set<String> = {
        var keys: Set<String> = []
        for (names, _) in table {
            for spelling in names.flatMap(spellings) {
                let bytes = Array(spelling.utf8)
                guard let token = Tokenizer.tokenize(bytes).first else { continue }
                let raw = String(decoding: bytes[token.span.start..<token.span.end], as: UTF8.self).lowercased()
                keys.insert(raw.hasSuffix(".") ? String(raw.dropLast()) : raw)
                keys.insert(normalise(raw))
            }
        }
        return keys
    }()

    /// A name as listed, with its hyphens as spaces (`Lazarus-Samstag` → `Lazarus Samstag`) and
    /// with its spaces as hyphens (`Ratha Yatra` → `Ratha-Yatra`, `Martin-Luther-King-Tag`). (Not a
    /// hyphenated word longer than 24 bytes: the longest word list key sets how long a token the
    /// lexicon looks up, and German compounds run long.)
    static func spellings(_ name: String) -> [String] {
        var out: [String] = []
        let hyphenated = name.replacingOccurrences(of: " ", with: "-")
        for spelling in [name, name.replacingOccurrences(of: "-", with: " ")]
            + (hyphenated.utf8.count <= 24 ? [hyphenated] : [])
        where !out.contains(spelling) {
            out.append(spelling)
        }
        return out
    }

    /// The normalised token keys of each spelling of a name.
    static func keySequences(_ name: String) -> [[String]] {
        var sequences: [[String]] = []
        for spelling in spellings(name) {
            let bytes = Array(spelling.utf8)
            let keys = Tokenizer.tokenize(bytes).compactMap { token -> String? in
                let k = normalise(
                    String(decoding: bytes[token.span.start..<token.span.end], as: UTF8.self).lowercased())
                return k.isEmpty ? nil : k
            }
            if !keys.isEmpty, !sequences.contains(keys) { sequences.append(keys) }
        }
        return sequences
    }

    /// Drops apostrophes, hyphens and periods so `Ha'atzmaut`, `Ha’atzmaut` and `haatzmaut` meet.
    static func normalise(_ key: String) -> String {
        var out = ""
        for scalar in key.unicodeScalars where !["'", "’", "-", ".", "‘"].contains(scalar) {
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}

/// Conversions from the Hebrew, Islamic and Chinese calendars, through Foundation.
enum LunarCalendars {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: Int?] = [:]

    /// The day number of the first day in Gregorian `gregorianYear` that has the given month and
    /// day (not a leap month) in `identifier`'s calendar.
    static func find(_ identifier: Calendar.Identifier, month: Int, day: Int, gregorianYear: Int) -> Int? {
        let key = "\(identifier) \(month) \(day) \(gregorianYear)"
        lock.lock()
        if let hit = cache[key] { lock.unlock(); return hit }
        lock.unlock()
        let utc = TimeZone(identifier: "UTC")!
        var calendar = Calendar(identifier: identifier)
        calendar.timeZone = utc
        let start = CivilCalendar.dayNumber(gregorianYear, 1, 1)
        let end = CivilCalendar.dayNumber(gregorianYear, 12, 31)
        var found: Int? = nil
        var d = start
        while d <= end {
            let parts = calendar.dateComponents(
                [.month, .day], from: Date(timeIntervalSince1970: Double(d) * 86_400 + 43_200))
            if parts.month == month, parts.day == day, parts.isLeapMonth != true { found = d; break }
            d += 1
        }
        lock.lock()
        cache[key] = found
        lock.unlock()
        return found
    }
}
