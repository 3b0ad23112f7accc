/// A language code (ISO 639-1). Open like `NLLanguage`: analyzers may name any code, Loupe's
/// own analyzers support `de` and `en`.
public struct Language: RawRepresentable, Hashable, Sendable, Codable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let german = Language("de")
    public static let english = Language("en")
    /// Neither German nor English could be recognised with confidence.
    public static let unknown = Language("unknown")

    public var description: String { rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
