import LoupeCore

/// News about the economy, health or crime judges a change by what changes: "profit rose" is
/// good news and "costs rose" bad, "Die Preise wurden erhöht" is bad for whoever pays and "die
/// Arbeitslosigkeit sank" good. The tone is neither in the verb nor in the noun but in the pair:
/// the directional expressions × polarity of the moving quantity of Malo et al. (2014), who
/// built the Financial PhraseBank on that observation.
///
/// Within one clause, a word of change (`rise`, `fell`, `higher`, `erhöht`, `Rückgang`) takes
/// the valence ±`valence` from the nearest quantity it moves (`profit`, `Kosten`); the quantity's
/// own valence is dropped there, so a loss that narrows is good news. A change word with no
/// quantity in its clause says nothing about tone and carries no valence ("Die Sitzung wurde
/// verlängert", "the number of members increased"). German compounds that join a quantity and a
/// change (`Preiserhöhung`, `Gewinnrückgang`, `Stellenabbau`) are read the same way, and so are
/// compound quantities (`Quartalsgewinn`, `Energiepreise`). Negation and the other rules apply
/// to the resulting valence as to any word's.
///
/// - Complexity: O(items) per sentence; compounds are split only in sentences that have a word
///   of change.
struct DirectionalChange: Sendable {
    /// The valence of a change of a quantity, on VADER's scale (`gut` is 1.9, `excellent` 2.7):
    /// in news, a reported rise of profit or prices is plainly good or bad news. Chosen on the
    /// tuning halves of the news dev sets (`scripts/tune-sentiment-neutral.sh`; 1.8 to 3.2 measured).
    static let valence: Float = 2.5

    enum Direction: Int8, Sendable {
        case up = 1
        case down = -1
    }

    /// Whole words of change, all their forms (frozen tables: this runs on every word).
    let changes: KeyTable<Direction>
    /// Changes that count only before a figure or `from`/`by` (`up 5 %`, `down from`).
    let needFigure: Set<UInt64>
    let figureWords: Set<UInt64>
    /// Quantities: +1 when more is better (profit, Umsatz), −1 when more is worse (costs, Preise).
    let quantities: KeyTable<Int8>
    /// German compound heads of change (`…erhöhung`, `…rückgang`), by their last byte, compared
    /// from the end byte by byte (most nouns in `-ung` differ within a few bytes).
    let changeHeads: [[(bytes: [UInt8], direction: Direction)]]
    let german: Bool

    init(german: Bool) {
        self.german = german
        let words = german ? Self.germanWords : Self.englishWords
        var changes: [UInt64: Direction] = [:]
        for word in words.up { changes[TokenKey.hash(word, folding: .all)] = .up }
        for word in words.down { changes[TokenKey.hash(word, folding: .all)] = .down }
        self.changes = KeyTable(changes)
        needFigure = Set(words.needFigure.map { TokenKey.hash($0, folding: .all) })
        figureWords = Set(words.figureWords.map { TokenKey.hash($0, folding: .all) })
        var quantities: [UInt64: Int8] = [:]
        for word in words.better { quantities[TokenKey.hash(word, folding: .all)] = 1 }
        for word in words.worse { quantities[TokenKey.hash(word, folding: .all)] = -1 }
        self.quantities = KeyTable(quantities)
        var heads = [[(bytes: [UInt8], direction: Direction)]](repeating: [], count: 256)
        for (list, direction) in [(words.upHeads, Direction.up), (words.downHeads, .down)] {
            for head in list { heads[Int(head.utf8.last!)].append((Array(head.utf8), direction)) }
        }
        changeHeads = heads
    }

    static let english = DirectionalChange(german: false)
    static let german = DirectionalChange(german: true)

    /// Gives each word of change the valence of the change of its quantity (or none).
    func apply(_ items: inout [SentimentItem], _ bytes: UnsafeBufferPointer<UInt8>) {
        // A compound names its quantity itself (or a thing that is none: `Zins|erhöhung`).
        var found: [(index: Int, direction: Direction, compound: Bool, quantity: Int8?)] = []
        for i in items.indices where items[i].isWord {
            if let direction = changes[items[i].key] {
                if needFigure.contains(items[i].key) {
                    guard i + 1 < items.count, !items[i + 1].boundaryBefore,
                        !items[i + 1].isWord || figureWords.contains(items[i + 1].key)
                    else { continue }
                }
                found.append((i, direction, false, nil))
            } else if german, let compound = compoundChange(items[i].span, bytes) {
                found.append((i, compound.direction, true, compound.quantity))
            }
        }
        for (i, direction, compound, inCompound) in found {
            var polarity = inCompound
            var quantity = compound ? items[i].span : nil
            if !compound, let (q, sign) = nearestQuantity(to: i, items, bytes) {
                polarity = sign
                quantity = items[q].span
                items[q].valence = 0
                items[q].source = .none
            }
            items[i].valence = polarity.map { Float($0) * Float(direction.rawValue) * Self.valence } ?? 0
            items[i].source = polarity == nil ? .none : .change(quantity: quantity ?? items[i].span)
        }
    }

    /// The quantity nearest to item `i` in its clause (left first at equal distance), else, for
    /// a change that opens its clause (within its first three words), the last one of the clause
    /// before it: a change set off by a comma is said of what precedes (`Operating profit was EUR
    /// 5 mn, up from EUR 4 mn`; `Die Kosten, die stark gestiegen sind`), while a clause with a
    /// subject of its own (`…, die Zahl der Mitglieder stieg`) is not.
    private func nearestQuantity(to i: Int, _ items: [SentimentItem], _ bytes: UnsafeBufferPointer<UInt8>)
        -> (Int, Int8)?
    {
        let clause = items.clause(around: i)
        for distance in 1..<max(2, clause.count) {
            for j in [i - distance, i + distance] where clause.contains(j) && items[j].isWord {
                if let sign = quantity(items[j], bytes) { return (j, sign) }
            }
        }
        guard i - clause.lowerBound < 3 else { return nil }
        var j = clause.lowerBound - 1
        while j >= 0 {
            if items[j].isWord, let sign = quantity(items[j], bytes) { return (j, sign) }
            if items[j].boundaryBefore { break }
            j -= 1
        }
        return nil
    }

    /// The polarity of a quantity word, or of a German compound ending in one (`Quartalsgewinn`).
    private func quantity(_ item: SentimentItem, _ bytes: UnsafeBufferPointer<UInt8>) -> Int8? {
        if let sign = quantities[item.key] { return sign }
        guard german, item.span.length >= 7 else { return nil }
        return compoundQuantity(item.span.start, item.span.end, bytes)
    }

    /// The quantity that ends the bytes `start..<end` after at least three bytes of modifier.
    private func compoundQuantity(_ start: Int, _ end: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int8? {
        var s = start + 3
        while s <= end - 4 {
            if bytes[s] & 0xC0 != 0x80, bytes[s] != UInt8(ascii: "-"),
                let sign = quantities[TokenKey.fold(bytes, s, end, .all).hash]
            {
                return sign
            }
            s += 1
        }
        return nil
    }

    /// A German compound whose head is a change (`Preis|erhöhung`): its direction, and the
    /// polarity of the quantity before the head when there is one.
    private func compoundChange(_ span: Span, _ bytes: UnsafeBufferPointer<UInt8>)
        -> (direction: Direction, quantity: Int8?)?
    {
        guard span.length >= 7, TokenKey.isASCIICapital(bytes[span.start]) else { return nil }
        for head in changeHeads[Int(bytes[span.end - 1])] where head.bytes.count + 3 <= span.length {
            let headStart = span.end - head.bytes.count
            var k = head.bytes.count - 1
            while k >= 0, bytes[headStart + k] == head.bytes[k] { k -= 1 }
            guard k < 0, bytes[headStart] & 0xC0 != 0x80 else { continue }
            let direction = head.direction
            // The modifier is a quantity (`Preis`), or ends in one (`Strompreis`).
            var modifierEnd = headStart
            if bytes[modifierEnd - 1] == UInt8(ascii: "-") { modifierEnd -= 1 }
            let whole = quantities[TokenKey.fold(bytes, span.start, modifierEnd, .all).hash]
            return (direction, whole ?? compoundQuantity(span.start, modifierEnd, bytes))
        }
        return nil
    }

    // MARK: - Word sets

    struct Words {
        var up: [String]
        var down: [String]
        var needFigure: [String] = []
        var figureWords: [String] = []
        var better: [String]
        var worse: [String]
        var upHeads: [String] = []
        var downHeads: [String] = []
    }

    static let englishWords = Words(
        up: [
            "rise", "rises", "rose", "risen", "rising", "increase", "increases", "increased", "increasing",
            "grow", "grows", "grew", "grown", "growing", "climb", "climbs", "climbed", "climbing", "jump", "jumps",
            "jumped", "surge", "surges", "surged", "surging", "soar", "soars", "soared", "soaring", "double",
            "doubled", "doubles", "tripled", "higher", "hike", "hikes", "hiked", "raise", "raises", "raised",
            "widen", "widens", "widened", "widening", "up",
        ],
        down: [
            "fall", "falls", "fell", "fallen", "falling", "decrease", "decreases", "decreased", "decreasing",
            "decline", "declines", "declined", "declining", "drop", "drops", "dropped", "dropping", "slip", "slips",
            "slipped", "plunge", "plunges", "plunged", "tumble", "tumbled", "slump", "slumped", "sink", "sank",
            "shrink", "shrinks", "shrank", "shrunk", "cut", "cuts", "cutting", "reduce", "reduces", "reduced",
            "reducing", "reduction", "lower", "lowered", "narrow", "narrowed", "narrowing", "halve", "halved",
            "down",
        ],
        needFigure: ["up", "down"],
        figureWords: ["from", "by", "to"],
        better: [
            "profit", "profits", "earnings", "revenue", "revenues", "sales", "income", "ebit", "ebitda", "ebita",
            "margin", "margins", "dividend", "dividends", "orders", "backlog", "intake", "turnover", "demand",
            "shares", "exports", "output", "production", "productivity", "employment", "jobs", "wages",
            "salaries", "deliveries", "volume", "volumes", "traffic", "passengers", "occupancy", "eps", "result",
            "results", "efficiency",
        ],
        worse: [
            "loss", "losses", "cost", "costs", "expense", "expenses", "expenditure", "expenditures", "debt",
            "debts", "deficit", "deficits", "unemployment", "jobless", "layoffs", "inflation", "rent", "rents",
            "taxes", "tariffs", "fees", "emissions", "crime", "infections", "deaths", "casualties",
            "bankruptcies", "insolvencies", "impairment", "impairments", "writedowns", "write-downs",
            "liabilities", "borrowing", "absences", "accidents",
        ]
    )

    /// German forms are listed: the quantities with their plural and genitive forms (and the
    /// combining form where it differs: `Miet|erhöhung`), the changes with their finite forms,
    /// participles and the declined forms of their participles and comparatives.
    static let germanWords = Words(
        up: [
            "steigen", "steigt", "stieg", "stiegen", "gestiegen", "steigend", "steigende", "steigenden",
            "steigender", "steigendes", "angestiegen", "ansteigen", "erhöhen", "erhöht", "erhöhte", "erhöhten",
            "erhöhter", "erhöhtes", "erhöhe", "wachsen", "wächst", "wuchs", "wuchsen", "gewachsen", "wachsende",
            "wachsenden", "wachsender", "zugelegt", "zulegen", "klettern", "klettert", "kletterte", "kletterten",
            "geklettert", "steigern", "steigert", "steigerte", "steigerten", "gesteigert", "verdoppelt",
            "verdoppelte", "verdoppelten", "verdreifacht", "höher", "höhere", "höheren", "höherer", "höheres",
            "höherem", "Anstieg", "Anstiegs", "Anstiege", "Erhöhung", "Erhöhungen", "Steigerung", "Steigerungen",
            "Zuwachs", "Zuwächse", "Zuwachses", "Verdopplung",
            // Particle verbs, as the item reader joins them (`stieg … an`, `legte … zu`).
            "anstiegen", "zulegte", "zulegten",
        ],
        down: [
            "sinken", "sinkt", "sank", "sanken", "gesunken", "sinkende", "sinkenden", "sinkender", "sinkendes",
            "fiel", "fielen", "zurückgegangen", "zurückgehen", "zurückging", "senken", "senkt", "senkte",
            "senkten", "gesenkt", "verringern", "verringert", "verringerte", "verringerten", "reduzieren",
            "reduziert", "reduzierte", "reduzierten", "schrumpfen", "schrumpft", "schrumpfte", "geschrumpft",
            "halbiert", "halbierte", "niedriger", "niedrigere", "niedrigeren", "niedrigerer", "niedrigeres",
            "geringer", "geringere", "geringeren", "geringerer", "eingebrochen", "abgebaut", "abbauen", "gekürzt",
            "kürzen", "kürzt", "kürzte", "Rückgang", "Rückgangs", "Rückgänge", "Senkung", "Senkungen",
            "Verringerung", "Reduzierung", "Reduktion", "Halbierung", "Einbruch", "Einbrüche", "Kürzung",
            "Kürzungen", "Abbau", "Absturz",
            // Particle verbs, as the item reader joins them (`brach … ein`, `ging … zurück`).
            "einbrach", "einbrachen", "zurückgingen", "abbaute", "abbauten",
        ],
        better: [
            "Gewinn", "Gewinne", "Gewinns", "Gewinnen", "Umsatz", "Umsätze", "Umsatzes", "Umsätzen", "Ertrag",
            "Erträge", "Ertrags", "Erträgen", "Einnahmen", "Einkommen", "Einkommens", "Dividende", "Dividenden",
            "Aufträge", "Auftragseingang", "Absatz", "Absatzes", "Nachfrage", "Export", "Exporte", "Exports",
            "Exporten", "Beschäftigung", "Lohn", "Löhne", "Lohns", "Löhnen", "Gehalt", "Gehälter", "Gehalts",
            "Rente", "Renten", "Produktion", "Aktie", "Aktien", "Kurs", "Kurse", "Kurses", "Börsenwert",
            "Überschuss", "Überschüsse", "Rendite", "Renditen", "Produktivität", "Marge", "Margen", "Stellen",
            "Arbeitsplätze", "Arbeitsplätzen", "Kaufkraft", "Wachstum", "Wachstums", "Wirtschaftsleistung",
        ],
        worse: [
            "Verlust", "Verluste", "Verlusts", "Verlustes", "Verlusten", "Kosten", "Schulden", "Defizit",
            "Defizite", "Defizits", "Arbeitslosigkeit", "Arbeitslose", "Arbeitslosen", "Arbeitslosenzahl",
            "Arbeitslosenzahlen", "Arbeitslosenquote", "Preis", "Preise", "Preises", "Preisen", "Miete", "Mieten",
            "Miet", "Inflation", "Inflationsrate", "Teuerung", "Gebühr", "Gebühren", "Beitrag", "Beiträge",
            "Beitrags", "Steuer", "Steuern", "Abgaben", "Inzidenz", "Inzidenzen", "Infektion", "Infektionen",
            "Infektionszahlen", "Fallzahl", "Fallzahlen", "Risiko", "Risiken", "Risikos", "Emission", "Emissionen",
            "Kriminalität", "Insolvenz", "Insolvenzen", "Pleiten", "Wartezeit", "Wartezeiten",
        ],
        upHeads: [
            "anstieg", "anstiegs", "erhöhung", "erhöhungen", "steigerung", "steigerungen", "zuwachs", "zuwächse",
            "plus",
        ],
        downHeads: [
            "rückgang", "rückgangs", "rückgänge", "einbruch", "einbrüche", "minus", "sturz", "abbau", "kürzung",
            "kürzungen", "senkung", "senkungen", "verringerung", "reduzierung", "halbierung",
        ]
    )
}
