/// Declares one analyzer option, for parsing, validation, help and completion.
public struct OptionSpec: Sendable {
    public enum Kind: Sendable, Equatable {
        case flag, string, int, number, path, date
    }

    public var name: String
    public var kind: Kind
    public var summary: String
    public var defaultValue: String?
    /// Takes the first bare argument: `kwic Putin` sets `word`.
    public var positional: Bool
    /// Values offered by completion (e.g. `--by speaker`).
    public var values: [String]

    public init(_ name: String, _ kind: Kind, _ summary: String, default defaultValue: String? = nil,
                positional: Bool = false, values: [String] = []) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.defaultValue = defaultValue
        self.positional = positional
        self.values = values
    }

    public var placeholder: String {
        switch kind {
        case .flag: ""
        case .string: values.isEmpty ? name.uppercased() : values.joined(separator: "|")
        case .int: "N"
        case .number: "X"
        case .path: "PATH"
        case .date: "DATE"
        }
    }

    /// Checks a value against the kind; returns the normalised value.
    public func validate(_ value: String) throws -> String {
        switch kind {
        case .flag:
            guard ["true", "false", "yes", "no", "1", "0", "on", "off"].contains(value.lowercased()) else {
                throw LoupeError.badOptionValue(name, value: value, expected: "true or false")
            }
            return ["true", "yes", "1", "on"].contains(value.lowercased()) ? "true" : "false"
        case .int:
            guard Int(value) != nil else { throw LoupeError.badOptionValue(name, value: value, expected: "a whole number") }
        case .number:
            guard Double(value) != nil else { throw LoupeError.badOptionValue(name, value: value, expected: "a number") }
        case .date:
            guard ReferenceTime(iso: value) != nil else { throw LoupeError.badReference(value) }
        case .string where !values.isEmpty:
            guard values.contains(value) else {
                throw LoupeError.badOptionValue(name, value: value, expected: values.joined(separator: ", "))
            }
        case .string, .path: break
        }
        return value
    }
}

/// Option values by namespaced key (`entities.mentions`, `kwic.width`), as CoreNLP's
/// properties. `scoped(to:)` gives an analyzer its own options without the prefix.
public struct AnalyzerOptions: Sendable, Hashable {
    public private(set) var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }

    public subscript(key: String) -> String? {
        get { values[key] }
        set { values[key] = newValue }
    }

    public func scoped(to analyzer: String) -> AnalyzerOptions {
        let prefix = analyzer + "."
        var scoped: [String: String] = [:]
        for (key, value) in values where key.hasPrefix(prefix) { scoped[String(key.dropFirst(prefix.count))] = value }
        return AnalyzerOptions(scoped)
    }

    public func merging(_ other: AnalyzerOptions) -> AnalyzerOptions {
        AnalyzerOptions(values.merging(other.values) { _, new in new })
    }

    public func string(_ key: String) -> String? { values[key] }
    public func flag(_ key: String) -> Bool { values[key] == "true" }
    public func int(_ key: String) -> Int? { values[key].flatMap(Int.init) }
    public func number(_ key: String) -> Double? { values[key].flatMap(Double.init) }

    /// A stable text form, for cache keys.
    public var fingerprint: String {
        values.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";")
    }
}
