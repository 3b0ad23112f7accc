// swift-tools-version: 6.0
import PackageDescription

/// The built-in analyzer plugins: one target each under Plugins/, depending only on LoupeCore.
/// Adding one is one entry here and one line in `LoupeKit/BuiltinAnalyzers.swift`.
let plugins: [(target: String, folder: String)] = [
    ("LoupeDates", "Dates"),
    ("LoupeEntities", "Entities"),
    ("LoupeQuotes", "Quotes"),
    ("LoupeReadability", "Readability"),
    ("LoupeSentiment", "Sentiment"),
]

/// The plugins (by folder) whose training and evaluation code is a target of its own,
/// `<target>Tools` in `Plugins/<folder>/Tools`, listed in `LoupeTools/BuiltinTools.swift`: the
/// `loupe` executable links it for `loupe eval|train NAME`, LoupeKit does not.
let pluginsWithTools: Set<String> = ["Dates", "Entities", "Quotes", "Sentiment"]

let package = Package(
    name: "Loupe",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "LoupeKit", targets: ["LoupeKit", "LoupeBatch"]),
        .executable(name: "loupe", targets: ["loupe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "LoupeCore"),
        .target(name: "CSpawn"),
        .target(
            name: "LoupeExtensions",
            dependencies: [
                "LoupeCore", "CSpawn", .product(name: "Yams", package: "Yams"), .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "LoupeKit",
            dependencies: ["LoupeCore", "LoupeExtensions"] + plugins.map { .target(name: $0.target) }
        ),
        .systemLibrary(
            name: "CReadline",
            path: "Sources/CReadline",
            providers: [.apt(["libreadline-dev"])]
        ),
        // Corpus mode, reports, HTML and table exports: no readline, so Swift programs can embed it.
        .target(name: "LoupeBatch", dependencies: ["LoupeKit", "CSpawn"]),
        .target(name: "LoupeShell", dependencies: ["LoupeKit", "LoupeBatch", "CReadline"]),
        // The built-in plugins' training and evaluation tools, for `loupe eval|train NAME`.
        .target(
            name: "LoupeTools",
            dependencies: ["LoupeCore"]
                + plugins.filter { pluginsWithTools.contains($0.folder) }.map { .target(name: "\($0.target)Tools") }
        ),
        .executableTarget(
            name: "loupe",
            dependencies: [
                "LoupeShell",
                "LoupeTools",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "loupe-fuzz", dependencies: ["LoupeKit"]),
        // examples/embed: a program that embeds LoupeKit and LoupeBatch (no readline).
        .executableTarget(name: "loupe-embed-example", dependencies: ["LoupeKit", "LoupeBatch"], path: "examples/embed"),
        .target(name: "LoupeTestSupport", dependencies: ["LoupeKit"], path: "Tests/LoupeTestSupport"),
        .testTarget(name: "LoupeCoreTests", dependencies: ["LoupeCore", "LoupeTestSupport"]),
        .testTarget(name: "LoupeExtensionsTests", dependencies: ["LoupeExtensions", "LoupeShell", "LoupeTestSupport"]),
        .testTarget(name: "LoupeShellTests", dependencies: ["LoupeShell", "LoupeBatch", "LoupeTestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["LoupeKit", "LoupeDates", "LoupeTestSupport"]),
    ] + plugins.flatMap { plugin -> [Target] in
        let hasTools = pluginsWithTools.contains(plugin.folder)
        let tools: [Target.Dependency] = hasTools ? [.target(name: "\(plugin.target)Tools")] : []
        return [
            .target(
                name: plugin.target,
                dependencies: ["LoupeCore"],
                path: "Plugins/\(plugin.folder)",
                exclude: ["Tests"] + (hasTools ? ["Tools"] : []),
                resources: [.copy("Resources")]
            ),
            .testTarget(
                name: "\(plugin.target)Tests",
                dependencies: [.target(name: plugin.target), "LoupeTestSupport"] + tools,
                path: "Plugins/\(plugin.folder)/Tests"
            ),
        ] + (hasTools ? [
            .target(
                name: "\(plugin.target)Tools",
                dependencies: ["LoupeCore", .target(name: plugin.target)],
                path: "Plugins/\(plugin.folder)/Tools"
            ),
        ] : [])
    },
    swiftLanguageModes: [.v6]
)
