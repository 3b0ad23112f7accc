/// A half-open range of UTF-8 byte offsets into a `Document`'s text.
///
/// Spans are what every layer stores: cheap to keep, exact, and independent of how the text is
/// later addressed. Output converts them to code-point offsets in one pass (`OffsetMap`).
public struct Span: Hashable, Comparable, Sendable, Codable {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        precondition(start <= end, "span start after end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { start == end }

    public func contains(_ other: Span) -> Bool { start <= other.start && other.end <= end }
    public func overlaps(_ other: Span) -> Bool { start < other.end && other.start < end }

    /// The smallest span covering both.
    public func union(_ other: Span) -> Span { Span(min(start, other.start), max(end, other.end)) }

    public static func < (lhs: Span, rhs: Span) -> Bool {
        lhs.start != rhs.start ? lhs.start < rhs.start : lhs.end < rhs.end
    }
}

// MARK: - JSON

extension CodingUserInfoKey {
    /// The document whose text a `Span` points into. With it, spans encode as code-point
    /// offsets plus their text (the JSON contract); without it, as raw UTF-8 byte offsets.
    public static let loupeDocument = CodingUserInfoKey(rawValue: "loupe.document")!
}

extension Span {
    private enum Keys: String, CodingKey { case start, end, text }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        if let document = encoder.userInfo[.loupeDocument] as? Document {
            let offsets = document.offsets
            try container.encode(offsets.codePoint(atByte: start), forKey: .start)
            try container.encode(offsets.codePoint(atByte: end), forKey: .end)
            try container.encode(document.string(for: self), forKey: .text)
        } else {
            try container.encode(start, forKey: .start)
            try container.encode(end, forKey: .end)
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: Keys.self)
        var start = try container.decode(Int.self, forKey: .start)
        var end = try container.decode(Int.self, forKey: .end)
        if let document = decoder.userInfo[.loupeDocument] as? Document {
            start = document.offsets.byte(atCodePoint: start)
            end = document.offsets.byte(atCodePoint: end)
        }
        guard start <= end else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "start after end"))
        }
        self.init(start, end)
    }
}

extension Encoder {
    /// An item of a layer's list: the span (`start`, `end`, `text`) and, in the same JSON
    /// object, the container for the item's own fields.
    public func spanItem<Key: CodingKey>(_ span: Span, keyedBy keys: Key.Type) throws -> KeyedEncodingContainer<Key> {
        try span.encode(to: self)
        return container(keyedBy: keys)
    }
}
