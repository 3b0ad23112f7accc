import Foundation
import LoupeCore

/// Where plugins come from without being named on the command line, and which of those
/// places may run code.
///
/// - The user's own folder, `$XDG_CONFIG_HOME/loupe/plugins` (default `~/.config/loupe/plugins`):
///   always loaded.
/// - A project folder, `./.loupe/plugins`: loaded only after the user trusts it once
///   (`plugin trust` at the prompt, or `loupe plugins trust DIR`), because a downloaded folder
///   must not run code by surprise. Trust is for the folder's exact contents (`PluginTrust`):
///   change a file and it must be trusted again.
public struct PluginDiscovery: Sendable {
    public var configFolder: String
    public var workingFolder: String

    public init(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        workingFolder: String = FileManager.default.currentDirectoryPath
    ) {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            configFolder = config + "/loupe"
        } else {
            configFolder = (environment["HOME"] ?? NSHomeDirectory()) + "/.config/loupe"
        }
        self.workingFolder = workingFolder
    }

    public var userPluginFolder: String { configFolder + "/plugins" }
    public var localPluginFolder: String { workingFolder + "/.loupe/plugins" }
    var trustFile: String { configFolder + "/trusted-plugin-folders" }

    public enum LocalState: Equatable, Sendable { case absent, trusted, untrusted, changed }

    /// Whether there is a `.loupe/plugins` folder here (cheap: nothing is read or hashed).
    public var hasLocalFolder: Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: localPluginFolder, isDirectory: &isDirectory)
            && isDirectory.boolValue
    }

    /// Reads and fingerprints the local folder: ask once and pass the answer on.
    public var localState: LocalState {
        guard hasLocalFolder else { return .absent }
        let folder = Self.canonical(localPluginFolder)
        guard let recorded = trustedEntries()[folder] else { return .untrusted }
        guard let trust = try? PluginTrust(folder: folder), trust.outside.isEmpty else { return .changed }
        return recorded == trust.fingerprint ? .trusted : .changed
    }

    /// Records the local plugin folder, with the fingerprint of its contents, as trusted; refuses
    /// a folder whose commands reach outside it. The trust file is rewritten under a lock and
    /// renamed into place, so concurrent `plugin trust` runs keep each other's entries.
    @discardableResult
    public func trustLocalFolder() throws -> PluginTrust {
        let trust = try PluginTrust(folder: localPluginFolder)
        try trust.requireContained()
        try FileManager.default.createDirectory(
            atPath: configFolder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        try FileLock.withLock(on: trustFile) {
            var entries = trustedEntries()
            entries[trust.folder] = trust.fingerprint
            let text =
                entries.sorted { $0.key < $1.key }.map { "\($0.value)\t\($0.key)" }.joined(separator: "\n") + "\n"
            let temporary = trustFile + ".\(getpid()).tmp"
            guard
                FileManager.default.createFile(
                    atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]),
                rename(temporary, trustFile) == 0
            else {
                unlink(temporary)
                throw LoupeError.writeFailed(trustFile, reason: "could not create it")
            }
        }
        return trust
    }

    func trustedEntries() -> [String: String] {
        guard let text = try? String(contentsOfFile: trustFile, encoding: .utf8) else { return [:] }
        var entries: [String: String] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            if parts.count == 2 { entries[parts[1]] = parts[0] }
        }
        return entries
    }

    static func canonical(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The plugin folders to load at start: the user's folder, and the local one when trusted
    /// (`state`, when the caller has it, saves fingerprinting the folder again).
    public func startupPaths(_ state: LocalState? = nil) -> [String] {
        var paths: [String] = []
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: userPluginFolder, isDirectory: &isDirectory), isDirectory.boolValue {
            paths.append(userPluginFolder)
        }
        if (state ?? localState) == .trusted { paths.append(localPluginFolder) }
        return paths
    }

    /// What to tell the user about the local folder in `state`, if anything.
    public static func notice(_ state: LocalState) -> String? {
        switch state {
        case .absent, .trusted: nil
        case .untrusted:
            "this folder has plugins in .loupe/plugins that may run code; they are not loaded until you trust them (`plugin trust` at the prompt, or `loupe plugins trust .`)"
        case .changed:
            ".loupe/plugins changed since you trusted it; it is not loaded until you trust it again (`plugin trust` at the prompt, or `loupe plugins trust .`)"
        }
    }
}
