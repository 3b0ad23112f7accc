import Foundation
import LoupeCore
import LoupeSentiment

/// `loupe eval sentiment FILE.jsonl`: Pearson r against gold scores (where the file has them),
/// 3-class accuracy and macro-F1, overall and by domain. Lines: `text`, `label` (pos | neg |
/// neu), optional `score` (−1 … +1), `lang`, `domain`, `sentence_label`.
///
/// `--part tune|check` scores half of the file: rows alternate by position (tune: 0, 2, 4 …),
/// except that rows with a `target` sharing a text (GerNTSA) alternate as one group. Choose
/// thresholds and rules on the tuning half; the check half is the reported figure.
/// `--sentence` scores `sentence_label` instead of `label`, once per distinct text (rows without
/// one are left out). `--genre G` scores as that genre does (news weakens weak words) and labels
/// with its neutral band (news ±0.15); `--neutral X` labels with (−X, X), `--weak X` sets the
/// weak-word threshold (for tuning them, `scripts/tune-sentiment-neutral.sh`). Without `--genre`:
/// `reviews`, every word in full and ±0.05, the convention of the reviews and tweets sets.
/// `--target` scores the tone towards each row's target (GerNTSA's `target_start`/`target_end`,
/// code points) as `sentiment --target` does — the clauses around it — against the row's label;
/// rows without a target are left out. `--agreement N` keeps the rows whose `agreement` (the
/// Financial PhraseBank's share of annotators who agree, 50 … 100) is at least N.
/// Besides the table, the confusion matrix of the 3-class labels (gold by row, predicted by column).
public enum SentimentEval {
    static let usage =
        "loupe eval sentiment FILE.jsonl [--part tune|check|all] [--sentence | --target] [--genre news|social|reviews] [--neutral X] [--weak X] [--agreement N] [--errors N] [--lexicon PATH [--replace]] [--quote-weight X]"

    typealias Part = DevSetHalf

    public static let tool = PluginTool(
        summary: "Pearson r, 3-class accuracy and macro-F1 on a JSONL file of labelled texts, by domain",
        usage: usage
    ) { arguments in try run(arguments) }

    struct Example {
        var text: String
        var label: SentimentLabel
        var score: Double?
        var language: Language?
        var domain: String
        var sentenceLabel: SentimentLabel? = nil
        /// Rows labelled towards a target share their text with the sentence's other targets.
        var hasTarget = false
        /// The target's code-point range in `text`, where the row gives one.
        var targetRange: Range<Int>? = nil
        /// The share of annotators who agree on the label (percent), where the row gives it.
        var agreement: Int? = nil
    }

    struct Prediction {
        var example: Example
        var score: Double
        /// Half-width of the neutral band.
        var neutral = SentimentLabel.threshold

        var label: SentimentLabel { score >= neutral ? .positive : score <= -neutral ? .negative : .neutral }
    }

    /// The rows of one half (rows sharing a text go together), and with `sentence` one row per
    /// distinct text labelled with its `sentence_label`.
    static func select(_ examples: [Example], part: Part, sentence: Bool) -> [Example] {
        var group: [String: Int] = [:]
        var groups = 0
        var chosen: [Example] = []
        for example in examples {
            let known = example.hasTarget ? group[example.text] : nil
            let index = known ?? groups
            if known == nil {
                groups += 1
                if example.hasTarget { group[example.text] = index }
            }
            let isNew = known == nil
            guard part.includes(index) else { continue }
            if sentence {
                guard isNew, let label = example.sentenceLabel else { continue }
                var copy = example
                copy.label = label
                chosen.append(copy)
            } else {
                chosen.append(example)
            }
        }
        return chosen
    }

    static func run(_ arguments: [String]) throws -> Int32 {
        var path: String? = nil
        var options = AnalyzerOptions()
        var errors = 0
        var part = Part.all, sentence = false, targeted = false, neutral = SentimentLabel.threshold
        var agreement: Int? = nil, weak: Double? = nil
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--errors":
                guard let value = rest.popFirst().flatMap(Int.init) else {
                    throw LoupeError.sentimentBadEvalArguments("--errors needs a number")
                }
                errors = value
            case "--lexicon", "--quote-weight":
                guard let value = rest.popFirst() else {
                    throw LoupeError.sentimentBadEvalArguments("\(argument) needs a value")
                }
                options[String(argument.dropFirst(2))] = value
            case "--replace": options["replace"] = "true"
            case "--part":
                guard let value = rest.popFirst().flatMap(Part.init(rawValue:)) else {
                    throw LoupeError.sentimentBadEvalArguments("--part needs tune, check or all")
                }
                part = value
            case "--sentence": sentence = true
            case "--agreement":
                guard let value = rest.popFirst().flatMap(Int.init), (0...100).contains(value) else {
                    throw LoupeError.sentimentBadEvalArguments("--agreement needs a percentage between 0 and 100")
                }
                agreement = value
            case "--target": targeted = true
            case "--genre":
                guard let value = rest.popFirst().flatMap(SentimentGenre.init(rawValue:)) else {
                    throw LoupeError.sentimentBadEvalArguments("--genre needs news, social or reviews")
                }
                neutral = value.neutralBand
                options["genre"] = value.rawValue
            case "--neutral":
                guard let value = rest.popFirst().flatMap(Double.init), value > 0, value < 1 else {
                    throw LoupeError.sentimentBadEvalArguments("--neutral needs a number between 0 and 1")
                }
                neutral = value
            case "--weak":
                guard let value = rest.popFirst().flatMap(Double.init), (0...4).contains(value) else {
                    throw LoupeError.sentimentBadEvalArguments("--weak needs a valence between 0 and 4")
                }
                weak = value
            default:
                guard path == nil, !argument.hasPrefix("--") else {
                    throw LoupeError.sentimentBadEvalArguments("unexpected argument '\(argument)'")
                }
                path = argument
            }
        }
        guard let path else { throw LoupeError.sentimentBadEvalArguments("no evaluation file given") }
        if sentence && targeted {
            throw LoupeError.sentimentBadEvalArguments("--sentence and --target score different labels: choose one")
        }
        let examples = select(try load(path), part: part, sentence: sentence).filter { example in
            (!targeted || example.targetRange != nil) && (agreement.map { (example.agreement ?? -1) >= $0 } ?? true)
        }
        if let agreement, examples.isEmpty {
            throw LoupeError.sentimentBadEvalArguments("no row of \(path) has an `agreement` of \(agreement) or more")
        }
        let analyzer = try SentimentAnalyzer()
        if options.string("genre") == nil { options["genre"] = SentimentGenre.reviews.rawValue }
        var engine = try analyzer.engine(options)
        if let weak { engine.weakValence = weak }
        let clock = ContinuousClock()
        var predictions: [Prediction] = []
        let elapsed = try clock.measure {
            for example in examples {
                let document = Document(text: example.text, language: example.language)
                var target: SentimentEngine.TargetQuery? = nil
                if targeted, let range = example.targetRange {
                    let offsets = document.offsets
                    target = .spans([
                        Span(offsets.byte(atCodePoint: range.lowerBound), offsets.byte(atCodePoint: range.upperBound))
                    ])
                }
                let layer = try engine.analyze(document, explain: nil, entities: false, target: target)
                predictions.append(
                    Prediction(example: example, score: layer.target?.score ?? layer.score, neutral: neutral))
            }
        }
        print(
            report(
                predictions,
                file: path + (part == .all ? "" : " (\(part.rawValue) half)") + (sentence ? ", sentence labels" : "")
                    + (targeted ? ", towards each row's target" : "")
                    + (agreement.map { ", annotator agreement ≥ \($0)%" } ?? "")
                    + (neutral == SentimentLabel.threshold ? "" : ", neutral band ±\(neutral)")))
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print("\(examples.count) texts in \(String(format2: seconds)) s")
        if errors > 0 { print(worst(predictions, count: errors)) }
        return 0
    }

    static func load(_ path: String) throws -> [Example] {
        let text = try DocumentSource.readText(path: path)
        var examples: [Example] = []
        for (index, line) in text.split(separator: "\n").enumerated() where !line.allSatisfy(\.isWhitespace) {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else {
                throw LoupeError.sentimentBadEvalLine(path, line: index + 1, reason: "not a JSON object")
            }
            guard let text = object["text"] as? String else {
                throw LoupeError.sentimentBadEvalLine(path, line: index + 1, reason: "no `text`")
            }
            guard let label = (object["label"] as? String).flatMap(parseLabel) else {
                throw LoupeError.sentimentBadEvalLine(path, line: index + 1, reason: "`label` must be pos, neg or neu")
            }
            examples.append(
                Example(
                    text: text, label: label, score: (object["score"] as? NSNumber)?.doubleValue,
                    language: (object["lang"] as? String).map(Language.init(rawValue:)),
                    domain: object["domain"] as? String ?? "all",
                    sentenceLabel: (object["sentence_label"] as? String).flatMap(parseLabel),
                    hasTarget: object["target"] != nil, targetRange: targetRange(object),
                    agreement: (object["agreement"] as? String).flatMap(Int.init)
                        ?? (object["agreement"] as? NSNumber)?.intValue))
        }
        return examples
    }

    /// `target_start` … `target_end` (code points) when both are there and in order.
    static func targetRange(_ object: [String: Any]) -> Range<Int>? {
        guard let start = (object["target_start"] as? NSNumber)?.intValue,
            let end = (object["target_end"] as? NSNumber)?.intValue,
            0 <= start, start < end
        else { return nil }
        return start..<end
    }

    static func parseLabel(_ text: String) -> SentimentLabel? {
        switch text.lowercased() {
        case "pos", "positive": .positive
        case "neg", "negative": .negative
        case "neu", "neutral": .neutral
        default: nil
        }
    }

    // MARK: - Metrics

    struct Metrics {
        var count: Int
        var pearson: Double?
        var accuracy: Double
        var macroF1: Double
    }

    static func metrics(_ predictions: [Prediction]) -> Metrics {
        let pairs = predictions.compactMap { p in p.example.score.map { (p.score, $0) } }
        let correct = predictions.filter { $0.label == $0.example.label }.count
        let labels: [SentimentLabel] = [.positive, .negative, .neutral]
        let f1s = labels.compactMap { label -> Double? in
            let predicted = predictions.filter { $0.label == label }.count
            let gold = predictions.filter { $0.example.label == label }.count
            guard gold > 0 else { return nil }
            let hits = predictions.filter { $0.label == label && $0.example.label == label }.count
            return predicted == 0 || hits == 0 ? 0 : 2 * Double(hits) / Double(predicted + gold)
        }
        return Metrics(
            count: predictions.count,
            pearson: pairs.count == predictions.count && pairs.count > 2 ? pearson(pairs) : nil,
            accuracy: predictions.isEmpty ? 0 : Double(correct) / Double(predictions.count),
            macroF1: f1s.isEmpty ? 0 : f1s.reduce(0, +) / Double(f1s.count))
    }

    static func pearson(_ pairs: [(Double, Double)]) -> Double {
        let n = Double(pairs.count)
        let mx = pairs.reduce(0) { $0 + $1.0 } / n, my = pairs.reduce(0) { $0 + $1.1 } / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in pairs {
            sxy += (x - mx) * (y - my)
            sxx += (x - mx) * (x - mx)
            syy += (y - my) * (y - my)
        }
        return sxx == 0 || syy == 0 ? 0 : sxy / (sxx * syy).squareRoot()
    }

    static func report(_ predictions: [Prediction], file: String) -> String {
        var domains: [String] = []
        for p in predictions where !domains.contains(p.example.domain) { domains.append(p.example.domain) }
        var rows: [(String, Metrics)] =
            domains.count > 1 ? domains.map { d in (d, metrics(predictions.filter { $0.example.domain == d })) } : []
        rows.append(("overall", metrics(predictions)))
        let table = TextTable(
            headers: ["domain", "n", "pearson r", "accuracy", "macro-F1"],
            rows: rows.map { name, m in
                [
                    TextTable.Cell(name), TextTable.Cell(String(m.count)),
                    TextTable.Cell(m.pearson.map { String(format4: $0) } ?? "–"),
                    TextTable.Cell(String(format4: m.accuracy)), TextTable.Cell(String(format4: m.macroF1)),
                ]
            },
            rightAligned: [1, 2, 3, 4]
        )
        return "sentiment on \(file)\n" + table.plainText + "\n" + confusion(predictions)
    }

    /// The confusion matrix of the three labels: gold by row, predicted by column.
    static func confusion(_ predictions: [Prediction]) -> String {
        let labels: [SentimentLabel] = [.positive, .neutral, .negative]
        let rows = labels.map { gold in
            [TextTable.Cell("gold \(gold.rawValue)")]
                + labels.map { predicted in
                    TextTable.Cell(
                        String(predictions.filter { $0.example.label == gold && $0.label == predicted }.count))
                }
        }
        let table = TextTable(
            headers: ["confusion"] + labels.map { "→ \($0.rawValue)" }, rows: rows, rightAligned: [1, 2, 3])
        return table.plainText
    }

    /// The largest errors: by score distance where gold scores exist, else misclassified texts.
    static func worst(_ predictions: [Prediction], count: Int) -> String {
        let ranked = predictions.sorted { a, b in
            let da = a.example.score.map { abs($0 - a.score) } ?? (a.label == a.example.label ? 0 : 1)
            let db = b.example.score.map { abs($0 - b.score) } ?? (b.label == b.example.label ? 0 : 1)
            return da > db
        }
        return ranked.prefix(count).map { p in
            let gold = p.example.score.map(signed) ?? p.example.label.rawValue
            return
                "gold \(gold)  predicted \(signed(p.score))  \(p.example.text.split(whereSeparator: \.isNewline).joined(separator: " ").shortened(to: 140))"
        }.joined(separator: "\n")
    }
}

extension String {
    /// Four decimals, locale-independent.
    init(format4 value: Double) {
        let scaled = (abs(value) * 10_000).rounded()
        let whole = Int(scaled / 10_000), fraction = Int(scaled.truncatingRemainder(dividingBy: 10_000))
        let digits = String(fraction)
        self =
            (value < 0 && scaled != 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: 4 - digits.count)
            + digits
    }
}
