import Foundation
import LoupeCore

/// The shipped German and English models and their gazetteer files, loaded lazily from the
/// plugin's `Resources/` on first use, once per process, and shared by every thread.
public final class EntityModels: @unchecked Sendable {
    public static let shared = EntityModels()

    private let lock = NSLock()
    private var resources: NERResources?
    private var models: [String: NERModel] = [:]

    /// The folder holding the shipped model and gazetteer files.
    public static var resourceFolder: URL? {
        Bundle.module.url(forResource: "entities-de", withExtension: "bin", subdirectory: "Resources")?
            .deletingLastPathComponent()
    }

    /// The shipped model for a language: English for `.english`, German otherwise (German is
    /// Loupe's first language, and short texts are often `unknown`; see docs/entities.md).
    public func model(for language: Language) throws -> NERModel {
        let name = language == .english ? "en" : "de"
        lock.lock()
        defer { lock.unlock() }
        if let model = models[name] { return model }
        guard let folder = Self.resourceFolder else { throw LoupeError.entitiesModelMissing("entities-\(name).bin") }
        let gazetteers = try resources ?? NERResources(directory: folder)
        resources = gazetteers
        let model = try Self.loadModel(folder.appendingPathComponent("entities-\(name).bin"), resources: gazetteers)
        models[name] = model
        return model
    }

    /// Reads a model file (memory-mapped) and attaches the gazetteers its features use.
    public static func loadModel(_ url: URL, resources: NERResources?) throws -> NERModel {
        guard FileManager.default.fileExists(atPath: url.path) else { throw LoupeError.entitiesModelMissing(url.path) }
        do {
            return try NERModel(data: Data(contentsOf: url, options: .alwaysMapped), resources: resources)
        } catch let error as BinaryResource.Malformed {
            throw LoupeError.entitiesBadModel(url.path, reason: error.description)
        }
    }

    /// The shipped gazetteer files (for models loaded from elsewhere, e.g. `--model PATH`).
    public func sharedResources() throws -> NERResources {
        lock.lock()
        defer { lock.unlock() }
        if let resources { return resources }
        guard let folder = Self.resourceFolder else { throw LoupeError.entitiesModelMissing("gaz-*.bin") }
        let loaded = try NERResources(directory: folder)
        resources = loaded
        return loaded
    }
}
