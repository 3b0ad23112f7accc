import LoupeCore

/// The entities analyzer's and its tools' errors (E3xx).
public enum EntitiesErrors: String, ErrorCatalogue {
    case modelMissing = "E301"
    case badModel = "E302"
    case gazetteerLine = "E303"
    case gazetteerFile = "E304"
    case toolUsage = "E305"
    case noSentences = "E306"

    public static let title = "Entities (E3xx)"

    public var explanation: (summary: String, hint: String) {
        switch self {
        case .modelMissing:
            (
                "an entity model file is missing",
                "reinstall Loupe, or train one with `loupe train entities` (see docs/entities.md)"
            )
        case .badModel: ("a file is not a usable entity model", "train it again with `loupe train entities`")
        case .gazetteerLine:
            (
                "a line of a user gazetteer (entities.gazetteer) does not fit the format",
                "each line is `phrase<TAB>LABEL` (or `phrase,LABEL`), LABEL one of PER, LOC, ORG, OTH; "
                    + "`#` starts a comment"
            )
        case .gazetteerFile: ("a user gazetteer cannot be read", "check the path given to --entities-gazetteer")
        case .toolUsage:
            (
                "wrong arguments for `loupe train entities` or `loupe eval entities`",
                "the message shows the usage"
            )
        case .noSentences:
            (
                "a training or evaluation file has no annotated sentences",
                "expected GermEval TSV or CoNLL/BIO columns"
            )
        }
    }
}

// MARK: - The errors, worded

extension LoupeError {
    static func entitiesModelMissing(_ path: String) -> LoupeError {
        LoupeError(EntitiesErrors.modelMissing, "entity model file not found: \(path)")
    }

    static func entitiesBadModel(_ path: String, reason: String) -> LoupeError {
        LoupeError(EntitiesErrors.badModel, "\(path) is not a usable entity model (\(reason))")
    }

    static func entitiesGazetteerLine(_ path: String, line: Int, _ problem: String) -> LoupeError {
        LoupeError(EntitiesErrors.gazetteerLine, "\(path):\(line): \(problem)")
    }

    static func entitiesGazetteerFile(_ path: String, reason: String) -> LoupeError {
        LoupeError(EntitiesErrors.gazetteerFile, "cannot read gazetteer \(path): \(reason)")
    }

    package static func entitiesToolUsage(_ problem: String, usage: String) -> LoupeError {
        LoupeError(EntitiesErrors.toolUsage, problem, hint: "usage: \(usage)")
    }

    package static func entitiesNoSentences(_ path: String) -> LoupeError {
        LoupeError(EntitiesErrors.noSentences, "\(path) has no annotated sentences")
    }
}
