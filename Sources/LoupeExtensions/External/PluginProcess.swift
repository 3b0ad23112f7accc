import CSpawn
import Foundation
import LoupeCore

/// One running external plugin: a child process spoken to in newline-delimited JSON over its
/// standard input and output (docs/plugin-protocol.md). Whatever the child does — crash, hang,
/// print garbage, print too much — the host gets a clear `LoupeError` and the child is stopped;
/// the next request starts a fresh one.
final class PluginProcess: @unchecked Sendable {
    struct Settings: Sendable {
        var name: String
        var command: [String]
        var directory: URL
        var timeout: TimeInterval
        var maxOutputBytes: Int
        /// Variables passed through besides `baseEnvironment` (the manifest's `environment`).
        var environment: [String] = []
    }

    /// What every plugin gets of Loupe's environment: never its tokens and keys.
    static let baseEnvironment: Set<String> = ["PATH", "HOME", "LANG", "TMPDIR", "TZ", "TERM", "USER", "LOGNAME"]

    /// The plugin's environment: the base variables, `LC_*`, and the ones its manifest names.
    static func environment(for settings: Settings, from parent: [String: String] = ProcessInfo.processInfo.environment)
        -> [String: String]
    {
        let named = Set(settings.environment)
        return parent.filter { baseEnvironment.contains($0.key) || $0.key.hasPrefix("LC_") || named.contains($0.key) }
    }

    let settings: Settings
    private var process: ChildProcess?
    private var input: FileHandle?
    private var output: FileHandle?
    private var errorOutput: FileHandle?
    private var outputFD: Int32 = -1
    private var pending = [UInt8]()
    private let stderrTail = StderrTail()
    private(set) var handshake: JSONValue?

    init(_ settings: Settings) { self.settings = settings }

    deinit { stop(graceful: true) }

    var isRunning: Bool { process?.isRunning ?? false }

    func ensureRunning() throws {
        if !isRunning { try start() }
    }

    /// Sends one message and waits for one line of reply, starting the process first if needed.
    /// `deadline` (Ctrl-C, the document's time budget) is checked while it waits: a cancelled
    /// request stops the plugin at once instead of at its timeout.
    func exchange(_ message: JSONValue, deadline: Deadline = .none) throws -> JSONValue {
        if !isRunning { try start() }
        do {
            try send(message)
            return try receive(deadline: deadline)
        } catch {
            stop(graceful: false)
            throw error
        }
    }

    private func start() throws {
        stop(graceful: false)
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        let tail = stderrTail
        tail.reset()
        let child: ChildProcess
        do {
            child = try ChildProcess.spawn(
                ["/usr/bin/env"] + settings.command, directory: settings.directory.path,
                environment: Self.environment(for: settings),
                stdin: stdin.fileHandleForReading.fileDescriptor,
                stdout: stdout.fileHandleForWriting.fileDescriptor,
                stderr: stderr.fileHandleForWriting.fileDescriptor)
        } catch {
            throw LoupeError.pluginNotStarted(settings.name, command: settings.command, error)
        }
        // The child's ends belong to the child now: without closing them here, its exit would
        // never show as end of file.
        try? stdin.fileHandleForReading.close()
        try? stdout.fileHandleForWriting.close()
        try? stderr.fileHandleForWriting.close()
        stderr.fileHandleForReading.readabilityHandler = { handle in tail.append(handle.availableData) }
        self.process = child
        self.input = stdin.fileHandleForWriting
        self.output = stdout.fileHandleForReading
        self.errorOutput = stderr.fileHandleForReading
        self.outputFD = stdout.fileHandleForReading.fileDescriptor
        self.pending = []
        do {
            try send(
                .object([
                    ("type", .string("hello")), ("protocol", .int(ExternalProtocol.version)),
                    ("loupe", .string(ExternalProtocol.hostVersion)),
                ]))
            let reply = try receive()
            try ExternalProtocol.checkHello(reply, expectedName: settings.name)
            handshake = reply
        } catch {
            stop(graceful: false)
            throw error
        }
    }

    /// Asks the process to end (`shutdown`), then makes sure it does: the plugin runs in its own
    /// process group, and the whole group is killed, so that what it started (a plugin behind
    /// `sh -c`, a helper it forked) goes with it.
    func stop(graceful: Bool) {
        guard let process else { return }
        if graceful, process.isRunning {
            try? send(.object([("type", .string("shutdown"))]))
            try? input?.close()
            let deadline = Date().addingTimeInterval(0.5)
            while process.isRunning, Date() < deadline { usleep(5_000) }
        }
        process.killGroup()
        try? input?.close()
        process.waitUntilExit()
        errorOutput?.readabilityHandler = nil
        try? errorOutput?.close()
        try? output?.close()
        self.process = nil
        self.input = nil
        self.output = nil
        self.errorOutput = nil
        self.outputFD = -1
    }

    private func send(_ message: JSONValue) throws {
        guard let input else { throw crashed() }
        var line = Array(message.serialized().utf8)
        line.append(10)
        let written = line.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(input.fileDescriptor, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return true
        }
        if !written { throw crashed() }
    }

    private func receive(deadline stop: Deadline = .none) throws -> JSONValue {
        let deadline = Date().addingTimeInterval(settings.timeout)
        while true {
            try stop.check()
            if let newline = pending.firstIndex(of: 10) {
                let line = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if line.allSatisfy({ $0 == 32 || $0 == 13 || $0 == 9 }) { continue }
                guard let json = try? JSONValue.parse(line), case .object = json else {
                    let shown = String(decoding: line.prefix(80), as: UTF8.self)
                    throw LoupeError.pluginSentNonJSON(settings.name, line: shown)
                }
                return json
            }
            if pending.count > settings.maxOutputBytes {
                throw LoupeError.pluginOutputTooLarge(settings.name, limitBytes: settings.maxOutputBytes)
            }
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 {
                throw LoupeError.pluginTimedOut(settings.name, seconds: JSONValue.format(settings.timeout))
            }
            var descriptor = pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(min(remaining, 0.05) * 1000))
            if ready < 0 { if errno == EINTR { continue }; throw crashed() }
            if ready == 0 { continue }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            let count = read(outputFD, &buffer, buffer.count)
            if count < 0 { if errno == EINTR { continue }; throw crashed() }
            if count == 0 { throw crashed() }
            pending.append(contentsOf: buffer[0..<count])
        }
    }

    private func crashed() -> LoupeError {
        var status = ""
        if let process {
            let deadline = Date().addingTimeInterval(0.5)
            while process.isRunning, Date() < deadline { usleep(2_000) }
            if let ended = process.termination { status = " (\(ended))" }
        }
        let last = stderrTail.lastLine.map { ": \($0)" } ?? ""
        return .pluginEnded(settings.name, details: status + last)
    }
}

/// The last few kilobytes a plugin wrote to standard error, for error messages.
final class StderrTail: @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []

    func reset() { lock.lock(); bytes = []; lock.unlock() }

    func append(_ data: Data) {
        lock.lock()
        bytes.append(contentsOf: data)
        if bytes.count > 4096 { bytes.removeFirst(bytes.count - 4096) }
        lock.unlock()
    }

    var lastLine: String? {
        lock.lock()
        defer { lock.unlock() }
        let text = String(decoding: bytes, as: UTF8.self)
        return text.split(separator: "\n").last.map {
            String($0).trimmingCharacters(in: .whitespaces).shortened(to: 200)
        }
    }
}

/// A child process in its own process group, started with `posix_spawn` (Foundation's `Process`
/// cannot make one): standard input, output and error on the given descriptors, every other
/// descriptor closed, signals at their defaults (Loupe ignores SIGPIPE; a plugin should not).
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    private let lock = NSLock()
    private var status: Int32?

    struct SpawnError: Error, CustomStringConvertible {
        var code: Int32
        var description: String { String(cString: strerror(code)) }
    }

    private init(pid: pid_t) { self.pid = pid }

    static func spawn(
        _ arguments: [String], directory: String, environment: [String: String],
        stdin: Int32, stdout: Int32, stderr: Int32
    ) throws -> ChildProcess {
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let result = loupe_spawn_in_group(&pid, directory, argv, envp, stdin, stdout, stderr)
        guard result == 0 else { throw SpawnError(code: result) }
        return ChildProcess(pid: pid)
    }

    /// Whether it still runs (reaps it when it has ended).
    var isRunning: Bool {
        lock.lock()
        defer { lock.unlock() }
        if status != nil { return false }
        var raw: Int32 = 0
        let result = waitpid(pid, &raw, WNOHANG)
        if result == pid { status = raw; return false }
        if result < 0, errno != EINTR { status = -1; return false }
        return true
    }

    func waitUntilExit() {
        lock.lock()
        defer { lock.unlock() }
        guard status == nil else { return }
        var raw: Int32 = 0
        while true {
            let result = waitpid(pid, &raw, 0)
            if result == pid { status = raw; return }
            if result < 0, errno != EINTR { status = -1; return }
        }
    }

    /// Kills the whole process group: the plugin and whatever it started.
    func killGroup() {
        kill(-pid, SIGKILL)
        kill(pid, SIGKILL)
    }

    /// How it ended: `exit status 3`, `killed by signal 9`; nil while it runs.
    var termination: String? {
        guard !isRunning else { return nil }
        lock.lock()
        defer { lock.unlock() }
        guard let status, status >= 0 else { return nil }
        return status & 0x7F == 0 ? "exit status \((status >> 8) & 0xFF)" : "killed by signal \(status & 0x7F)"
    }
}
