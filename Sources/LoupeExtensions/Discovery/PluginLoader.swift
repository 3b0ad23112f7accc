import Foundation
import LoupeCore

/// Reads plugin files — declarative analyzers and external-plugin manifests — into registrations.
///
/// Every file has `name`, `kind` and optionally `summary`, `languages` and `loupe: 1` (the
/// format version); the rest depends on the kind (docs/plugins.md).
public enum PluginLoader {
    public static let kinds = ["gazetteer", "patterns", "sentiment-lexicon", "external"]
    public static let fileExtensions: Set<String> = ["yaml", "yml", "json"]

    /// A loaded plugin: what it registers and where it came from.
    public struct Plugin: Sendable {
        public var registration: AnalyzerRegistration
        public var kind: String
        public var path: String
    }

    /// Loads a plugin file, or every plugin file in a folder (see `pluginFiles(in:)`).
    /// `maxOutputBytes`, when given, overrides external plugins' `max-output-mb`; `sentimentScorer`
    /// scores sentiment lexicons (LoupeKit has the sentiment plugin's, `Loupe.sentimentLexiconScorer`;
    /// without one, a sentiment lexicon loads but fails when first used).
    public static func load(
        path: String, maxOutputBytes: Int? = nil,
        sentimentScorer: SentimentLexiconScorer? = nil
    ) throws -> [Plugin] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoupeError.fileNotFound(path)
        }
        if isDirectory.boolValue {
            return try pluginFiles(in: path).map {
                try loadFile($0, maxOutputBytes: maxOutputBytes, sentimentScorer: sentimentScorer)
            }
        }
        return [try loadFile(path, maxOutputBytes: maxOutputBytes, sentimentScorer: sentimentScorer)]
    }

    /// The plugin files of a folder, sorted by name: its `.yaml`, `.yml` and `.json` files, and
    /// the `manifest.yaml` (or .yml, .json) of each sub-folder (a plugin with files of its own).
    public static func pluginFiles(in folder: String) throws -> [String] {
        var files: [String] = []
        for entry in try FileManager.default.contentsOfDirectory(atPath: folder).sorted() where !entry.hasPrefix(".") {
            let full = (folder as NSString).appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                let manifests = ["manifest.yaml", "manifest.yml", "manifest.json"].map {
                    (full as NSString).appendingPathComponent($0)
                }
                if let manifest = manifests.first(where: { FileManager.default.fileExists(atPath: $0) }) {
                    files.append(manifest)
                }
            } else if fileExtensions.contains((entry as NSString).pathExtension.lowercased()) {
                files.append(full)
            }
        }
        return files
    }

    public static func loadFile(
        _ path: String, maxOutputBytes: Int? = nil,
        sentimentScorer: SentimentLexiconScorer? = nil
    ) throws -> Plugin {
        let file = try PluginFile(path: path)
        return try plugin(from: file.root, path: path, maxOutputBytes: maxOutputBytes, sentimentScorer: sentimentScorer)
    }

    /// A plugin from an already parsed file (the file's path is used for messages and relative commands).
    public static func plugin(
        from root: PluginFile.Value, path: String, maxOutputBytes: Int? = nil,
        sentimentScorer: SentimentLexiconScorer? = nil
    ) throws -> Plugin {
        guard case .map = root.content else {
            throw root.error("a plugin file is a mapping with at least `name` and `kind`")
        }
        if let version = root["loupe"], version.string != "1" {
            throw version.error("`loupe` is the format version and must be 1")
        }
        guard let nameValue = root["name"] else { throw root.error("missing `name`") }
        let name = try nameValue.requireString("name")
        guard name.range(of: "^[a-z][a-z0-9-]*$", options: .regularExpression) != nil else {
            throw nameValue.error(
                "name '\(name)' must be lower-case letters, digits and hyphens, starting with a letter")
        }
        guard let kindValue = root["kind"] else {
            throw root.error("missing `kind` (one of \(kinds.joined(separator: ", ")))")
        }
        let kind = try kindValue.requireString("kind")
        let languages =
            try root["languages"].map { try $0.stringList("languages").map { Language(rawValue: $0) } } ?? []
        let summary =
            try root["summary"].map { try $0.requireString("summary") }
            ?? "\(kind) from \((path as NSString).lastPathComponent)"
        let common = ["loupe", "name", "kind", "summary", "languages"]
        let registration: AnalyzerRegistration
        switch kind {
        case "gazetteer":
            try root.checkKeys(common + ["label", "case", "inflection", "entries"], in: "a gazetteer")
            let matcher = try phraseMatcher(
                root, defaultLabel: try root["label"]?.requireString("label"), scored: false)
            let options = [labelFilter(matcher.labels)]
            registration = AnalyzerRegistration(
                AnalyzerDescriptor(name: name, summary: summary, languages: languages, options: options)
            ) {
                GazetteerAnalyzer(matcher: matcher)
            }
        case "patterns":
            try root.checkKeys(common + ["case", "patterns"], in: "a patterns file")
            let (regexes, tokenPatterns) = try patterns(root)
            let options = [labelFilter(Set(regexes.map(\.label) + tokenPatterns.map(\.label)))]
            registration = AnalyzerRegistration(
                AnalyzerDescriptor(name: name, summary: summary, languages: languages, options: options)
            ) {
                PatternAnalyzer(regexes: regexes, tokenPatterns: tokenPatterns)
            }
        case "sentiment-lexicon":
            // `case` and `inflection` are read for older files but the scorer folds case and makes
            // German and English forms itself (docs/plugins.md).
            try root.checkKeys(common + ["case", "inflection", "entries"], in: "a sentiment lexicon")
            _ = (try inflection(root), try caseSensitive(root))
            let words = try phraseEntries(root, defaultLabel: "score", scored: true).map {
                SentimentLexiconScorer.Word(phrase: $0.phrase, score: $0.value ?? 0)
            }
            // Loaded without a scorer (a folder read for its other plugins), it fails when first used.
            let noScorer = root.error(
                "a sentiment lexicon is scored by the sentiment plugin: load it with "
                    + "PluginLoader.load(path:sentimentScorer: Loupe.sentimentLexiconScorer)")
            registration = AnalyzerRegistration(AnalyzerDescriptor(name: name, summary: summary, languages: languages))
            {
                guard let sentimentScorer else { throw noScorer }
                return try sentimentScorer.makeAnalyzer(words, path)
            }
        case "external":
            try root.checkKeys(
                common + ["command", "requires", "timeout", "max-output-mb", "environment", "options"],
                in: "an external-plugin manifest")
            guard let commandValue = root["command"] else {
                throw root.error("missing `command` (the program to start, e.g. [python3, plugin.py])")
            }
            let command = try commandValue.stringList("command")
            guard !command.isEmpty else { throw commandValue.error("`command` is empty") }
            let requires = try root["requires"].map { try $0.stringList("requires") } ?? []
            let timeout = try root["timeout"].map { try $0.number("timeout") } ?? 10
            guard timeout > 0, timeout <= 86_400 else {
                throw root["timeout"]!.error("timeout must be more than 0 and at most 86400 seconds")
            }
            let maxOutput = try root["max-output-mb"].map { try $0.number("max-output-mb") } ?? 64
            guard maxOutput > 0, maxOutput <= 100_000 else {
                throw root["max-output-mb"]!.error("max-output-mb must be more than 0 and at most 100000 (MB)")
            }
            let environment = try root["environment"].map { try $0.stringList("environment") } ?? []
            if let bad = environment.first(where: {
                $0.range(of: "^[A-Za-z_][A-Za-z0-9_]*$", options: .regularExpression) == nil
            }) {
                throw root["environment"]!.error(
                    "'\(bad)' is not a variable name; `environment` lists names such as [OPENAI_API_KEY]")
            }
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            let settings = PluginProcess.Settings(
                name: name, command: command, directory: folder, timeout: timeout,
                maxOutputBytes: maxOutputBytes ?? Int(maxOutput * 1_000_000), environment: environment)
            let options = try root["options"].map(declaredOptions) ?? []
            let analyzer = ExternalAnalyzer(settings: settings, requires: requires, options: options)
            let descriptor = AnalyzerDescriptor(
                name: name, summary: summary, languages: languages, requires: requires, options: options)
            registration = AnalyzerRegistration(descriptor) { analyzer }
        default:
            let hint = EditDistance.closest(to: kind, among: kinds).map { " (did you mean '\($0)'?)" } ?? ""
            throw kindValue.error("unknown kind '\(kind)'\(hint); kinds: \(kinds.joined(separator: ", "))")
        }
        return Plugin(registration: registration, kind: kind, path: path)
    }

    /// `label`, the option every gazetteer and patterns file has: keep only that label's spans.
    static func labelFilter(_ labels: Set<String>) -> OptionSpec {
        OptionSpec("label", .string, "keep only the spans with this label", values: labels.sorted())
    }

    /// An external manifest's `options`: `NAME: {type, default, summary, values, min, max}`, set
    /// like a built-in analyzer's (`set NAME.OPTION`, `--option`, a flag in the REPL) and sent in
    /// each request.
    static func declaredOptions(_ value: PluginFile.Value) throws -> [OptionSpec] {
        guard case let .map(pairs) = value.content else {
            throw value.error("`options` maps option names to {type, default, summary}")
        }
        let kinds: [String: OptionSpec.Kind] = [
            "flag": .flag, "string": .string, "int": .int, "number": .number, "path": .path, "date": .date,
        ]
        return try pairs.map { pair in
            let (key, item) = (pair.key, pair.value)
            guard key.range(of: "^[a-z][a-z0-9-]*$", options: .regularExpression) != nil else {
                throw item.error("option name '\(key)' must be lower-case letters, digits and hyphens")
            }
            try item.checkKeys(["type", "default", "summary", "values", "min", "max"], in: "option '\(key)'")
            let typeName = try item["type"]?.requireString("type") ?? "string"
            guard let kind = kinds[typeName] else {
                throw item.error("option '\(key)': type is one of \(kinds.keys.sorted().joined(separator: ", "))")
            }
            let low = try item["min"].map { try $0.number("min") }, high = try item["max"].map { try $0.number("max") }
            guard
                low == nil && high == nil
                    || (kind == .int || kind == .number) && (low ?? -.infinity) <= (high ?? .infinity)
            else {
                throw item.error("option '\(key)': min and max belong to int and number options, min ≤ max")
            }
            let range =
                low == nil && high == nil
                ? nil : (low ?? -Double(UserNumber.defaultMaximum))...(high ?? Double(UserNumber.defaultMaximum))
            var spec = OptionSpec(
                key, kind, try item["summary"]?.requireString("summary") ?? "an option of this plugin",
                values: try item["values"]?.stringList("values") ?? [], range: range)
            if let given = item["default"] {
                let text = try given.requireString("default")
                do { spec.defaultValue = try spec.validate(text) } catch {
                    throw given.error("option '\(key)': the default is not valid: \(error)")
                }
            }
            return spec
        }
    }

    static func caseSensitive(_ root: PluginFile.Value) throws -> Bool {
        guard let value = root["case"] else { return false }
        switch value.string {
        case "sensitive": return true
        case "insensitive": return false
        default: throw value.error("`case` is sensitive or insensitive")
        }
    }

    static func phraseMatcher(_ root: PluginFile.Value, defaultLabel: String?, scored: Bool) throws -> PhraseMatcher {
        let entries = try phraseEntries(root, defaultLabel: defaultLabel, scored: scored)
        return PhraseMatcher(entries: entries, caseSensitive: try caseSensitive(root), inflection: try inflection(root))
    }

    /// The file's `inflection`: none (the default), german or english.
    static func inflection(_ root: PluginFile.Value) throws -> PhraseMatcher.Inflection {
        guard let value = root["inflection"] else { return .none }
        guard let parsed = value.string.flatMap(PhraseMatcher.Inflection.init(rawValue:)) else {
            throw value.error("`inflection` is none, german or english")
        }
        return parsed
    }

    /// The `entries` of a gazetteer (phrases with labels) or a sentiment lexicon (`scored`: with scores).
    static func phraseEntries(
        _ root: PluginFile.Value, defaultLabel: String?,
        scored: Bool
    ) throws -> [PhraseMatcher.Entry] {
        guard let entriesValue = root["entries"] else { throw root.error("missing `entries`") }
        var entries: [PhraseMatcher.Entry] = []
        if scored, case let .map(pairs) = entriesValue.content {
            // word: score
            for pair in pairs {
                entries.append(
                    .init(phrase: pair.key, label: "score", value: try pair.value.number("the score of '\(pair.key)'")))
            }
        } else {
            for (index, item) in try entriesValue.requireList("entries").enumerated() {
                if let phrase = item.string {
                    guard !scored else {
                        throw item.error("entry \(index + 1) needs a score: write `word: 2.5` pairs or {phrase, score}")
                    }
                    guard let defaultLabel else {
                        throw item.error("entry \(index + 1) has no label and the file sets no default `label`")
                    }
                    entries.append(.init(phrase: phrase, label: defaultLabel))
                    continue
                }
                try item.checkKeys(
                    scored ? ["phrase", "score"] : ["phrase", "label", "canonical"], in: "entry \(index + 1)")
                guard let phrase = try item["phrase"]?.requireString("phrase") else {
                    throw item.error("entry \(index + 1) has no `phrase`")
                }
                if scored {
                    guard let score = item["score"] else { throw item.error("entry \(index + 1) has no `score`") }
                    entries.append(.init(phrase: phrase, label: "score", value: try score.number("score")))
                } else {
                    guard let label = try item["label"]?.requireString("label") ?? defaultLabel else {
                        throw item.error("entry \(index + 1) has no `label` and the file sets no default `label`")
                    }
                    entries.append(
                        .init(
                            phrase: phrase, label: label, canonical: try item["canonical"]?.requireString("canonical")))
                }
            }
        }
        guard !entries.isEmpty else { throw entriesValue.error("`entries` is empty") }
        return entries
    }

    static func patterns(_ root: PluginFile.Value) throws -> ([PatternAnalyzer.RegexRule], [TokenPattern]) {
        guard let list = root["patterns"] else { throw root.error("missing `patterns`") }
        let ignoreCase = !(try caseSensitive(root))
        var regexes: [PatternAnalyzer.RegexRule] = []
        var tokenPatterns: [TokenPattern] = []
        for (index, item) in try list.requireList("patterns").enumerated() {
            try item.checkKeys(["label", "regex", "tokens"], in: "pattern \(index + 1)")
            guard let label = try item["label"]?.requireString("label") else {
                throw item.error("pattern \(index + 1) has no `label`")
            }
            switch (item["regex"], item["tokens"]) {
            case let (regex?, nil):
                let source = try regex.requireString("regex")
                do {
                    regexes.append(
                        .init(
                            label: label,
                            regex: try NSRegularExpression(
                                pattern: source, options: ignoreCase ? [.caseInsensitive] : [])))
                } catch {
                    throw regex.error("the regular expression does not compile: \(source)")
                }
            case let (nil, tokens?):
                let elements = try tokens.requireList("tokens").enumerated().map {
                    try tokenElement($1, number: $0 + 1, ignoreCase: ignoreCase)
                }
                guard !elements.isEmpty else { throw tokens.error("`tokens` is empty") }
                tokenPatterns.append(TokenPattern(label: label, elements: elements))
            default:
                throw item.error("pattern \(index + 1) needs exactly one of `regex` or `tokens`")
            }
        }
        return (regexes, tokenPatterns)
    }

    static func tokenElement(_ value: PluginFile.Value, number: Int, ignoreCase: Bool) throws -> TokenPattern.Element {
        try value.checkKeys(["text", "lower", "regex", "kind", "capitalized", "op"], in: "token \(number)")
        var element = TokenPattern.Element()
        if let text = value["text"] { element.texts = Set(try text.stringList("text")) }
        if let lower = value["lower"] { element.lowers = Set(try lower.stringList("lower").map { $0.lowercased() }) }
        if let regex = value["regex"] {
            let source = try regex.requireString("regex")
            do {
                element.regex = try NSRegularExpression(pattern: source, options: ignoreCase ? [.caseInsensitive] : [])
            } catch {
                throw regex.error("the regular expression does not compile: \(source)")
            }
        }
        if let kind = value["kind"] {
            var kinds = Set<TokenKind>()
            for name in try kind.stringList("kind") {
                guard let k = TokenKind.allCases.first(where: { $0.name == name }) else {
                    throw kind.error(
                        "unknown token kind '\(name)'; kinds: \(TokenKind.allCases.map(\.name).joined(separator: ", "))"
                    )
                }
                kinds.insert(k)
            }
            element.kinds = kinds
        }
        if let capitalized = value["capitalized"] { element.capitalized = try capitalized.bool("capitalized") }
        if let op = value["op"] {
            guard let parsed = op.string.flatMap(TokenPattern.Element.Repeat.init(rawValue:)), parsed != .one else {
                throw op.error("`op` is ?, + or *")
            }
            element.repeatKind = parsed
        }
        return element
    }
}
