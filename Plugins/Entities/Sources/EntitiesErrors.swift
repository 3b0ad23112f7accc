import LoupeCore

// MARK: - Entities errors (E3xx)

extension LoupeError {
    static func entitiesModelMissing(_ path: String) -> LoupeError {
        LoupeError("E301", "entity model file not found: \(path)",
                   hint: "reinstall Loupe, or train one with `loupe train entities` (see docs/entities.md)")
    }

    static func entitiesBadModel(_ path: String, reason: String) -> LoupeError {
        LoupeError("E302", "\(path) is not a usable entity model (\(reason))", hint: "train it again with `loupe train entities`")
    }

    static func entitiesGazetteerLine(_ path: String, line: Int, _ problem: String) -> LoupeError {
        LoupeError("E303", "\(path):\(line): \(problem)",
                   hint: "each line is `phrase<TAB>LABEL` (or `phrase,LABEL`), LABEL one of PER, LOC, ORG, OTH; `#` starts a comment")
    }

    static func entitiesGazetteerFile(_ path: String, reason: String) -> LoupeError {
        LoupeError("E304", "cannot read gazetteer \(path): \(reason)", hint: "check the path given to --entities-gazetteer")
    }

    static func entitiesToolUsage(_ problem: String, usage: String) -> LoupeError {
        LoupeError("E305", problem, hint: "usage: \(usage)")
    }

    static func entitiesNoSentences(_ path: String) -> LoupeError {
        LoupeError("E306", "\(path) has no annotated sentences", hint: "expected GermEval TSV or CoNLL/BIO columns")
    }
}
