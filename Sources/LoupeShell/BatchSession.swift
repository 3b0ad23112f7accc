import LoupeBatch
import LoupeKit

extension BatchAnalyzer {
    /// A batch with a session's settings: language, reference date, options, size and time limits.
    public init(session: Session, analyzers: [String], format: Format, input: InputKind, style: TerminalStyle) {
        self.init(
            registry: session.registry, analyzers: analyzers, language: session.languageOverride,
            reference: session.reference,
            format: format, input: input, options: session.options, maxBytes: session.maxBytes, style: style)
        limits = session.limits
    }
}
