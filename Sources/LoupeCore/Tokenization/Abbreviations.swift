/// Words that keep their period in German and English news, and the words after which a
/// number with a period is an ordinal (`19. Juni`, `2. Weltkrieg`).
enum Abbreviations {
    /// Abbreviations that do not end a sentence even before a capitalised word
    /// (titles, units, "z. B." parts are single letters and handled separately).
    static let inner: Set<String> = [
        // German
        "Abb", "Abs", "Abt", "allg", "Anm", "Art", "Aufl", "Bd", "bspw", "bzgl", "bzw", "ca", "Chr", "Co",
        "dgl", "Dipl", "Dr", "Dres", "ebd", "eigtl", "einschl", "entspr", "erg", "evtl", "exkl", "Fa", "ff",
        "Fr", "Frl", "geb", "gegr", "gem", "gest", "ggf", "ggfs", "Hbf", "Hg", "hrsg", "Hrsg", "Hr", "Hrn",
        "i", "inkl", "Ing", "insb", "Jh", "Jhd", "Jhdt", "jun", "Kap", "kath", "lt", "Mio", "Mill",
        "Mrd", "Mrz", "Nr", "Nrn", "od", "o", "Pf", "Pfd", "Prof", "Red", "rd", "Reg",
        "resp", "S", "s", "sen", "sog", "St", "Std", "Str", "Tel", "Tsd", "u", "usw", "usf", "v", "Verf",
        "vgl", "Vors", "z", "zit", "zzgl", "zz", "zzt", "Jan", "Jän", "Feb", "Febr", "Mär", "Apr", "Jun", "Jul", "Aug",
        "Sep", "Sept", "Okt", "Nov", "Dez", "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", "Gebr", "Ggs",
        "Anh", "Bhf", "Dt", "dt", "Ew", "Forts", "Gde", "Jg", "Kfm", "Kl", "Mwst", "MwSt", "Pkt", "Reg",
        "Tab", "Univ", "Ziff", "Zi",
        // English
        "Mr", "Mrs", "Ms", "Mx", "Messrs", "Sr", "Jr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Sgt",
        "Capt", "Cmdr", "Adm", "Maj", "Brig", "Rev", "Hon", "hon", "Pres", "Supt", "Det", "Insp", "Mt", "No",
        "Nos", "vs", "approx", "est", "dept", "Dept", "Ave", "Blvd", "Rd", "Fig", "fig", "Vol", "vol",
        "Mar", "Oct", "Dec", "Ph", "cf", "al", "Univ", "Calif", "Mass", "Penn", "Wash", "Ariz", "Colo",
        "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont",
        "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wis", "Wyo",
    ]

    /// Months' abbreviations as typed in lower case, which keep their period only before a number.
    static let lowerCaseMonths: Set<String> = [
        "jan", "jän", "feb", "febr", "mar", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "okt", "nov",
        "dec",
        "dez",
    ]

    /// German abbreviations that are English words ending sentences too (`made up his mind.`, `to the max.`): they
    /// keep their period before a number or a word in lower case (`mind. 18 Jahre`, `max. zwei`, `90 min. lang`).
    static let alsoWords: Set<String> = ["mind", "min", "max"]

    /// Abbreviations that may also end a sentence: they end one before a capitalised word.
    static let final: Set<String> = ["etc", "usw", "usf", "Inc", "Ltd", "Corp", "Bros", "Co"]

    /// Words that open English sentences and hardly ever follow `a.m.`, `p.m.` or a country's letters inside one.
    static let englishSentenceOpeners: Set<String> = [
        "The", "He", "She", "It", "They", "We", "I", "This", "That", "These", "Those", "There", "His", "Her", "Their",
        "Its", "Our", "But", "And", "Yet", "However", "Meanwhile",
    ]

    /// German articles and pronouns that open sentences and are never part of a name.
    static let germanSentenceOpeners: Set<String> = [
        "Der", "Die", "Das", "Dem", "Den", "Ein", "Eine", "Er", "Es", "Wir", "Ihr", "Dies", "Diese", "Dieser",
        "Doch", "Aber", "Auch", "Damit", "Dabei", "Danach", "Zudem",
    ]

    /// Whether a capitalised German word is one of a closed class that opens sentences, no noun an ordinal counts:
    /// `germanSentenceOpeners`, a stop word (`In`, `Sie`, `Und`), or an adverb of time or focus (`Heute`, `Erst`).
    static func opensGermanSentence(_ word: String) -> Bool {
        germanSentenceOpeners.contains(word) || sentenceAdverbsDE.contains(word)
            || StopWords.german.contains(word.lowercased())
    }

    static let sentenceAdverbsDE: Set<String> = ["Heute", "Gestern", "Morgen", "Erst", "Viele", "Wer"]

    /// Whether an abbreviation of letters with inner periods (`a.m.`, `U.S.`) ends its sentence before the next
    /// word: only a clock's `a.m.`/`p.m.` or letters in capitals (not German `z.B.`, `u.a.`), and only before a
    /// word of `englishSentenceOpeners` (`at 2 a.m. He thanked …`, `in the U.S. The plan …`; not `the U.S. House`,
    /// `9 a.m. Monday`). An initial in capitals ends its sentence before those words or `germanSentenceOpeners`
    /// (`auf der Plattform X. Der Verein …`, `Plan B. The …`; not `George W. Bush`, `Rafik Y. sagte`).
    /// Whether the abbreviation is one capital letter with its period (`X.`, `J.`) after a word in lower case
    /// (`auf X.`): no initial of a name, which follows a first name or opens the name.
    static func isLetterAfterLowercase(_ abbreviation: Span, after previous: Span, in bytes: [UInt8]) -> Bool {
        abbreviation.end - abbreviation.start == 2 && (65...90).contains(bytes[abbreviation.start])
            && (97...122).contains(bytes[previous.start])
    }

    static func endsSentence(_ abbreviation: Span, before next: Span, in bytes: [UInt8]) -> Bool {
        let letters = bytes[abbreviation.start..<abbreviation.end]
        if letters.count == 2, (65...90).contains(letters.first!) {
            let word = String(decoding: bytes[next.start..<next.end], as: UTF8.self)
            return englishSentenceOpeners.contains(word) || germanSentenceOpeners.contains(word)
        }
        guard letters.count >= 4, letters.last == 46, letters.dropLast().contains(46) else { return false }
        let clock = letters.elementsEqual("a.m.".utf8) || letters.elementsEqual("p.m.".utf8)
        guard clock || letters.allSatisfy({ $0 == 46 || (65...90).contains($0) }) else { return false }
        return englishSentenceOpeners.contains(String(decoding: bytes[next.start..<next.end], as: UTF8.self))
    }

    static let months: Set<String> = [
        "Januar", "Jänner", "Februar", "Feber", "März", "April", "Mai", "Juni", "Juli", "August", "September",
        "Oktober", "November", "Dezember", "Jan", "Jän", "Feb", "Febr", "Mär", "Apr", "Jun", "Jul", "Aug", "Sep",
        "Sept",
        "Okt", "Nov", "Dez", "January", "February", "March", "May", "June", "July", "October", "December",
        // genitive forms: "am Mittag des 9. Februars 1904"
        "Januars", "Februars", "Märzes", "Aprils", "Junis", "Julis", "Augusts", "Septembers", "Oktobers", "Novembers",
        "Dezembers",
    ]

    /// German determiners before a number of up to three digits that make its period an ordinal's before any
    /// capitalised noun (`der 76. Berlinale`, `zur 12. Kammer`, `seinem 80. Geburtstag`), not a sentence's end
    /// (`am`, `vom`, `zum` go with a day of the month, which can end one: `Die Frist läuft bis zum 15. Danach …`).
    static let ordinalDeterminers: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "zur", "im", "beim", "ins", "dieser", "diese",
        "dieses", "diesem", "diesen", "seiner", "seine", "seines", "seinem", "seinen", "ihrer", "ihre", "ihres",
        "ihrem", "ihren", "unserer", "unsere", "unseres", "unserem", "unseren",
    ]

    /// Capitalised words that follow an ordinal number in German.
    static let ordinalNouns: Set<String> = [
        "Jahrhundert", "Jahrhunderts", "Jh", "Jhdt", "Jhd", "Jahrtausend", "Jahrtausends", "Weltkrieg", "Weltkriegs",
        "Weltkrieges",
        "Platz", "Mal", "Stock", "Stockwerk", "Etage", "Klasse", "Liga", "Bundesliga", "Runde", "Spieltag",
        "Geburtstag", "Jahrestag", "Todestag", "Lebensjahr", "Lebensjahres", "Quartal", "Quartals", "Halbjahr",
        "Semester", "Kapitel", "Satz", "Absatz", "Artikel", "Buch", "Band", "Auflage", "Sinfonie", "Symphonie",
        "Parteitag", "Bundestag", "Legislaturperiode", "Amtszeit", "Amendment", "Armee", "Division", "Flotte",
        "Internationale", "Republik", "Reich", "Kongress", "Sitzung", "Tag", "Woche", "Monat", "Jahr",
        "Kalenderwoche", "KW", "Jahreshälfte", "Monatshälfte", "Hälfte",
        // feast days counted by ordinals: am 2. Advent, am 1. Weihnachtsfeiertag, der 3. Fastensonntag
        "Advent", "Adventssonntag", "Adventsonntag", "Adventswochenende", "Adventwochenende", "Weihnachtsfeiertag",
        "Weihnachtstag", "Feiertag",
        "Osterfeiertag", "Pfingstfeiertag", "Fastensonntag", "Sonntag", "Wochenende",
        // weekdays counted in a month: der 3. Dienstag im September
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend",
    ]
}
