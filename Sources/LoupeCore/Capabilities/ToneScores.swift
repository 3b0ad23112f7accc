/// The tone of one part of a document (the narrator's voice, quoted speech).
public struct PartScore: Sendable, Equatable {
    public var part: String
    public var score: Double

    public init(part: String, score: Double) {
        self.part = part
        self.score = score
    }
}

/// The tone towards one name, over its mentions in a document.
public struct NameScore: Sendable, Equatable {
    public var name: String
    /// The entity type (PER, LOC …), when known.
    public var type: String?
    public var mentions: Int
    public var score: Double

    public init(name: String, type: String? = nil, mentions: Int, score: Double) {
        self.name = name
        self.type = type
        self.mentions = mentions
        self.score = score
    }
}

/// Scores that are a tone, from −1 (negative) to +1 (positive) — the `sentiment` layer: the
/// HTML export draws its sentences as a strip, the corpus report gives the tone by document and
/// by name. Where several layers score the tone, views take the first one computed.
public protocol ToneScores: ScoredItems {
    /// Parts of the document scored apart, in the order to show them.
    var partScores: [PartScore] { get }
    /// Names in the order first mentioned; a name can come more than once (one per type).
    var nameScores: [NameScore] { get }
}
