import LoupeShell
import LoupeKit
import Foundation
let text = try! DocumentSource.readText(path: CommandLine.arguments[1])
let doc = Document(text: text)
print(doc.language)
for s in doc.sentences { print("---", doc.string(for: s.span)) }
print(doc.tokens.map { doc.string(for: $0) + "/" + $0.kind.name }.joined(separator: " "))
