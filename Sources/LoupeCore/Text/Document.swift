import Foundation

/// A text and everything Loupe has found in it.
///
/// The text is kept exactly as given. Tokens and sentences are computed once, on creation, as
/// UTF-8 byte spans; analyzers add typed layers, stored under their names and reused while the
/// settings they were computed with stay the same.
public final class Document: @unchecked Sendable {
    public let id: String
    public let text: String
    /// The text's UTF-8 bytes: what the tokenizer and the analyzers' hot loops read.
    public let utf8: [UInt8]
    public let tokens: [Token]
    public let sentences: [Sentence]
    /// What language identification found; `language` is this unless overridden.
    public let detectedLanguage: Language
    /// The language analyzers use: detected, or set by the user (`set lang de`, `--lang`).
    public var language: Language
    /// What relative dates resolve against; nil means "today" at analysis time.
    public var reference: ReferenceTime?

    private let lock = NSLock()
    private var storedLayers: [String: (key: String, layer: any Layer)] = [:]
    private var layerOrder: [String] = []
    private var cachedOffsets: OffsetMap?

    /// - Parameters:
    ///   - language: nil detects the language from the text.
    public init(text: String, id: String = "text", language: Language? = nil, reference: ReferenceTime? = nil) {
        self.id = id
        self.text = text
        let bytes = Array(text.utf8)
        self.utf8 = bytes
        let tokens = Tokenizer.tokenize(bytes)
        self.tokens = tokens
        var sentences = SentenceSplitter.split(tokens: tokens, in: bytes)
        let identification = LanguageIdentifier.identify(bytes: bytes, tokens: tokens, sentences: &sentences)
        self.sentences = sentences
        self.detectedLanguage = identification
        self.language = language ?? identification
        self.reference = reference
    }

    // MARK: - Text access

    /// The code-point offsets, computed on first use in one pass.
    public var offsets: OffsetMap {
        lock.lock()
        defer { lock.unlock() }
        if let cachedOffsets { return cachedOffsets }
        let map = OffsetMap(utf8: utf8)
        cachedOffsets = map
        return map
    }

    public func string(for span: Span) -> String {
        String(decoding: utf8[span.start..<span.end], as: UTF8.self)
    }

    public func string(for token: Token) -> String { string(for: token.span) }

    /// The `String.Index` range of a span, for Swift APIs that work on `String`.
    public func range(for span: Span) -> Range<String.Index> {
        let lower = String.Index(utf16Offset: 0, in: text)
        let start = text.utf8.index(lower, offsetBy: span.start)
        let end = text.utf8.index(start, offsetBy: span.length)
        return start..<end
    }

    public func substring(for span: Span) -> Substring { text[range(for: span)] }

    /// The span of a `String.Index` range of `text`.
    public func span(for range: Range<String.Index>) -> Span {
        Span(
            text.utf8.distance(from: text.startIndex, to: range.lowerBound),
            text.utf8.distance(from: text.startIndex, to: range.upperBound))
    }

    /// The index of the sentence that contains a byte offset (nil past the text's end).
    public func sentenceIndex(containing byte: Int) -> Int? {
        var low = 0, high = sentences.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let s = sentences[mid].span
            if byte < s.start { high = mid - 1 } else if byte >= s.end { low = mid + 1 } else { return mid }
        }
        return low < sentences.count ? low : nil
    }

    /// Index of the first token that starts at or after a byte offset.
    public func tokenIndex(atOrAfter byte: Int) -> Int {
        var low = 0, high = tokens.count
        while low < high {
            let mid = (low + high) / 2
            if tokens[mid].span.start < byte { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The language of a sentence: its own where it differs, else the document's.
    public func language(of sentence: Sentence) -> Language { sentence.language ?? language }

    // MARK: - Layers

    /// Names of the layers computed so far, in the order they were computed.
    public var layerNames: [String] {
        lock.lock()
        defer { lock.unlock() }
        return layerOrder
    }

    public func layer(named name: String) -> (any Layer)? {
        lock.lock()
        defer { lock.unlock() }
        return storedLayers[name]?.layer
    }

    public func layer<L: Layer>(_ type: L.Type, named name: String) -> L? {
        layer(named: name) as? L
    }

    /// The settings key a layer was computed with (the registry reuses a layer whose key matches).
    public func layerKey(named name: String) -> String? {
        lock.lock()
        defer { lock.unlock() }
        return storedLayers[name]?.key
    }

    public func setLayer(_ layer: any Layer, named name: String, key: String = "") {
        lock.lock()
        defer { lock.unlock() }
        if storedLayers[name] == nil { layerOrder.append(name) }
        storedLayers[name] = (key, layer)
    }

    public func removeAllLayers() {
        lock.lock()
        defer { lock.unlock() }
        storedLayers = [:]
        layerOrder = []
        storedFailures = []
    }

    // MARK: - Failed analyzers

    /// An analyzer that failed on this document: its layer is missing, the others stand
    /// (`"errors": [{"analyzer", "code", "message"}]` in the JSON contract).
    public struct AnalyzerFailure: Sendable, Equatable {
        public var analyzer: String
        public var error: LoupeError

        public var code: String { error.code }
        /// The message and its hint, without the code.
        public var message: String { error.hint.map { "\(error.message) — \($0)" } ?? error.message }
    }

    private var storedFailures: [AnalyzerFailure] = []

    /// The analyzers that failed on this document with the settings of their last run, in order.
    public var failures: [AnalyzerFailure] {
        lock.lock()
        defer { lock.unlock() }
        return storedFailures
    }

    /// Records that an analyzer failed; a layer it computed before with other settings goes,
    /// so that no stale result stands in for the failed one.
    public func recordFailure(_ error: LoupeError, analyzer name: String) {
        lock.lock()
        defer { lock.unlock() }
        storedFailures.removeAll { $0.analyzer == name }
        storedFailures.append(AnalyzerFailure(analyzer: name, error: error))
        if storedLayers.removeValue(forKey: name) != nil { layerOrder.removeAll { $0 == name } }
    }

    /// Forgets an analyzer's failure (it has just succeeded).
    public func clearFailure(analyzer name: String) {
        lock.lock()
        defer { lock.unlock() }
        storedFailures.removeAll { $0.analyzer == name }
    }
}
