import Foundation

/// The analyzers Loupe knows, and how to run them: in dependency order, each at most once per
/// document and settings, each created on first use.
public final class AnalyzerRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var registrations: [String: AnalyzerRegistration] = [:]
    private var order: [String] = []
    private var instances: [String: any Analyzer] = [:]

    public init(_ registrations: [AnalyzerRegistration] = []) {
        for registration in registrations { register(registration) }
    }

    /// Adds an analyzer, replacing one of the same name.
    public func register(_ registration: AnalyzerRegistration) {
        lock.lock()
        defer { lock.unlock() }
        let name = registration.descriptor.name
        if registrations[name] == nil { order.append(name) }
        registrations[name] = registration
        instances[name] = nil
    }

    public var names: [String] {
        lock.lock()
        defer { lock.unlock() }
        return order
    }

    public var descriptors: [AnalyzerDescriptor] {
        lock.lock()
        defer { lock.unlock() }
        return order.map { registrations[$0]!.descriptor }
    }

    public func registration(named name: String) throws -> AnalyzerRegistration {
        lock.lock()
        defer { lock.unlock() }
        guard let registration = registrations[name] else { throw LoupeError.unknownAnalyzer(name, known: order) }
        return registration
    }

    public func descriptor(named name: String) throws -> AnalyzerDescriptor { try registration(named: name).descriptor }

    /// The option a key `ANALYZER.OPTION` names (`kwic.width`), however it was given — `--option`,
    /// `set`, completion: one parser and one set of errors.
    public func option(forKey key: String) throws -> (analyzer: AnalyzerDescriptor, option: OptionSpec) {
        let parts = key.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { throw LoupeError.badOptionKey(key) }
        let descriptor = try descriptor(named: parts[0])
        guard let spec = descriptor.option(named: parts[1]) else {
            throw LoupeError.unknownOption(parts[1], analyzer: parts[0], known: descriptor.options.map(\.name))
        }
        return (descriptor, spec)
    }

    /// The analyzer, created on first use.
    public func analyzer(named name: String) throws -> any Analyzer {
        let registration = try registration(named: name)
        lock.lock()
        if let existing = instances[name] {
            lock.unlock()
            return existing
        }
        lock.unlock()
        let made = try registration.make()
        lock.lock()
        defer { lock.unlock() }
        if let existing = instances[name] { return existing }
        instances[name] = made
        return made
    }

    /// The tools of one kind ("eval", "train") by analyzer name.
    public func tools(_ kind: String) -> [(analyzer: String, tool: PluginTool)] {
        lock.lock()
        defer { lock.unlock() }
        return order.compactMap { name in registrations[name]!.tools[kind].map { (name, $0) } }
    }

    // MARK: - Planning

    /// The analyzers to run for a request, requirements first. Fails fast on an unknown name,
    /// a requirement nobody produces, or a cycle.
    public func plan(_ requested: [String]) throws -> [String] {
        var planned: [String] = []
        var visiting: [String] = []
        let requestedSet = Set(requested)

        func visit(_ name: String, requiredBy: String?) throws {
            if planned.contains(name) { return }
            if let start = visiting.firstIndex(of: name) {
                throw LoupeError.dependencyCycle(Array(visiting[start...]) + [name])
            }
            let descriptor: AnalyzerDescriptor
            do { descriptor = try self.descriptor(named: name) } catch {
                if let requiredBy { throw LoupeError.missingRequirement(requiredBy, requires: name) }
                throw error
            }
            visiting.append(name)
            for requirement in descriptor.requires { try visit(requirement, requiredBy: name) }
            for optional in descriptor.usesIfPresent where requestedSet.contains(optional) {
                try visit(optional, requiredBy: name)
            }
            visiting.removeLast()
            planned.append(name)
        }

        for name in requested { try visit(name, requiredBy: nil) }
        return planned
    }

    // MARK: - Running

    /// Runs the requested analyzers (and what they require) on a document, reusing layers
    /// already computed with the same settings. Returns the names run or reused, in order.
    /// Throws the first failure among them; the layers of the analyzers that succeeded are kept
    /// on the document, and each failure is recorded in `document.failures`.
    @discardableResult
    public func run(
        _ requested: [String], on document: Document, options: AnalyzerOptions = AnalyzerOptions(),
        limits: RunLimits = .unlimited
    ) throws -> [String] {
        let planned = try plan(requested)
        let outcome = try run(planned: planned, on: [document], options: options, limits: limits)
        if let error = outcome.stopped[0] ?? outcome.failed[0].first?.error { throw error }
        return planned
    }

    /// Runs the requested analyzers on several documents, batching for analyzers that can.
    /// Returns one error (or nil) per document for a document that was stopped as a whole
    /// (cancelled, or out of its time budget). An analyzer that fails on a document leaves only
    /// its layer (and those of analyzers requiring it) out: the failure is recorded in the
    /// document's `failures` and the other analyzers run. A document that fails does not stop
    /// the others. Throws only for problems of the request itself (unknown analyzer, bad option).
    ///
    /// `languages: .skipUnsupported` (what `loupe analyze` does when no analyzers are named) skips
    /// an analyzer that does not support a document's language, and those that require it, instead
    /// of recording a failure: a `languages: [en]` plugin leaves German documents alone.
    public func run(
        _ requested: [String], on documents: [Document], options: AnalyzerOptions = AnalyzerOptions(),
        limits: RunLimits = .unlimited, languages: LanguagePolicy = .strict
    ) throws -> [(any Error)?] {
        try run(planned: try plan(requested), on: documents, options: options, limits: limits, languages: languages)
            .stopped
    }

    /// What an analyzer that does not support a document's language does there.
    public enum LanguagePolicy: Sendable { case strict, skipUnsupported }

    private struct Outcome {
        /// Per document: why it was stopped as a whole.
        var stopped: [(any Error)?]
        /// Per document: the analyzers that failed in this run, in order.
        var failed: [[(analyzer: String, error: LoupeError)]]
    }

    private func run(
        planned: [String], on documents: [Document], options: AnalyzerOptions, limits: RunLimits,
        languages: LanguagePolicy = .strict
    ) throws -> Outcome {
        var outcome = Outcome(
            stopped: Array(repeating: nil, count: documents.count), failed: Array(repeating: [], count: documents.count)
        )
        var skipped = [Set<String>](repeating: [], count: documents.count)
        func fail(_ index: Int, _ name: String, _ error: LoupeError) {
            documents[index].recordFailure(error, analyzer: name)
            outcome.failed[index].append((name, error))
        }
        // Time each document has spent so far, across analyzers (its budget is for all of them).
        var spent = [UInt64](repeating: 0, count: documents.count)
        func deadline(_ index: Int, now: UInt64) -> Deadline {
            guard limits.timeBudget != nil || limits.cancellation != nil else { return .none }
            // Clamped: a budget of 1e30 s is "no limit", not an overflow.
            let end = limits.timeBudget.map { budget in
                now &+ UInt64(min(max(0, budget * 1e9 - Double(spent[index])), 1e18))
            }
            return Deadline(cancellation: limits.cancellation, uptimeNanoseconds: end)
        }
        for name in planned {
            let descriptor = try self.descriptor(named: name)
            let scoped = options.scoped(to: name)
            try validate(scoped, for: descriptor)
            var pending: [(index: Int, key: String, context: AnalysisContext)] = []
            for (index, document) in documents.enumerated() where outcome.stopped[index] == nil {
                if descriptor.requires.contains(where: skipped[index].contains) {
                    skipped[index].insert(name)
                    continue
                }
                if let missing = descriptor.requires.first(where: { required in
                    outcome.failed[index].contains { $0.analyzer == required }
                }) {
                    fail(index, name, LoupeError.requirementFailed(name, requires: missing))
                    continue
                }
                let language = document.language
                if !descriptor.languages.isEmpty, language != .unknown, !descriptor.languages.contains(language) {
                    if languages == .skipUnsupported {
                        skipped[index].insert(name)
                    } else {
                        fail(
                            index, name,
                            LoupeError.unsupportedLanguage(name, language: language, supported: descriptor.languages))
                    }
                    continue
                }
                let reference = document.reference ?? ReferenceTime.today()
                let dependencyKeys = (descriptor.requires + descriptor.usesIfPresent).compactMap {
                    document.layerKey(named: $0)
                }
                let computed = scoped.values.filter { descriptor.option(named: $0.key)?.display != true }
                let key =
                    [
                        language.rawValue, descriptor.usesReference ? reference.description : "",
                        AnalyzerOptions(computed).fingerprint,
                    ]
                    .joined(separator: "|") + "|" + dependencyKeys.joined(separator: "+")
                if document.layerKey(named: name) == key { continue }
                if limits.cancellation?.isCancelled == true {
                    outcome.stopped[index] = LoupeError.stopped(name, .cancelled, budget: limits.timeBudget)
                    continue
                }
                pending.append(
                    (
                        index, key,
                        AnalysisContext(
                            language: language, reference: reference,
                            options: defaults(descriptor).merging(scoped))
                    ))
            }
            guard !pending.isEmpty else { continue }
            let analyzer: any Analyzer
            do { analyzer = try self.analyzer(named: name) } catch {
                for item in pending { fail(item.index, name, LoupeError.analyzerFailed(name, error)) }
                continue
            }
            func one(_ item: (index: Int, key: String, context: AnalysisContext)) -> Result<any Layer, any Error> {
                let start = DispatchTime.now().uptimeNanoseconds
                var context = item.context
                context.deadline = deadline(item.index, now: start)
                defer { spent[item.index] += DispatchTime.now().uptimeNanoseconds - start }
                return Result { try analyzer.analyze(documents[item.index], context: context) }
            }
            var results: [Result<any Layer, any Error>]
            if let batching = analyzer as? any BatchAnalyzing, pending.count > 1 {
                let start = DispatchTime.now().uptimeNanoseconds
                results = batching.analyze(
                    pending.map { documents[$0.index] },
                    contexts: pending.map { item in
                        var context = item.context
                        context.deadline = deadline(item.index, now: start)
                        return context
                    })
                // A batch (an external plugin) is charged evenly to its documents; the plugin's own
                // timeout bounds each request.
                let share = (DispatchTime.now().uptimeNanoseconds - start) / UInt64(pending.count)
                for item in pending { spent[item.index] += share }
                // A batch that failed as a whole (the plugin crashed, hung or answered garbage) is
                // retried document by document: one bad document then fails alone.
                let failedAsAWhole = results.allSatisfy {
                    if case let .failure(error) = $0 { return !(error is Deadline.Stop) }
                    return false
                }
                if failedAsAWhole { results = pending.map(one) }
            } else {
                results = pending.map(one)
            }
            for (item, result) in zip(pending, results) {
                switch result {
                case .success where limits.timeBudget.map({ Double(spent[item.index]) > $0 * 1e9 }) ?? false:
                    // Over budget by the time it finished (an analyzer without checkpoints).
                    outcome.stopped[item.index] = LoupeError.stopped(name, .outOfTime, budget: limits.timeBudget)
                case let .success(layer):
                    documents[item.index].setLayer(layer, named: name, key: item.key)
                    documents[item.index].clearFailure(analyzer: name)
                case let .failure(stop as Deadline.Stop):
                    outcome.stopped[item.index] = LoupeError.stopped(name, stop, budget: limits.timeBudget)
                case let .failure(error): fail(item.index, name, LoupeError.analyzerFailed(name, error))
                }
            }
        }
        return outcome
    }

    private func defaults(_ descriptor: AnalyzerDescriptor) -> AnalyzerOptions {
        var options = AnalyzerOptions()
        for option in descriptor.options { if let value = option.defaultValue { options[option.name] = value } }
        return options
    }

    private func validate(_ options: AnalyzerOptions, for descriptor: AnalyzerDescriptor) throws {
        for (key, value) in options.values {
            guard let spec = descriptor.option(named: key) else {
                throw LoupeError.unknownOption(key, analyzer: descriptor.name, known: descriptor.options.map(\.name))
            }
            _ = try spec.validate(value)
        }
    }
}
