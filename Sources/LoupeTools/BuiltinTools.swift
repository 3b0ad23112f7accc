import LoupeCore
import LoupeDatesTools
import LoupeEntitiesTools
import LoupeQuotesTools
import LoupeSentimentTools

/// The built-in plugins' training and evaluation tools (`loupe eval|train NAME …`). They live
/// in tool targets (`Plugins/<folder>/Tools`) that the `loupe` executable links and LoupeKit
/// does not, so a program embedding LoupeKit carries no training or evaluation code.
/// Adding one: the plugin's folder in Package.swift's `pluginsWithTools`, one line here.
public enum BuiltinTools {
    public static let all: [(analyzer: String, kind: String, tool: PluginTool)] = [
        ("dates", "eval", DatesEvaluation.tool),
        ("entities", "eval", EntitiesTools.eval),
        ("entities", "train", EntitiesTools.train),
        ("quotes", "eval", QuotesEvaluation.tool),
        ("sentiment", "eval", SentimentEval.tool),
        ("sentiment", "train", SentimentLexiconCompiler.tool),
    ]

    /// The tools of one kind ("eval", "train") by analyzer name: the built-in ones and those a
    /// registration brings (`AnalyzerRegistration.tools`), sorted by analyzer name.
    public static func tools(_ kind: String, in registry: AnalyzerRegistry) -> [(analyzer: String, tool: PluginTool)] {
        let registered = registry.tools(kind)
        let builtin = all.filter { tool in tool.kind == kind && !registered.contains { $0.analyzer == tool.analyzer } }
        let all = builtin.map { (analyzer: $0.analyzer, tool: $0.tool) } + registered
        return all.sorted { $0.analyzer < $1.analyzer }
    }
}
