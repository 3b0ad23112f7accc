// A Swift program that embeds Loupe: it analyses every .txt file under a folder with the built-in
// analyzers, prints one JSON line per document, then the corpus report as JSON. It links LoupeKit
// and LoupeBatch only — no GNU readline (a test checks the binary with ldd).
//
//   swift run loupe-embed-example examples/        (or .build/debug/loupe-embed-example DIR)
import Foundation
import LoupeBatch
import LoupeKit

let arguments = Array(CommandLine.arguments.dropFirst())
guard let folder = arguments.first else {
    FileHandle.standardError.write(Data("usage: loupe-embed-example FOLDER [REFERENCE-DATE]\n".utf8))
    exit(2)
}
// The analyzers the report needs: those whose layers provide what it shows (entities, quotes, dates, tone).
let analyzers = CorpusReport.analyzers(in: Loupe.registry)
var batch = BatchAnalyzer(
    registry: Loupe.registry, analyzers: analyzers, language: nil,
    reference: ReferenceTime(iso: arguments.count > 1 ? arguments[1] : "2024-06-18"), format: .jsonl,
    input: .text, options: AnalyzerOptions(), maxBytes: DocumentSource.defaultMaxBytes,
    style: TerminalStyle(colors: false))
batch.jobs = 2
let report = CorpusReport()
batch.collect = { document in
    let part = CorpusReport.part(of: document)
    return { report.add(part) }
}
do {
    let summary = try batch.run(paths: [folder]) { print($0, terminator: "") }
    print(report.json(top: 5).serialized())
    exit(summary.failures > 0 ? 1 : 0)
} catch {
    FileHandle.standardError.write(Data("error: \(error)\n".utf8))
    exit(1)
}
