import LoupeCore

/// The document-level rules that follow the tagger, in their one order: the analyzer applies them
/// to a document's tokens and `loupe eval entities` to a gold file's, so both score the same
/// pipeline. Each rule's file says what it does and what it was measured to gain.
public enum DocumentRules {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// How the rules see a document's tokens.
    public struct Tokens {
        public var count: Int
        public var language: Language
        /// The token ranges of the lines (sentences).
        public var lines: [Range<Int>]
        public var text: (Int) -> String
        /// Space before the token in the text (gold tokens: always).
        public var spaceBefore: (Int) -> Bool
        /// Starts with a capital letter.
        public var capitalised: (Int) -> Bool
        /// Starts with an ASCII lower-case letter.
        public var lowercase: (Int) -> Bool
        /// Equal keys for equal texts (`TokenKey`).
        public var key: (Int) -> UInt64
        public var shape: (Int) -> ResultTables.Shape
        /// The token is a first name of the name lists (`gaz-firstnames.bin`).
        public var firstName: (Int) -> Bool
        /// The token is a form of a German common noun (`gaz-de-nouns.bin`): `Gewinne`, `Bahn`.
        public var commonNoun: (Int) -> Bool
        /// The word is a place name of the noun list (`gaz-de-nouns.bin`, Wiktionary's toponyms): `Hamburg`.
        public var placeName: (String) -> Bool

        public init(
            count: Int, language: Language, lines: [Range<Int>], text: @escaping (Int) -> String,
            spaceBefore: @escaping (Int) -> Bool, capitalised: @escaping (Int) -> Bool,
            lowercase: @escaping (Int) -> Bool, key: @escaping (Int) -> UInt64,
            shape: @escaping (Int) -> ResultTables.Shape, firstName: @escaping (Int) -> Bool = { _ in false },
            commonNoun: @escaping (Int) -> Bool = { _ in false }, placeName: @escaping (String) -> Bool = { _ in false }
        ) {
            (self.count, self.language, self.lines, self.text) = (count, language, lines, text)
            self.spaceBefore = spaceBefore
            (self.capitalised, self.lowercase, self.key, self.shape) = (capitalised, lowercase, key, shape)
            self.firstName = firstName
            self.commonNoun = commonNoun
            self.placeName = placeName
        }

        /// The view with the name lists' lookups of each token's text (`nameLists`: nil reads no lists).
        public init(
            count: Int, language: Language, lines: [Range<Int>], text: @escaping (Int) -> String,
            spaceBefore: @escaping (Int) -> Bool, capitalised: @escaping (Int) -> Bool,
            lowercase: @escaping (Int) -> Bool, key: @escaping (Int) -> UInt64,
            shape: @escaping (Int) -> ResultTables.Shape, nameLists: NERResources?
        ) {
            self.init(
                count: count, language: language, lines: lines, text: text, spaceBefore: spaceBefore,
                capitalised: capitalised, lowercase: lowercase, key: key, shape: shape,
                firstName: { nameLists?.isFirstName(text($0)) ?? false },
                commonNoun: { nameLists?.isCommonNoun(text($0)) ?? false },
                placeName: { nameLists?.isPlaceName($0) ?? false })
        }
    }

    /// The key a token written `word` has (`Tokens.key`: as written, no folding), for rules that compare
    /// words by key.
    public static func key(_ word: String) -> UInt64 { TokenKey.hash(word, folding: []) }
    public static func keys(_ words: [String]) -> Set<UInt64> { Set(words.map(key)) }
    /// Whether `word` ends in `suffix`, compared byte by byte (the rules' suffixes are lower-case words:
    /// `hasSuffix`'s Unicode comparison costs more on every token it reads).
    @inline(__always) public static func endsWith(_ word: String, _ suffix: String) -> Bool {
        let w = word.utf8, s = suffix.utf8
        return w.count >= s.count && w.suffix(s.count).elementsEqual(s)
    }

    /// A capitalised word of three letters or more, letters and hyphens only (`Ingenieure`, `Burg-Gräfenrode`): a
    /// word that may continue or be a name.
    public static func isCapitalisedWord(_ word: String) -> Bool {
        word.count >= 3 && word.first?.isUppercase == true && word.allSatisfy { $0.isLetter || $0 == "-" }
    }

    /// The key of a comma, which several rules look for.
    public static let comma = key(",")

    /// For each of `tokenCount` tokens, the index in `entities` of the mention that covers it (-1: none).
    public static func owners(of entities: [Entity], tokenCount: Int) -> [Int] {
        var owner = [Int](repeating: -1, count: tokenCount)
        for (index, entity) in entities.enumerated() {
            for i in entity.tokens where i < tokenCount { owner[i] = index }
        }
        return owner
    }

    /// For each of `tokenCount` tokens, whether a mention covers it (the rules that find what the tagger
    /// left alone skip these).
    public static func coverage(of entities: [Entity], tokenCount: Int) -> [Bool] {
        var covered = [Bool](repeating: false, count: tokenCount)
        for entity in entities { for i in entity.tokens where i < tokenCount { covered[i] = true } }
        return covered
    }

    /// `entities` sorted by start; `consistency`: whether `DocumentConsistency` runs. Returns the
    /// entities sorted by start.
    public static func apply(_ entities: [Entity], _ t: Tokens, consistency: Bool) -> [Entity] {
        var found = MentionEdges.apply(entities, text: t.text)
        found = JoinedNames.completedVariants(JoinedNames.split(found, text: t.text), t)
        found = JoinedNames.quotedDisplayNames(found, text: t.text, tokenCount: t.count)
        found = OrganisationCues.apply(found, language: t.language, tokenCount: t.count, key: t.key, text: t.text)
        found = InstitutionNames.apply(found, language: t.language, tokenCount: t.count, key: t.key, text: t.text)
        found = InstitutionNames.withTheirTown(found, language: t.language, text: t.text)
        found = OrganisationCues.namedAfterCues(found, t)
        found = KnownOrganisations.apply(found, language: t.language, tokenCount: t.count, key: t.key)
        found = OrganisationCues.withTownAdjectives(found, t)
        found = PersonRoles.apply(found, language: t.language, text: t.text)
        found = PlaceAppositions.apply(found, language: t.language, tokenCount: t.count, key: t.key, text: t.text)
        found = Greetings.apply(found, t)
        found = ShopNames.apply(found, t)
        found = StateCodes.apply(
            found, language: t.language, tokenCount: t.count, key: t.key, capitalised: t.capitalised)
        found = BracketedAbbreviations.apply(found, tokenCount: t.count, text: t.text)
        found = NameParticles.apply(found, tokenCount: t.count, text: t.text)
        found = AmpersandNames.apply(found, tokenCount: t.count, key: t.key, text: t.text)
        found = NationalityWords.apply(
            found, language: t.language, tokenCount: t.count, capitalised: t.capitalised, text: t.text)
        found = LowercasePlaces.apply(
            found, language: t.language, tokenCount: t.count, lowercase: t.lowercase, text: t.text)
        found = EventNames.apply(found, language: t.language, tokenCount: t.count, text: t.text)
        if consistency {
            found = DocumentConsistency.apply(
                found, tokenCount: t.count, key: t.key, capitalised: t.capitalised,
                sentenceStarts: t.lines.map(\.lowerBound))
        }
        found = Genitives.apply(found, language: t.language, text: t.text)
        found = Datelines.apply(found, language: t.language, text: t.text, sentences: t.lines)
        found = ResultTables.apply(found, shape: t.shape, text: t.text, sentences: t.lines)
        found = SportsTeams.apply(found, tokenCount: t.count, key: t.key, text: t.text)
        return LineUps.apply(found, language: t.language, text: t.text, sentences: t.lines)
    }
}
