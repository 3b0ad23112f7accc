import LoupeShell

/// Export formats beyond JSON, contributed by plugins (wired here, where all modules are known).
enum Exporters {
    static let all: [String: Exporter] = [:]
}
