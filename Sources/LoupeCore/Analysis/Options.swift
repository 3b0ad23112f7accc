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
    /// The values an `.int` or `.number` option accepts. Every number a user types is checked
    /// against a range before an analyzer sees it: an `.int` without one takes 0 to
    /// `UserNumber.defaultMaximum`, a `.number` any finite value.
    public var range: ClosedRange<Double>?
    /// Changes only how the layer is shown (`entities --mentions`, `quotes --by speaker`), not
    /// what is computed: left out of the layer's cache key, so switching views reuses the layer.
    public var display: Bool

    public init(
        _ name: String, _ kind: Kind, _ summary: String, default defaultValue: String? = nil,
        positional: Bool = false, values: [String] = [], range: ClosedRange<Double>? = nil, display: Bool = false
    ) {
        self.name = name
        self.kind = kind
        self.summary = summary
        self.defaultValue = defaultValue
        self.positional = positional
        self.values = values
        self.range = range
        self.display = display
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
            let bounds = range.map { Int($0.lowerBound)...Int($0.upperBound) } ?? 0...UserNumber.defaultMaximum
            return String(try UserNumber.int(value, name: name, in: bounds))
        case .number:
            return UserNumber.describe(try UserNumber.number(value, name: name, in: range))
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

/// Numbers as users type them — option values, settings, `--top N`, `--jobs N` — parsed and
/// range-checked in one place, so that no count reaches a `prefix`, an allocation or an
/// arithmetic operation it could trap on. Failures are `[E007]` with the accepted range.
public enum UserNumber {
    /// The largest count accepted where nothing smaller is declared: far beyond any real use,
    /// far below any overflow (a count is multiplied by small factors at most).
    public static let defaultMaximum = 1_000_000_000

    public static func int(_ value: String, name: String, in range: ClosedRange<Int>) throws -> Int {
        let expected = "a whole number from \(range.lowerBound) to \(range.upperBound)"
        guard let number = Int(value) else {
            throw LoupeError.badOptionValue(name, value: value, expected: expected)
        }
        guard range.contains(number) else { throw LoupeError.badOptionValue(name, value: value, expected: expected) }
        return number
    }

    /// A number already parsed (by the command-line parser), checked against its range.
    @discardableResult
    public static func check(_ value: Int, name: String, in range: ClosedRange<Int>) throws -> Int {
        try int(String(value), name: name, in: range)
    }

    /// A finite number, inside `range` when one is given.
    public static func number(_ value: String, name: String, in range: ClosedRange<Double>? = nil) throws -> Double {
        let expected =
            range.map { "a number from \(describe($0.lowerBound)) to \(describe($0.upperBound))" } ?? "a finite number"
        guard let number = Double(value), number.isFinite else {
            throw LoupeError.badOptionValue(name, value: value, expected: expected)
        }
        if let range, !range.contains(number) {
            throw LoupeError.badOptionValue(name, value: value, expected: expected)
        }
        return number
    }

    /// 0.25, 1, 1000000000: no exponent, no trailing `.0`.
    public static func describe(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
