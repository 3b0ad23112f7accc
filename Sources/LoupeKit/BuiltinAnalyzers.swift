import LoupeDates
import LoupeEntities
import LoupeQuotes
import LoupeReadability
import LoupeSentiment

/// The one list of analyzer plugins built into Loupe (targets under Plugins/).
/// Adding a plugin: its target in Package.swift's `plugins` list, one line here.
enum BuiltinAnalyzers {
    static let all: [AnalyzerRegistration] = [
        DatesAnalyzer.registration,
        EntitiesAnalyzer.registration,
        QuotesAnalyzer.registration,
        ReadabilityAnalyzer.registration,
        SentimentAnalyzer.registration,
    ]
}
