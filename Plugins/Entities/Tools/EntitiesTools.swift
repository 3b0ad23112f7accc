import Foundation
import LoupeCore
import LoupeEntities

/// `loupe train entities …` and `loupe eval entities …`.
public enum EntitiesTools {
    public static let trainUsage = """
        loupe train entities --train FILE [--train FILE…] [--extra NAME=FILE…] [--dev FILE] --out MODEL
                             [--lang de|en] [--seed N] [--epochs N] [--bits N] [--features all,-GROUP…]
                             [--clusters K] [--runs N] [--extra-weight W] [--stops] [--o-bias X] [--gazetteer-mask HEX]
                             [--gazetteers DIR]
               loupe train entities gazetteers --nouns DIR --first-names FILE --surnames FILE --out DIR
        """
    public static let evalUsage =
        "loupe eval entities FILE [--lang de|en] [--model PATH] [--gazetteers DIR] [--labels PER,LOC,ORG] [--part tune|check|all] [--consistency on|off] [--dump FILE]"

    public static let train = PluginTool(
        summary: "train an entity model (averaged perceptron) from GermEval TSV / CoNLL files",
        usage: trainUsage
    ) { arguments in
        if arguments.first == "gazetteers" {
            return try buildGazetteers(ToolArguments(Array(arguments.dropFirst()), usage: trainUsage))
        }
        return try runTraining(ToolArguments(arguments, usage: trainUsage))
    }

    public static let eval = PluginTool(
        summary: "strict entity-level P/R/F1 per label on a GermEval TSV or CoNLL/BIO file",
        usage: evalUsage
    ) { arguments in
        try runEvaluation(ToolArguments(arguments, usage: evalUsage))
    }

    // MARK: - Training

    static func runTraining(_ args: ToolArguments) throws -> Int32 {
        let trainFiles = args.all("train")
        let out = try args.required("out")
        guard !trainFiles.isEmpty else {
            throw LoupeError.entitiesToolUsage("name at least one --train FILE", usage: trainUsage)
        }
        let language = args.value("lang") ?? "de"
        let stops = args.flag("stops")
        var sentences: [NERSentence] = []
        func add(_ path: String, source: String) throws {
            let part = NERReaders.read(try readText(path), source: source, stopsAndRoutes: stops)
            if part.isEmpty { throw LoupeError.entitiesNoSentences(path) }
            say(
                "\(source) \(path): \(part.count) sentences, \(part.reduce(0) { $0 + $1.tokens.count }) tokens, \(part.reduce(0) { $0 + nerEntities($1.tags).count }) entities"
            )
            sentences += part
        }
        for path in trainFiles { try add(path, source: "train") }
        var extraSources: Set<String> = []
        for spec in args.all("extra") {
            guard let eq = spec.firstIndex(of: "="), eq != spec.startIndex else {
                throw LoupeError.entitiesToolUsage("--extra takes NAME=FILE, got '\(spec)'", usage: trainUsage)
            }
            let name = String(spec[..<eq])
            extraSources.insert(name)
            try add(String(spec[spec.index(after: eq)...]), source: name)
        }
        let dev = try args.value("dev").map { path -> [NERSentence] in
            let d = NERReaders.read(try readText(path), source: "dev")
            if d.isEmpty { throw LoupeError.entitiesNoSentences(path) }
            return d
        }
        guard let features = NERFeatureSet.parseList(args.value("features") ?? "all") else {
            throw LoupeError.entitiesToolUsage(
                "unknown feature group in '\(args.value("features")!)' (groups: \(NERFeatureSet.names.map(\.0).joined(separator: ", ")))",
                usage: trainUsage)
        }
        let bits = try args.int("bits") ?? 20
        guard (10...24).contains(bits) else {
            throw LoupeError.entitiesToolUsage("--bits must be 10…24", usage: trainUsage)
        }
        let resources =
            try args.value("gazetteers").map { try NERResources(directory: URL(fileURLWithPath: $0)) }
            ?? EntityModels.shared.sharedResources()
        var trainer = NERTrainer(features: features, hashBits: bits, language: language, resources: resources)
        if let mask = args.value("gazetteer-mask") {
            guard let m = UInt32(mask, radix: 16) else {
                throw LoupeError.entitiesToolUsage("--gazetteer-mask takes hex bits", usage: trainUsage)
            }
            trainer.gazetteerMask = m
        }
        trainer.privateFeatureSources = extraSources
        trainer.noOTHSources = extraSources
        let extraWeight = Float(try args.number("extra-weight") ?? 1)
        for source in extraSources { trainer.sourceWeights[source] = extraWeight }
        let k = try args.int("clusters") ?? 0
        if k > 0 && features.contains(.cluster) {
            trainer.clusters = NERClusterer.build(
                sentences: sentences.map(\.tokens), clusters: k, iterations: 10, minCount: 3, seed: 1)
            say("clusters: \(trainer.clusters!.count) words in \(k) clusters")
        } else {
            trainer.features.remove(.cluster)
        }
        say(
            "features: \(trainer.features.names.joined(separator: ",")); 2^\(bits) buckets; extra corpora: \(extraSources.sorted().joined(separator: ",")) (weight \(extraWeight))"
        )
        let seed = UInt64(try args.int("seed") ?? 42)
        var model = trainer.train(
            sentences: sentences, dev: dev, epochs: try args.int("epochs") ?? 10, seed: seed,
            runs: try args.int("runs") ?? 1
        ) { p in
            var line =
                "epoch \(p.epoch): \(p.mistakes)/\(p.sentences) sentences wrong, \(String(format: "%.1f", p.seconds)) s"
            if let d = p.dev {
                line +=
                    "  dev F1 \(percent(d.micro.f1))  ("
                    + NERLabel.allCases.map { "\($0) \(percent(d.perLabel[$0]!.f1))" }.joined(separator: " ") + ")"
            }
            say(line)
        }
        if let bias = try args.number("o-bias"), bias != 0 {
            model = model.withOutsideBias(Float(bias))
            if let dev {
                say(
                    "with O bias \(bias): dev F1 \(percent(evaluateNER(gold: dev.map(\.tags), predicted: dev.map { model.tag($0.tokens) }).micro.f1))"
                )
            }
        }
        let bytes = model.save()
        do { try bytes.write(to: URL(fileURLWithPath: out)) } catch {
            throw LoupeError.unreadable(out, reason: "cannot write: \(error.localizedDescription)")
        }
        say("saved \(out) (\(bytes.count) bytes)")
        return 0
    }

    static func buildGazetteers(_ args: ToolArguments) throws -> Int32 {
        let nouns = try args.required("nouns"), out = try args.required("out")
        let tables = [
            NERResources.buildNouns(
                commonNounForms: try readText(nouns + "/common-noun-forms.txt"),
                properNameLemmas: try readText(nouns + "/proper-name-lemmas.tsv")),
            NERResources.buildFirstNames(try readText(try args.required("first-names"))),
            NERResources.buildSurnames(try readText(try args.required("surnames"))),
        ]
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        for (table, name) in zip(tables, NERResources.fileNames) {
            let data = table.serialized()
            try data.write(to: URL(fileURLWithPath: out).appendingPathComponent(name))
            say("\(name): \(table.count) entries, \(data.count) bytes")
        }
        return 0
    }

    // MARK: - Evaluation

    static func runEvaluation(_ args: ToolArguments) throws -> Int32 {
        guard let path = args.positional.first else {
            throw LoupeError.entitiesToolUsage("name the file to evaluate on", usage: evalUsage)
        }
        let text = try readText(path)
        let format = NERReaders.detectFormat(text)
        var gold = NERReaders.read(text, source: "eval")
        if gold.isEmpty { throw LoupeError.entitiesNoSentences(path) }
        // `--part`: the first (tune) or second (check) half of the documents, the split the
        // English model was chosen on (first half of CoNLL eng.testa).
        let part = args.value("part") ?? "all"
        guard ["tune", "check", "all"].contains(part) else {
            throw LoupeError.entitiesToolUsage("--part takes tune, check or all, not '\(part)'", usage: evalUsage)
        }
        if part != "all" {
            let documents = (gold.last?.document ?? 0) + 1
            gold = gold.filter { (part == "tune") == ($0.document < (documents + 1) / 2) }
        }
        let consistency = args.value("consistency") ?? "on"
        guard ["on", "off"].contains(consistency) else {
            throw LoupeError.entitiesToolUsage("--consistency takes on or off", usage: evalUsage)
        }
        let language: Language
        switch args.value("lang") {
        case "de": language = .german
        case "en": language = .english
        case nil:
            let sample = gold.prefix(300).map { $0.tokens.joined(separator: " ") }.joined(separator: "\n")
            language = format == .germEval ? .german : Document(text: sample).language
        case let other?: throw LoupeError.entitiesToolUsage("--lang takes de or en, not '\(other)'", usage: evalUsage)
        }
        let start = Date()
        let model: NERModel
        var source = "shipped"
        if let modelPath = args.value("model") {
            let resources =
                try args.value("gazetteers").map { try NERResources(directory: URL(fileURLWithPath: $0)) }
                ?? EntityModels.shared.sharedResources()
            model = try EntityModels.loadModel(URL(fileURLWithPath: modelPath), resources: resources)
            source = modelPath
        } else {
            model = try EntityModels.shared.model(for: language)
        }
        let loadTime = Date().timeIntervalSince(start)
        let tagStart = Date()
        var predicted = gold.map { model.tag($0.tokens) }
        let tagTime = Date().timeIntervalSince(tagStart)
        // Whole documents, as the analyzer tags them: one label per name, every mention found.
        predicted = Self.documentLevel(predicted, gold: gold, language: language, consistency: consistency == "on")
        // A gold scheme without some labels (Universal NER has no MISC): score only the labels it has;
        // predictions of the others count as O, not as false positives.
        var goldTags = gold.map(\.tags)
        if let list = args.value("labels") {
            var kept: Set<NERLabel> = []
            for name in list.split(separator: ",") {
                guard let l = NERLabel(name: Substring(name.uppercased())) else {
                    throw LoupeError.entitiesToolUsage(
                        "--labels takes PER, LOC, ORG, OTH, not '\(name)'", usage: evalUsage)
                }
                kept.insert(l)
            }
            func keep(_ tags: [NERTag]) -> [NERTag] {
                tags.map { $0.label.map(kept.contains) == false ? .outside : $0 }
            }
            predicted = predicted.map(keep)
            goldTags = goldTags.map(keep)
        }
        let tokens = gold.reduce(0) { $0 + $1.tokens.count }
        say(
            "file: \(path) (\(format == .germEval ? "GermEval TSV" : "CoNLL/BIO"), \(gold.count) sentences, \(tokens) tokens)"
        )
        say(
            "model: \(source) (\(model.language), 2^\(model.hashBits) buckets), loaded in \(String(format: "%.1f", loadTime * 1000)) ms (with gazetteers)"
        )
        say("strict entity-level scores, outer level (GermEval -deriv/-part count as O):")
        say(evaluateNER(gold: goldTags, predicted: predicted).description)
        say(
            "tagged in \(String(format: "%.3f", tagTime)) s = \(Int(Double(tokens) / max(tagTime, 1e-9))) tokens/s (including feature extraction)"
        )
        if let dump = args.value("dump") {
            var s = ""
            for (sentence, tags) in zip(gold, predicted) {
                for i in sentence.tokens.indices { s += "\(sentence.tokens[i])\t\(sentence.tags[i])\t\(tags[i])\n" }
                s += "\n"
            }
            try s.write(toFile: dump, atomically: true, encoding: .utf8)
        }
        return 0
    }

    /// Each document's predicted tags after the analyzer's document-level steps (`DocumentRules`,
    /// `DocumentConsistency` unless `consistency` is off) on the gold tokens.
    static func documentLevel(
        _ predicted: [[NERTag]], gold: [NERSentence], language: Language, consistency: Bool
    ) -> [[NERTag]] {
        var out = predicted
        let nameLists = try? EntityModels.shared.sharedResources()
        var first = 0
        while first < gold.count {
            var end = first + 1
            while end < gold.count, gold[end].document == gold[first].document { end += 1 }
            var tokens: [String] = [], starts: [Int] = [], entities: [DocumentConsistency.Entity] = []
            for s in first..<end {
                starts.append(tokens.count)
                for e in nerEntities(predicted[s]) {
                    entities.append(
                        ((e.range.lowerBound + tokens.count)..<(e.range.upperBound + tokens.count), e.label))
                }
                tokens += gold[s].tokens
            }
            let keys = tokens.map { TokenKey.hash($0, folding: []) }
            let lines = starts.indices.map { starts[$0]..<($0 + 1 < starts.count ? starts[$0 + 1] : tokens.count) }
            let view = DocumentRules.Tokens(
                count: tokens.count, language: language, lines: lines, text: { tokens[$0] }, spaceBefore: { _ in true },
                capitalised: { tokens[$0].first?.isUppercase == true },
                lowercase: { tokens[$0].first.map { $0 >= "a" && $0 <= "z" } ?? false }, key: { keys[$0] },
                shape: { ResultTables.shape(tokens[$0].utf8) }, nameLists: nameLists)
            let found = DocumentRules.apply(entities, view, consistency: consistency)
            for (k, s) in (first..<end).enumerated() {
                let offset = starts[k]
                var tags = [NERTag](repeating: .outside, count: gold[s].tokens.count)
                for entity in found
                where entity.tokens.lowerBound >= offset
                    && entity.tokens.upperBound <= offset + tags.count
                {
                    for i in entity.tokens {
                        tags[i - offset] = i == entity.tokens.lowerBound ? .begin(entity.label) : .inside(entity.label)
                    }
                }
                out[s] = tags
            }
            first = end
        }
        return out
    }

    // MARK: - Helpers

    static func readText(_ path: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw LoupeError.fileNotFound(path) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoupeError.unreadable(path, reason: "permission denied")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func percent(_ x: Double) -> String { String(format: "%.2f", x * 100) }

    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

/// `--name VALUE` (repeatable), `--flag`, and positional arguments.
struct ToolArguments {
    var positional: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []
    let usage: String

    static let flagNames: Set<String> = ["stops"]

    init(_ arguments: [String], usage: String) throws {
        self.usage = usage
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if a.hasPrefix("--") {
                let name = String(a.dropFirst(2))
                if Self.flagNames.contains(name) { flags.insert(name); i += 1; continue }
                guard i + 1 < arguments.count else {
                    throw LoupeError.entitiesToolUsage("\(a) needs a value", usage: usage)
                }
                values[name, default: []].append(arguments[i + 1])
                i += 2
            } else {
                positional.append(a)
                i += 1
            }
        }
    }

    func all(_ name: String) -> [String] { values[name] ?? [] }
    func value(_ name: String) -> String? { values[name]?.last }
    func flag(_ name: String) -> Bool { flags.contains(name) }
    func required(_ name: String) throws -> String {
        guard let v = value(name) else { throw LoupeError.entitiesToolUsage("--\(name) is required", usage: usage) }
        return v
    }
    func int(_ name: String) throws -> Int? {
        guard let v = value(name) else { return nil }
        guard let n = Int(v) else {
            throw LoupeError.entitiesToolUsage("--\(name) takes a whole number, not '\(v)'", usage: usage)
        }
        return n
    }
    func number(_ name: String) throws -> Double? {
        guard let v = value(name) else { return nil }
        guard let n = Double(v) else {
            throw LoupeError.entitiesToolUsage("--\(name) takes a number, not '\(v)'", usage: usage)
        }
        return n
    }
}
