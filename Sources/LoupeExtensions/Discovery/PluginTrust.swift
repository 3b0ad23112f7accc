import Crypto
import Foundation
import LoupeCore

/// What trusting a plugin folder covers: a SHA-256 fingerprint over every file a plugin in it
/// can load, and the commands its external plugins run. Trust is refused when a command names
/// a file outside everything fingerprinted, since that file could change after trust and run.
public struct PluginTrust: Sendable {
    /// The folder, with symbolic links resolved.
    public var folder: String
    /// `sha256:` and the hex digest over every file's relative path and contents, sorted by path.
    public var fingerprint: String
    /// Relative paths of the files fingerprinted.
    public var files: [String]
    /// Each external plugin's manifest (relative path) and the command it runs.
    public var commands: [(manifest: String, command: [String])]
    /// Entries that are symbolic links to places outside the folder: followed and fingerprinted,
    /// but worth a warning, since what they point at is not where the user looked.
    public var links: [(path: String, target: String)]
    /// Command arguments that name a file outside what was fingerprinted: why trust is refused.
    public var outside: [(manifest: String, argument: String)]

    /// Bytecode caches that the interpreter writes on its own (`__pycache__`), which must not
    /// invalidate trust, and which the interpreter checks against their sources anyway.
    static func isCache(_ name: String) -> Bool {
        name == "__pycache__" || name.hasSuffix(".pyc") || name.hasSuffix(".pyo")
    }

    /// Walks `folder` (following symbolic links, each real folder once) and reads its manifests.
    public init(folder: String, maximumFiles: Int = 20_000) throws {
        let root = PluginDiscovery.canonical(folder)
        self.folder = root
        var files: [(relative: String, real: String)] = []
        var links: [(path: String, target: String)] = []
        var visited: Set<String> = [root]
        func walk(_ real: String, _ relative: String) throws {
            let entries = ((try? FileManager.default.contentsOfDirectory(atPath: real)) ?? []).sorted()
            for name in entries where !Self.isCache(name) {
                let path = real + "/" + name
                let shown = relative.isEmpty ? name : relative + "/" + name
                let target = PluginDiscovery.canonical(path)
                if target != path, !target.hasPrefix(root + "/") { links.append((shown, target)) }
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else { continue }
                if isDirectory.boolValue {
                    if visited.insert(target).inserted { try walk(target, shown) }
                } else {
                    files.append((shown, target))
                    guard files.count <= maximumFiles else {
                        throw LoupeError.folderTooLarge(folder, maximumFiles: maximumFiles)
                    }
                }
            }
        }
        try walk(root, "")
        files.sort { $0.relative < $1.relative }
        var hasher = SHA256()
        for file in files {
            hasher.update(data: Data(file.relative.utf8) + [0])
            let contents = FileManager.default.contents(atPath: file.real) ?? Data()
            withUnsafeBytes(of: UInt64(contents.count).littleEndian) { hasher.update(bufferPointer: $0) }
            hasher.update(data: contents)
        }
        fingerprint = "sha256:" + hasher.finalize().map { String(format: "%02x", $0) }.joined()
        self.files = files.map(\.relative)
        self.links = links
        let fingerprinted = Set(files.map(\.real))
        let realFolders = visited
        commands = []
        outside = []
        for manifest in (try? PluginLoader.pluginFiles(in: root)) ?? [] {
            guard let file = try? PluginFile(path: manifest), file.root["kind"]?.string == "external",
                let command = try? file.root["command"]?.stringList("command")
            else { continue }
            let name = String(manifest.dropFirst(root.count + 1))
            commands.append((name, command))
            let directory = (manifest as NSString).deletingLastPathComponent
            for (index, argument) in command.enumerated() {
                let namesPath = argument.contains("/")
                let candidate = argument.hasPrefix("/") ? argument : directory + "/" + argument
                // A bare word is a program on PATH (first) or a plain argument, unless a file of that name is there.
                guard namesPath || (index > 0 && FileManager.default.fileExists(atPath: candidate)) else { continue }
                let real = PluginDiscovery.canonical(candidate)
                // Inside a walked folder: fingerprinted if it exists, and a change if it appears later.
                let inside =
                    fingerprinted.contains(real) || realFolders.contains(real)
                    || realFolders.contains { real.hasPrefix($0 + "/") }
                if !inside || real.split(separator: "/").contains(where: { Self.isCache(String($0)) }) {
                    outside.append((name, argument))
                }
            }
        }
    }

    /// Refuses trust when a command reaches outside the fingerprinted files.
    public func requireContained() throws {
        guard let first = outside.first else { return }
        let list = outside.map { "\($0.argument) (\($0.manifest))" }.joined(separator: ", ")
        throw LoupeError.commandOutsideFolder(first.manifest, runs: list, folder: folder)
    }

    /// What the user is shown before trusting.
    public var summary: [String] {
        var lines = ["\(folder): \(files.count) file\(files.count == 1 ? "" : "s"), \(fingerprint.prefix(23))…"]
        lines += commands.map { "  runs \($0.command.joined(separator: " "))  (\($0.manifest))" }
        lines += links.map { "  warning: \($0.path) links to \($0.target), outside the folder (fingerprinted too)" }
        return lines
    }
}
