import Foundation
import LoupeCore

/// Where plugins come from without being named on the command line, and which of those
/// places may run code.
///
/// - The user's own folder, `$XDG_CONFIG_HOME/loupe/plugins` (default `~/.config/loupe/plugins`):
///   always loaded.
/// - A project folder, `./.loupe/plugins`: loaded only after the user trusts it once
///   (`plugin trust`), because a downloaded folder must not run code by surprise. Trust is for
///   the folder's exact contents: change a file and it must be trusted again.
public struct PluginDiscovery: Sendable {
    public var configFolder: String
    public var workingFolder: String

    public init(environment: [String: String] = ProcessInfo.processInfo.environment,
                workingFolder: String = FileManager.default.currentDirectoryPath) {
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

    public var localState: LocalState {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: localPluginFolder, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .absent
        }
        let folder = Self.canonical(localPluginFolder)
        let entries = trustedEntries()
        guard let recorded = entries[folder] else { return .untrusted }
        return recorded == Self.fingerprint(of: folder) ? .trusted : .changed
    }

    /// Records the local plugin folder, with a fingerprint of its contents, as trusted.
    public func trustLocalFolder() throws {
        let folder = Self.canonical(localPluginFolder)
        var entries = trustedEntries()
        entries[folder] = Self.fingerprint(of: folder)
        try FileManager.default.createDirectory(atPath: configFolder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let text = entries.sorted { $0.key < $1.key }.map { "\($0.value)\t\($0.key)" }.joined(separator: "\n") + "\n"
        guard FileManager.default.createFile(atPath: trustFile, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw LoupeError.writeFailed(trustFile, reason: "could not create it")
        }
        chmod(trustFile, 0o600)
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

    /// FNV-1a over every file's relative path and contents, in sorted order.
    static func fingerprint(of folder: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ bytes: some Sequence<UInt8>) {
            for b in bytes { hash = (hash ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        }
        let files = (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
        for file in files {
            let path = folder + "/" + file
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            mix(file.utf8)
            mix([0])
            if let data = FileManager.default.contents(atPath: path) { mix(data) }
            mix([0])
        }
        return String(hash, radix: 16)
    }

    /// The plugin files to load at start: the user's folder, and the local one when trusted.
    public func startupPaths() -> [String] {
        var paths: [String] = []
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: userPluginFolder, isDirectory: &isDirectory), isDirectory.boolValue {
            paths.append(userPluginFolder)
        }
        if localState == .trusted { paths.append(localPluginFolder) }
        return paths
    }

    /// What to tell the user about the local folder, if anything.
    public var localNotice: String? {
        switch localState {
        case .absent, .trusted: nil
        case .untrusted: "this folder has plugins in .loupe/plugins that may run code; they are not loaded until you trust them (`plugin trust` in the REPL)"
        case .changed: ".loupe/plugins changed since you trusted it; it is not loaded until you trust it again (`plugin trust`)"
        }
    }
}
