/// The analyzers LoupeCore itself provides.
public enum CoreAnalyzers {
    public static let all: [AnalyzerRegistration] = [
        TokensAnalyzer.registration,
        SentencesAnalyzer.registration,
        StatsAnalyzer.registration,
        KwicAnalyzer.registration,
    ]
}
