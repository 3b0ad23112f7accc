import Foundation
import LoupeCore
import Yams

/// A plugin file (YAML, or JSON, which YAML reads too) as a tree of values that remember where
/// they stand, so every complaint names the file, line and column: `parties.yaml:7:5: …`.
public struct PluginFile {
    public static let maximumBytes = 5_000_000
    /// More values than this is no hand-written plugin. Yams resolves aliases while composing,
    /// sharing the repeated values; walking them counts every use, so a YAML bomb (aliases of
    /// aliases) stops here after this many steps instead of expanding.
    public static let maximumNodes = 500_000

    public let path: String
    public let root: Value

    /// One value of the file with its position.
    public struct Value {
        public enum Content {
            case scalar(String)
            case list([Value])
            case map([(key: String, value: Value)])
        }

        public let content: Content
        public let line: Int
        public let column: Int
        public let file: String

        /// An error located at this value.
        public func error(_ message: String) -> LoupeError {
            LoupeError("E701", "\(file):\(line):\(column): \(message)", hint: "see docs/plugins.md for the file format")
        }

        public var string: String? { if case let .scalar(s) = content { return s } else { return nil } }

        public subscript(key: String) -> Value? {
            guard case let .map(pairs) = content else { return nil }
            return pairs.first { $0.key == key }?.value
        }

        public var keys: [String] { if case let .map(pairs) = content { return pairs.map(\.key) } else { return [] } }

        public func requireString(_ what: String) throws -> String {
            guard let s = string, !s.isEmpty else { throw error("\(what) must be a text") }
            return s
        }

        public func requireList(_ what: String) throws -> [Value] {
            if case let .list(items) = content { return items }
            throw error("\(what) must be a list")
        }

        public func requireMap(_ what: String) throws -> [(key: String, value: Value)] {
            if case let .map(pairs) = content { return pairs }
            throw error("\(what) must be a mapping of keys to values")
        }

        /// A list of texts, also accepting a single text.
        public func stringList(_ what: String) throws -> [String] {
            if let s = string { return [s] }
            return try requireList(what).map { try $0.requireString("each item of \(what)") }
        }

        public func number(_ what: String) throws -> Double {
            guard let s = string, let d = Double(s) else { throw error("\(what) must be a number") }
            return d
        }

        public func bool(_ what: String) throws -> Bool {
            switch string?.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: throw error("\(what) must be true or false")
            }
        }

        /// Rejects keys other than `allowed`, suggesting the closest one.
        public func checkKeys(_ allowed: [String], in what: String) throws {
            guard case let .map(pairs) = content else { return }
            for pair in pairs where !allowed.contains(pair.key) {
                let hint = EditDistance.closest(to: pair.key, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                throw pair.value.error("unknown key '\(pair.key)' in \(what)\(hint); allowed: \(allowed.joined(separator: ", "))")
            }
        }
    }

    public init(path: String) throws {
        let text = try DocumentSource.readText(path: path, maxBytes: Self.maximumBytes)
        try self.init(text: text, path: path)
    }

    public init(text: String, path: String) throws {
        self.path = path
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw LoupeError("E701", "\(path): the file is empty", hint: "see docs/plugins.md for the file format")
            }
            node = composed
        } catch let error as LoupeError {
            throw error
        } catch let error as YamlError {
            throw LoupeError("E701", "\(path): \(Self.describe(error))", hint: "check the YAML/JSON syntax there")
        }
        var budget = Self.maximumNodes
        root = try Self.convert(node, file: path, budget: &budget)
    }

    static func describe(_ error: YamlError) -> String {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _):
            return "\(mark.line):\(mark.column): \(problem)" + (context.map { " (\($0.text))" } ?? "")
        default:
            return "\(error)"
        }
    }

    private static func convert(_ node: Node, file: String, budget: inout Int) throws -> Value {
        budget -= 1
        let line = node.mark?.line ?? 0, column = node.mark?.column ?? 0
        guard budget >= 0 else {
            throw LoupeError("E701", "\(file): more than \(maximumNodes) values — this is no plugin file", hint: "split it or check for runaway YAML")
        }
        switch node {
        case let .scalar(scalar):
            return Value(content: .scalar(scalar.string), line: line, column: column, file: file)
        case let .sequence(sequence):
            var items: [Value] = []
            for item in sequence { items.append(try convert(item, file: file, budget: &budget)) }
            return Value(content: .list(items), line: line, column: column, file: file)
        case let .mapping(mapping):
            var pairs: [(String, Value)] = []
            for (key, value) in mapping {
                guard let name = key.string else {
                    throw LoupeError("E701", "\(file):\(key.mark?.line ?? 0):\(key.mark?.column ?? 0): keys must be texts")
                }
                pairs.append((name, try convert(value, file: file, budget: &budget)))
            }
            return Value(content: .map(pairs.map { (key: $0.0, value: $0.1) }), line: line, column: column, file: file)
        case .alias:
            throw LoupeError("E701", "\(file):\(line):\(column): YAML aliases (*name) are not allowed in plugin files",
                             hint: "write the values out")
        }
    }
}
