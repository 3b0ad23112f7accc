import CReadline
import Foundation
import LoupeKit
import LoupeBatch
import Synchronization

/// Ctrl-C: set by the SIGINT handler (on whichever thread takes the signal), taken by the line
/// editor and the REPL loop. Atomic, so the handler and the readers never race.
enum Interrupt {
    fileprivate static let flag = Atomic<Bool>(false)

    static func clear() { flag.store(false, ordering: .relaxed) }

    /// Whether Ctrl-C was pressed since the last look; clears it.
    static func take() -> Bool { flag.exchange(false, ordering: .relaxed) }
}

/// Installs the SIGINT handler once: Ctrl-C sets a flag instead of ending the process.
/// SA_RESTART, so that a worker's blocking read or write is not cut short; poll() is never
/// restarted (Linux), so the line editor still wakes with EINTR and clears its line at once.
func installInterruptHandler() {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in Interrupt.flag.store(true, ordering: .relaxed) }
    sigemptyset(&action.sa_mask)
    action.sa_flags = SA_RESTART
    sigaction(SIGINT, &action, nil)
}

/// Lines from a non-terminal standard input: no prompt, no history.
public final class PlainLineSource: LineSource {
    public init() {}
    public func readLine(prompt: String) -> String? { Swift.readLine(strippingNewline: true) }
}

/// Lines from a script (`loupe run`, `loupe -e`).
public final class ScriptLineSource: LineSource {
    private var lines: [String]
    private var next = 0
    public init(lines: [String]) { self.lines = lines }
    public func readLine(prompt: String) -> String? {
        guard next < lines.count else { return nil }
        defer { next += 1 }
        return lines[next]
    }
}

/// GNU readline on a terminal: line editing, history kept in a file (mode 0600), tab completion,
/// Ctrl-C clearing the line. Uses readline's callback interface so that a signal can interrupt
/// the wait for input cleanly.
public final class ReadlineEditor: LineSource {
    nonisolated(unsafe) static var completer: Completer?
    nonisolated(unsafe) static var matches: [String] = []
    nonisolated(unsafe) static var pendingLine: String?
    nonisolated(unsafe) static var lineDone = false

    let historyPath: String?

    public init(completer: Completer, historyPath: String?) {
        ReadlineEditor.completer = completer
        self.historyPath = historyPath
        loupe_rl_configure("loupe") { text, start, _ in
            loupe_rl_completion_over()
            guard let text, let completer = ReadlineEditor.completer else { return nil }
            let line = loupe_rl_line_buffer().map { String(cString: $0) } ?? ""
            let before = String(decoding: Array(line.utf8).prefix(Int(start)), as: UTF8.self)
            ReadlineEditor.matches = completer.candidates(before: before, word: String(cString: text))
            if ReadlineEditor.matches.count == 1, ReadlineEditor.matches[0].hasSuffix("/") {
                loupe_rl_no_append_character()
            }
            return rl_completion_matches(text) { _, state in
                if state == 0 { ReadlineEditor.matchIndex = 0 }
                guard ReadlineEditor.matchIndex < ReadlineEditor.matches.count else { return nil }
                defer { ReadlineEditor.matchIndex += 1 }
                return strdup(ReadlineEditor.matches[ReadlineEditor.matchIndex])
            }
        }
        using_history()
        stifle_history(2000)
        if let historyPath {
            History.prepare(historyPath)
            read_history(historyPath)
        }
        installInterruptHandler()
    }

    nonisolated(unsafe) static var matchIndex = 0

    public func readLine(prompt: String) -> String? { read(prompt: prompt, keepInHistory: true) }

    /// Pasted text stays out of the history (and out of the history file).
    public func readText(prompt: String) -> String? { read(prompt: prompt, keepInHistory: false) }

    func read(prompt: String, keepInHistory: Bool) -> String? {
        ReadlineEditor.lineDone = false
        ReadlineEditor.pendingLine = nil
        Interrupt.clear()
        rl_callback_handler_install(prompt) { line in
            // Removed here, inside the handler: otherwise readline draws the prompt again as soon
            // as the handler returns, and the command's output is written over that prompt.
            rl_callback_handler_remove()
            ReadlineEditor.lineDone = true
            if let line {
                ReadlineEditor.pendingLine = String(cString: line)
                free(line)
            } else {
                ReadlineEditor.pendingLine = nil
            }
        }
        defer { rl_callback_handler_remove() }
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while !ReadlineEditor.lineDone {
            // A timeout as well as EINTR: the signal may be taken by another thread, which leaves
            // this poll() running.
            let ready = poll(&descriptor, 1, 100)
            if Interrupt.take() {
                // Ctrl-C: drop the half-typed line and show a fresh prompt.
                rl_replace_line("", 0)
                FileHandle.standardOutput.write(Data("^C\n".utf8))
                rl_on_new_line()
                rl_redisplay()
                continue
            }
            if ready < 0 {
                guard errno == EINTR else { return nil }
                continue
            }
            if ready > 0 { rl_callback_read_char() }
        }
        guard let line = ReadlineEditor.pendingLine else {
            FileHandle.standardOutput.write(Data("\n".utf8))
            return nil
        }
        if keepInHistory, !line.trimmingCharacters(in: .whitespaces).isEmpty {
            add_history(line)
            if let historyPath {
                // Under the lock another REPL takes to truncate the file, so no line is lost.
                FileLock.withLock(on: historyPath) { _ = append_history(1, historyPath) }
                History.secure(historyPath)
            }
        }
        return line
    }

    public func close() {
        if let historyPath { FileLock.withLock(on: historyPath) { _ = history_truncate_file(historyPath, 2000) } }
    }
}

/// Where the history lives and how it is kept private.
public enum History {
    /// `$XDG_STATE_HOME/loupe/history`, by default `~/.local/state/loupe/history`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") { return state + "/loupe/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/loupe/history"
    }

    /// Creates the folder (0700) and the file (0600) if missing.
    static func prepare(_ path: String) {
        let folder = (path as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(
            atPath: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let fd = open(path, O_CREAT | O_WRONLY | O_APPEND, 0o600)
        if fd >= 0 { Foundation.close(fd) }
        secure(path)
    }

    static func secure(_ path: String) { chmod(path, 0o600) }
}
