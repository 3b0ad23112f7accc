import Foundation
import LoupeKit
import LoupeBatch

/// Tab completion: what the word under the cursor may become, given the words before it.
/// Pure (no readline), so it is tested directly; `ReadlineEditor` only feeds it.
public struct Completer: Sendable {
    let shell: Shell

    public init(shell: Shell) { self.shell = shell }

    /// Candidates for `word`, the text being completed, preceded on the line by `before`.
    public func candidates(before: String, word: String) -> [String] {
        let previous = Words.split(before)
        guard let commandName = previous.first else { return matching(shell.commandNames, word) }
        let argIndex = previous.count - 1  // index of the argument being completed
        if let command = shell.command(named: commandName) {
            if command.name == "plugin" && argIndex == 0 { return matching(["load", "trust"], word) }
            switch command.completion {
            case .paths: return Self.paths(word)
            case .commands: return argIndex == 0 ? matching(shell.commandNames, word) : []
            case .documents:
                return matching(
                    shell.session.documents.map(\.id) + (1...max(1, shell.session.documents.count)).map(String.init),
                    word)
            case .exportFormats: return argIndex == 0 ? matching(shell.exporters.keys.sorted(), word) : Self.paths(word)
            case .settings: return settingCandidates(previous, word)
            case .analyzers: return matching(shell.session.registry.names, word)
            case .none: return []
            }
        }
        guard let descriptor = try? shell.session.registry.descriptor(named: commandName) else { return [] }
        return analyzerCandidates(descriptor, previous, word)
    }

    func matching(_ options: [String], _ prefix: String) -> [String] {
        Array(Set(options.filter { $0.hasPrefix(prefix) })).sorted()
    }

    func settingCandidates(_ previous: [String], _ word: String) -> [String] {
        if previous.count == 1 { return matching(shell.settingNames, word) }
        guard previous.count == 2 else { return [] }
        switch previous[1] {
        case "lang": return matching(["de", "en", "auto"], word)
        case "format": return matching(["table", "json"], word)
        case "color": return matching(["on", "off"], word)
        case "time-budget": return matching(["none", "60", "300"], word)
        case "ref": return matching(["today", ReferenceTime.today().description], word)
        default:
            guard let spec = try? shell.session.registry.option(forKey: previous[1]).option else { return [] }
            return values(for: spec, word)
        }
    }

    func analyzerCandidates(_ descriptor: AnalyzerDescriptor, _ previous: [String], _ word: String) -> [String] {
        if word.hasPrefix("-") {
            return matching(descriptor.options.filter { !$0.positional }.map { "--\($0.name)" }, word)
        }
        if let last = previous.last, last.hasPrefix("--"),
            let spec = descriptor.option(named: String(last.dropFirst(2))),
            spec.kind != .flag
        {
            return values(for: spec, word)
        }
        if descriptor.positionalOption != nil { return documentWords(word) }
        return []
    }

    func values(for spec: OptionSpec, _ word: String) -> [String] {
        switch spec.kind {
        case .path: return Self.paths(word)
        case .flag: return matching(["true", "false"], word)
        default: return matching(spec.values, word)
        }
    }

    /// Words of the current document starting with the prefix (case-insensitive), most frequent first.
    func documentWords(_ prefix: String) -> [String] {
        guard let document = shell.session.current else { return [] }
        let lower = prefix.lowercased()
        var counts: [String: Int] = [:]
        for token in document.tokens where token.kind == .word {
            let word = document.string(for: token)
            if word.lowercased().hasPrefix(lower) { counts[word, default: 0] += 1 }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(200).map(\.key)
    }

    /// Files and folders whose path starts with `word` (folders end in `/`); `~` is expanded.
    public static func paths(_ word: String) -> [String] {
        let expanded = Session.expandTilde(word)
        let (folder, prefix): (String, String) = {
            if expanded.hasSuffix("/") { return (expanded, "") }
            let ns = expanded as NSString
            let dir = ns.deletingLastPathComponent
            return (dir.isEmpty ? "." : dir, ns.lastPathComponent)
        }()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        let shownFolder: String = {
            if word.hasSuffix("/") { return word }
            guard let slash = word.lastIndex(of: "/") else { return "" }
            return String(word[...slash])
        }()
        return entries.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map {
            entry in
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(
                atPath: (folder as NSString).appendingPathComponent(entry), isDirectory: &isDirectory)
            return shownFolder + entry + (isDirectory.boolValue ? "/" : "")
        }
    }
}
