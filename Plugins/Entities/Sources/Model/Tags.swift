// Entity labels and BIO tags.

/// The four entity types of the GermEval 2014 outer level.
public enum NERLabel: UInt8, Sendable, CaseIterable, CustomStringConvertible {
    case per = 0, loc = 1, org = 2, oth = 3

    public var description: String {
        switch self {
        case .per: return "PER"
        case .loc: return "LOC"
        case .org: return "ORG"
        case .oth: return "OTH"
        }
    }

    public init?(name: Substring) {
        switch name {
        case "PER": self = .per
        case "LOC": self = .loc
        case "ORG": self = .org
        case "OTH", "MISC": self = .oth
        default: return nil
        }
    }
}

/// A BIO tag: `O`, or begin/inside of a label. Raw value 0 = O, 1 + 2*label = B, 2 + 2*label = I.
public struct NERTag: Hashable, Sendable, CustomStringConvertible {
    public let rawValue: UInt8
    public static let count = 9
    public static let outside = NERTag(rawValue: 0)

    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static func begin(_ l: NERLabel) -> NERTag { NERTag(rawValue: 1 + 2 * l.rawValue) }
    public static func inside(_ l: NERLabel) -> NERTag { NERTag(rawValue: 2 + 2 * l.rawValue) }

    public var isOutside: Bool { rawValue == 0 }
    public var isBegin: Bool { rawValue != 0 && rawValue & 1 == 1 }
    public var isInside: Bool { rawValue != 0 && rawValue & 1 == 0 }
    public var label: NERLabel? { rawValue == 0 ? nil : NERLabel(rawValue: (rawValue - 1) / 2) }

    public var description: String {
        guard let l = label else { return "O" }
        return (isBegin ? "B-" : "I-") + l.description
    }

    /// Parses "O", "B-PER", "I-LOC" ... (only the four labels; anything else is nil).
    public init?(string: Substring) {
        if string == "O" { self = .outside; return }
        guard string.count > 2, let dash = string.firstIndex(of: "-") else { return nil }
        let p = string[string.startIndex..<dash]
        guard let l = NERLabel(name: string[string.index(after: dash)...]) else { return nil }
        if p == "B" { self = .begin(l) } else if p == "I" { self = .inside(l) } else { return nil }
    }
}

/// An entity span over token indices.
public struct NEREntity: Hashable, Sendable, CustomStringConvertible {
    public var range: Range<Int>
    public var label: NERLabel
    public init(range: Range<Int>, label: NERLabel) { self.range = range; self.label = label }
    public var description: String { "\(label)[\(range.lowerBound)..<\(range.upperBound)]" }
}

/// Extracts entity spans from BIO tags (conlleval style: an I- that does not continue
/// an entity of the same label starts a new one).
public func nerEntities(_ tags: [NERTag]) -> [NEREntity] {
    var out: [NEREntity] = []
    var start = -1
    var cur: NERLabel? = nil
    for (i, t) in tags.enumerated() {
        let l = t.label
        let continues = t.isInside && l == cur
        if !continues {
            if let c = cur { out.append(NEREntity(range: start..<i, label: c)) }
            cur = l
            start = i
        }
    }
    if let c = cur { out.append(NEREntity(range: start..<tags.count, label: c)) }
    return out
}

/// Makes a tag sequence valid BIO (I-X not continuing X becomes B-X).
public func nerRepairBIO(_ tags: [NERTag]) -> [NERTag] {
    var out = tags
    var prev = NERTag.outside
    for i in out.indices {
        let t = out[i]
        if t.isInside, prev.label != t.label { out[i] = .begin(t.label!) }
        prev = out[i]
    }
    return out
}

/// A labelled sentence.
public struct NERSentence: Sendable {
    public var tokens: [String]
    public var tags: [NERTag]
    /// Free-form source name (e.g. "germeval", "mobie"); used for weighting/ablation only.
    public var source: String
    /// The document the sentence belongs to, numbered in file order (CoNLL `-DOCSTART-`; a file
    /// without document marks makes every sentence a document of its own).
    public var document = 0
    public init(tokens: [String], tags: [NERTag], source: String = "") {
        self.tokens = tokens; self.tags = tags; self.source = source
    }
}
