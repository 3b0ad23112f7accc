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
            .pluginFileFormat(file, line: line, column: column, message)
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
                throw pair.value.error(
                    "unknown key '\(pair.key)' in \(what)\(hint); allowed: \(allowed.joined(separator: ", "))")
            }
        }
    }

    public init(path: String) throws {
        let text = try DocumentSource.readText(path: path, maxBytes: Self.maximumBytes, keepByteOrderMark: false)
        try self.init(text: text, path: path)
    }

    public init(text: String, path: String) throws {
        self.path = path
        // Before Yams sees it: Yams resolves every alias to its anchor's value, so a large anchor
        // used many times would be multiplied (a billion-laughs file) before the tree below could
        // refuse it.
        if let alias = Self.firstAlias(in: text) {
            throw LoupeError.pluginFileAlias(path, line: alias.line, column: alias.column)
        }
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw LoupeError.pluginFileEmpty(path)
            }
            node = composed
        } catch let error as LoupeError {
            throw error
        } catch let error as YamlError {
            throw LoupeError.pluginFileSyntax(path, Self.describe(error))
        }
        var budget = Self.maximumNodes
        root = try Self.convert(node, file: path, budget: &budget)
    }

    /// The position (1-based line and column) of the first alias `*name` that refers to an anchor
    /// `&name` defined before it, found by a scan of the raw text that knows quoted scalars and
    /// comments, in time linear in the text. An indicator counts only where a node can start
    /// (after a space, `[`, `{`, `,` or at a line's start), as in YAML.
    static func firstAlias(in text: String) -> (line: Int, column: Int)? {
        let bytes = Array(text.utf8)
        var anchors = Set<ArraySlice<UInt8>>()
        var line = 1, lineStart = 0
        var quote: UInt8? = nil
        var index = 0
        func isNameByte(_ b: UInt8) -> Bool {
            !(b == 32 || b == 9 || b == 10 || b == 13 || b == 44 || b == 91 || b == 93 || b == 123 || b == 125)
        }
        func name(after start: Int) -> ArraySlice<UInt8> {
            var end = start
            while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
            return bytes[start..<end]
        }
        while index < bytes.count {
            let b = bytes[index]
            if b == 10 { line += 1; lineStart = index + 1; index += 1; continue }
            if let q = quote {
                if q == 34, b == 92 { index += 2; continue }  // \" inside double quotes
                if b == q {
                    // '' inside single quotes
                    if q == 39, index + 1 < bytes.count, bytes[index + 1] == 39 { index += 2; continue }
                    quote = nil
                }
                index += 1
                continue
            }
            let atNodeStart = index == lineStart || [32, 9, 91, 123, 44].contains(bytes[index - 1])
            guard atNodeStart else { index += 1; continue }
            switch b {
            case 35:  // # a comment, to the end of the line
                while index < bytes.count, bytes[index] != 10 { index += 1 }
                continue
            case 34, 39:
                quote = b
            case 38:  // &anchor
                let anchor = name(after: index + 1)
                if !anchor.isEmpty { anchors.insert(anchor) }
            case 42:  // *alias
                let alias = name(after: index + 1)
                if !alias.isEmpty, anchors.contains(alias) { return (line, index - lineStart + 1) }
            default:
                break
            }
            index += 1
        }
        return nil
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
            throw LoupeError.pluginFileTooLarge(file, maximumValues: maximumNodes)
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
                    throw LoupeError.pluginFileFormat(
                        file, line: key.mark?.line ?? 0, column: key.mark?.column ?? 0, "keys must be texts")
                }
                pairs.append((name, try convert(value, file: file, budget: &budget)))
            }
            return Value(content: .map(pairs.map { (key: $0.0, value: $0.1) }), line: line, column: column, file: file)
        case .alias:
            throw LoupeError.pluginFileAlias(file, line: line, column: column)
        }
    }
}
