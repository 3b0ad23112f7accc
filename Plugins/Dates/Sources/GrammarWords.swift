/// Word sets of the grammar. Each set has a bit; every word of any set gets, in the lexicon, the
/// mask of the sets it belongs to, so `has(i, W.x)` is a bit test, not a string hash.
struct WordMask: Sendable {
    var low: UInt64 = 0
    var high: UInt64 = 0
    @inline(__always) func contains(_ bit: Int) -> Bool { bit < 64 ? low & (1 << UInt64(bit)) != 0 : high & (1 << UInt64(bit - 64)) != 0 }
    mutating func insert(_ bit: Int) { if bit < 64 { low |= 1 << UInt64(bit) } else { high |= 1 << UInt64(bit - 64) } }
}

enum W {
    static let componentStarters = 0
    static let a4c96 = 1
    static let ab153 = 2
    static let ab1d6 = 3
    static let about5382 = 4
    static let ad034e = 5
    static let after3ebc = 6
    static let ago9d63 = 7
    static let agob2e1 = 8
    static let alsd1d9 = 9
    static let am824e = 10
    static let am9696 = 11
    static let ama0ba = 12
    static let amf3f6 = 13
    static let an228d = 14
    static let and0e09 = 15
    static let approximately7251 = 16
    static let at2852 = 17
    static let at989a = 18
    static let atbf62 = 19
    static let bce834 = 20
    static let before5dcd = 21
    static let chr4b5e = 22
    static let couple750a = 23
    static let day5c67 = 24
    static let dieses706d = 25
    static let early1ce4 = 26
    static let ein7d97 = 27
    static let einc506 = 28
    static let einige705e = 29
    static let eom81ff = 30
    static let er5a4d = 31
    static let forca11 = 32
    static let fromef19 = 33
    static let halb31ce = 34
    static let halbe744 = 35
    static let half8b43 = 36
    static let hencebb41 = 37
    static let hours34a4 = 38
    static let im2596 = 39
    static let in1b9e = 40
    static let in9556 = 41
    static let inf55c = 42
    static let jahrb069 = 43
    static let jahre88c7 = 44
    static let latest32c6 = 45
    static let m5659 = 46
    static let midnighte12c = 47
    static let minutes4494 = 48
    static let monatsfafa = 49
    static let monthb859 = 50
    static let n61e8 = 51
    static let next3f98 = 52
    static let noon554f = 53
    static let now6d8b = 54
    static let of2fe5 = 55
    static let of7300 = 56
    static let ofe87b = 57
    static let other4c07 = 58
    static let p3fbb = 59
    static let p4470 = 60
    static let p54e7 = 61
    static let p639a = 62
    static let paara406 = 63
    static let past1f03 = 64
    static let past94f3 = 65
    static let pd140 = 66
    static let pe0c2 = 67
    static let pmd51d = 68
    static let quarter879c = 69
    static let quarters9837 = 70
    static let saae03 = 71
    static let so6f77 = 72
    static let sptestens2887 = 73
    static let than9ba2 = 74
    static let the375b = 75
    static let the53e5 = 76
    static let the77af = 77
    static let the78c2 = 78
    static let the8192 = 79
    static let the97d0 = 80
    static let theda79 = 81
    static let this5a2c = 82
    static let threeb927 = 83
    static let threequarters0c28 = 84
    static let tomorrow1ab6 = 85
    static let two14f2 = 86
    static let uhr314e = 87
    static let uhr904a = 88
    static let uhr95d3 = 89
    static let uhraada = 90
    static let uhrd7c1 = 91
    static let um20b1 = 92
    static let um86df = 93
    static let umbe6d = 94
    static let undad04 = 95
    static let undc63d = 96
    static let va989 = 97
    static let voredb4 = 98
    static let vorfa70 = 99
    static let week0b4c = 100
    static let wochenende690b = 101
    static let yearcb7b = 102
    static let yesterday20bf = 103
    static let zum819d = 104
    static let zum877d = 105

    static let lists: [[String]] = [
        ["the", "der", "den", "dem", "am", "in", "im", "um", "at", "gegen", "ab", "approximately", "about",
        "around", "so", "vor", "within", "day", "week", "woche", "jahr", "jahre", "jahres", "year", "zu", "early", "einige", "einigen",
        "mehrere", "mehreren", "wenige", "wenigen", "several", "few", "many", "some", "viele", "vielen", "three-quarters", "threequarters",
        "mittag", "midday", "\""],
        ["a"],
        ["a", "p"],
        ["a", "one"],
        ["about"],
        ["ad", "n", "a.d"],
        ["after"],
        ["ago"],
        ["ago", "earlier", "before"],
        ["als", "than"],
        ["am", "jeden", "guten", "einem", "den", "dem", "diesen", "diesem"],
        ["am", "vom", "bis", "zum", "-", "–", "/", "ab", "seit", "den", "dem", "ab", "und"],
        ["am", "in", "im"],
        ["am", "on"],
        ["an", "a"],
        ["and"],
        ["approximately", "approx"],
        ["at"],
        ["at", "um"],
        ["at", "the", "zu"],
        ["bc", "v", "b.c"],
        ["before"],
        ["chr"],
        ["couple", "pair"],
        ["day"],
        ["dieses", "diesen", "dieser"],
        ["early"],
        ["ein", "und"],
        ["ein", "a"],
        ["einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen", "several", "few", "many", "some", "viele", "vielen"],
        ["eom", "eoy"],
        ["er", "s", "'s", "’s"],
        ["for", "für"],
        ["from"],
        ["halb"],
        ["halb", "viertel", "dreiviertel"],
        ["half"],
        ["hence", "later"],
        ["hours"],
        ["im", "in", "of", "des"],
        ["in", "at", "im", "zur", "right", "for"],
        ["in", "within"],
        ["in", "im", "of", "since", "until", "by", "seit", "bis", "ab", "from", "to", "vom", "zum", "for", "during", "den", "dem", "the"],
        ["jahr", "jahre", "jahres", "year"],
        ["jahre", "jahren", "jahrgang"],
        ["latest"],
        ["m", "m."],
        ["midnight", "mitternacht"],
        ["minutes", "min", "mins", "minute"],
        ["monats"],
        ["month"],
        ["n"],
        ["next"],
        ["noon", "mittag", "midday"],
        ["now", "today"],
        ["of", "vom"],
        ["of"],
        ["of", "des", "der", "dieses", "diesen", "dieser"],
        ["other"],
        [".", "%", "prozent", "percent"],
        [","],
        ["-"],
        [".", ","],
        ["paar", "couple", "pair", "few"],
        ["past", "after", "to", "before", "till"],
        ["past", "after"],
        ["."],
        [":", "uhr", "h", "am", "pm", "a", "p"],
        ["pm", "am"],
        ["quarter"],
        ["quarters"],
        ["sa", "so", "mo", "di", "mi", "do", "fr"],
        ["so"],
        ["spätestens"],
        ["than"],
        ["the", "der", "den"],
        ["the", "around"],
        ["the", "die", "den", "der", "in", "im", "in"],
        ["the", "der", "den", "am"],
        ["the", "this", "in", "of", "early", "late", "during", "since", "until", "by", "im"],
        ["the"],
        ["the", "der", "die"],
        ["this", "next", "last"],
        ["three"],
        ["three-quarters", "threequarters"],
        ["tomorrow"],
        ["two", "three", "zwei", "drei"],
        ["uhr", "h", "o'clock", "oclock"],
        ["uhr", "h"],
        ["uhr", ":", "h"],
        ["uhr"],
        ["uhr", "o'clock", "oclock"],
        ["um"],
        ["um", "gegen"],
        ["um", "at", "gegen", "ab", "approximately", "about", "around"],
        ["und", "and", ",", "oder", "or"],
        ["und", "and", ","],
        ["v"],
        ["vor"],
        ["vor", "nach"],
        ["week", "woche"],
        ["wochenende", "weekend", "week-end", "wkend"],
        ["year"],
        ["yesterday"],
        ["zum", "zur"],
        ["zum", "zur", "the"],
    ]

    /// The mask of every word that is in some set.
    static let masks: [String: WordMask] = {
        var masks: [String: WordMask] = [:]
        for (bit, words) in lists.enumerated() {
            for word in words { masks[word, default: WordMask()].insert(bit) }
        }
        return masks
    }()
}
