import Foundation
import LoupeEntities

// Corpus readers. All readers return NERSentence values with valid BIO tags over the
// four labels PER/LOC/ORG/OTH. Source-specific type names are mapped by a closure
// returning nil for "not an entity" (→ O).

public enum NERReaders {

    /// How GermEval `-deriv` / `-part` tags are handled.
    public enum DerivPartPolicy: Sendable {
        /// Tokens tagged e.g. B-LOCderiv, I-ORGpart become O (our evaluation convention).
        case outside
        /// Mapped to their base label (LOCderiv → LOC). For experiments only.
        case baseLabel
    }

    // MARK: GermEval 2014 TSV

    /// Reads the GermEval 2014 TSV format (idx, token, outer, inner; `#` comment lines;
    /// blank line between sentences). Only the outer level is used.
    public static func germEval(_ text: String, policy: DerivPartPolicy = .outside, source: String = "germeval")
        -> [NERSentence]
    {
        var out: [NERSentence] = []
        var toks: [String] = [], tags: [NERTag] = []
        func flush() {
            if !toks.isEmpty { out.append(NERSentence(tokens: toks, tags: nerRepairBIO(tags), source: source)) }
            toks = []; tags = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let l = line.hasSuffix("\r") ? line.dropLast() : line
            if l.allSatisfy({ $0 == " " || $0 == "\t" }) { flush(); continue }
            if l.hasPrefix("#\t") || l == "#" { continue }
            let cols = l.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 3 else { continue }
            toks.append(String(cols[1]))
            tags.append(germEvalTag(cols[2], policy: policy))
        }
        flush()
        for i in out.indices { out[i].document = i }
        return out
    }

    static func germEvalTag(_ s: Substring, policy: DerivPartPolicy) -> NERTag {
        if s == "O" { return .outside }
        var name = s.dropFirst(2)
        if name.hasSuffix("deriv") || name.hasSuffix("part") {
            if policy == .outside { return .outside }
            name = name.hasSuffix("deriv") ? name.dropLast(5) : name.dropLast(4)
        }
        guard let l = NERLabel(name: name) else { return .outside }
        return s.hasPrefix("B-") ? .begin(l) : .inside(l)
    }

    // MARK: CoNLL / BIO column files

    /// Reads a column file: token in the first column, BIO tag in the last one.
    /// Whitespace-only lines and `-DOCSTART-` lines are sentence breaks. Lines starting
    /// with `# ` that look like comments (URLs) are skipped. Lines with a single field
    /// are read as tokens tagged O. `mapType` maps the type after `B-`/`I-` (e.g.
    /// "person") to a label or nil (→ O).
    public static func conll(_ text: String, source: String, mapType: (Substring) -> NERLabel?) -> [NERSentence] {
        var out: [NERSentence] = []
        var toks: [String] = [], tags: [NERTag] = []
        var document = 0, marked = false
        func flush() {
            if !toks.isEmpty {
                var sentence = NERSentence(tokens: toks, tags: nerRepairBIO(tags), source: source)
                sentence.document = document
                out.append(sentence)
            }
            toks = []; tags = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0.isWhitespace }) { flush(); continue }
            if line.hasPrefix("-DOCSTART-") {
                flush()
                if marked || !out.isEmpty { document += 1 }
                marked = true
                continue
            }
            let cols = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            if cols.isEmpty { flush(); continue }
            if cols[0] == "#" && (cols.count != 2 || line.contains("http")) { continue }
            toks.append(String(cols[0]))
            tags.append(cols.count >= 2 ? bioTag(cols[cols.count - 1], mapType: mapType) : .outside)
        }
        flush()
        if !marked { for i in out.indices { out[i].document = i } }
        return out
    }

    static func bioTag(_ raw: Substring, mapType: (Substring) -> NERLabel?) -> NERTag {
        let s = raw.uppercased().hasPrefix("B-") || raw.uppercased().hasPrefix("I-") ? raw : Substring("O")
        if s == "O" { return .outside }
        guard let l = mapType(s.dropFirst(2)) else { return .outside }
        return s.first == "B" || s.first == "b" ? .begin(l) : .inside(l)
    }

    /// Cuts sentences without boundaries (Europeana) into pseudo-sentences: after `.`, `!`
    /// or `?` followed by a capitalised token, or at `maxLength` tokens, never inside an entity.
    public static func splitPseudoSentences(_ sentences: [NERSentence], maxLength: Int = 60) -> [NERSentence] {
        var out: [NERSentence] = []
        for s in sentences {
            var start = 0
            for i in 0..<s.tokens.count {
                let next = i + 1
                guard next < s.tokens.count else { break }
                if s.tags[next].isInside { continue }
                let t = s.tokens[i]
                let nt = s.tokens[next]
                let boundary = (t == "." || t == "!" || t == "?") && (nt.first?.isUppercase ?? false)
                if boundary || next - start >= maxLength {
                    out.append(
                        NERSentence(
                            tokens: Array(s.tokens[start..<next]), tags: Array(s.tags[start..<next]), source: s.source))
                    start = next
                }
            }
            if start < s.tokens.count {
                out.append(
                    NERSentence(tokens: Array(s.tokens[start...]), tags: Array(s.tags[start...]), source: s.source))
            }
        }
        return out
    }

    // MARK: Label mapping

    /// One mapping for every corpus format read here (the type names do not clash):
    /// - GermEval / CoNLL: PER, LOC, ORG, OTH; MISC → OTH (typos such as `PEr` are upper-cased);
    /// - MobIE / SmartData: person → PER; organization, organization-company → ORG; location,
    ///   location-city, location-street → LOC; location-stop, location-route → LOC only with
    ///   `stopsAndRoutes` (station names and line ids, see docs/entities.md); all other types → O;
    /// - WNUT-17: person → PER, location → LOC, corporation, group → ORG, product, creative-work → OTH.
    public static func labelMapping(stopsAndRoutes: Bool = false) -> @Sendable (Substring) -> NERLabel? {
        return { type in
            switch type.lowercased() {
            case "per", "person": return .per
            case "loc", "location", "location-city", "location-street": return .loc
            case "location-stop", "location-route": return stopsAndRoutes ? .loc : nil
            case "org", "organization", "organization-company", "corporation", "group": return .org
            case "oth", "misc", "product", "creative-work": return .oth
            default: return nil
            }
        }
    }

    // MARK: Files

    /// The two annotated formats `loupe train/eval entities` read.
    public enum Format: String, Sendable {
        case germEval, conll
    }

    /// GermEval TSV when the first non-comment line has ≥ 3 tab-separated fields and starts with
    /// a token number; CoNLL/BIO otherwise.
    public static func detectFormat(_ text: String) -> Format {
        for line in text.split(separator: "\n").prefix(50) {
            if line.hasPrefix("#") || line.allSatisfy({ $0.isWhitespace }) { continue }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            return cols.count >= 3 && Int(cols[0]) != nil ? .germEval : .conll
        }
        return .conll
    }

    /// Reads an annotated file in either format. A CoNLL file without any sentence break
    /// (Europeana) is cut into pseudo-sentences.
    public static func read(_ text: String, source: String, stopsAndRoutes: Bool = false) -> [NERSentence] {
        switch detectFormat(text) {
        case .germEval:
            return germEval(text, source: source)
        case .conll:
            let sentences = conll(text, source: source, mapType: labelMapping(stopsAndRoutes: stopsAndRoutes))
            return sentences.count == 1 ? splitPseudoSentences(sentences) : sentences
        }
    }
}
