import LoupeKit
import LoupeBatch
import LoupeShell

/// Export formats beyond the shell's own, contributed by plugins (wired here, where all modules are known).
enum Exporters {
    static let all: [String: Exporter] = [
        "timeml": Exporter(summary: "the text with TIMEX3 date, time and duration tags (runs dates)") {
            session, document in
            try session.run(PluginExports.timeMLAnalyzers, on: document)
            guard let timeML = PluginExports.timeML(document) else {
                throw LoupeError.noDatesLayer()
            }
            return timeML
        }
    ]
}
