import LoupeDates
import LoupeEntities
import LoupeQuotes
import LoupeSentiment

extension Loupe {
    /// The error catalogues of the core, the extensions and the built-in analyzers (the shell
    /// adds its own for `loupe errors` and docs/errors.md). A built-in analyzer with errors of
    /// its own adds its catalogue here.
    public static let errorCatalogues: [any ErrorCatalogue.Type] = [
        CoreErrors.self,
        ExtensionErrors.self,
        DatesErrors.self,
        EntitiesErrors.self,
        QuotesErrors.self,
        SentimentErrors.self,
    ]
}
