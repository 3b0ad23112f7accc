import Foundation
import LoupeKit

/// Runs a shell interactively (readline on a terminal) or over plain lines (scripts, pipes).
public enum Repl {
    /// The interactive loop on a terminal. Errors are shown and the loop goes on; Ctrl-C
    /// cancels a running command, Ctrl-D or `quit` leaves.
    public static func interactive(_ shell: Shell, historyPath: String? = History.defaultPath()) -> Int32 {
        let editor = ReadlineEditor(completer: Completer(shell: shell), historyPath: historyPath)
        shell.input = editor
        defer { editor.close() }
        let style = shell.session.style
        Console.out(style.paint("Loupe \(Loupe.version)", .bold) + style.paint(" — `help` lists commands, Tab completes, Ctrl-D leaves", .dim))
        let gate = NSLock()
        while !shell.wantsExit {
            let name = shell.session.current.map { ($0.id as NSString).lastPathComponent }
            let plainPrompt = "loupe" + (name.map { "[\($0)]" } ?? "") + "> "
            let prompt = style.colors ? "\u{1}\u{1B}[1;36m\u{2}\(plainPrompt)\u{1}\u{1B}[0m\u{2}" : plainPrompt
            guard let line = editor.readLine(prompt: prompt) else { break }
            if shell.isInteractive(line) {
                show(Result { try shell.execute(line) }, style)
                continue
            }
            // Run on a worker so that Ctrl-C can return to the prompt. Ctrl-C flips the session's
            // cancellation switch: analyzers stop at their next checkpoint (between sentences),
            // keeping the layers finished before. Work that does not check (reading a file, an
            // external plugin) is left to finish in the background; the next command waits for
            // it (the gate) so that nothing runs concurrently on the session.
            if !gate.try() {
                Console.err(style.paint("(waiting for the cancelled command to finish)", .dim))
                gate.lock()
            }
            let done = DispatchSemaphore(value: 0)
            let outcome = Outcome()
            let cancellation = Cancellation()
            shell.session.limits.cancellation = cancellation
            Interrupt.clear()
            Thread.detachNewThread {
                let result = Result { try shell.execute(line) }
                outcome.set(result)
                gate.unlock()
                done.signal()
            }
            var cancelled = false
            while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
                if Interrupt.take() {
                    cancellation.cancel()
                    let stopped = done.wait(timeout: .now() + .seconds(2)) == .success
                    Console.err(style.paint(stopped ? "^C cancelled" : "^C cancelled (finishing in the background)", .warning))
                    cancelled = true
                    break
                }
            }
            if !cancelled, let result = outcome.get() { show(result, style) }
        }
        gate.lock()
        return 0
    }

    /// A command's result, handed from the worker thread to the loop.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var result: Result<Rendering, any Error>?
        func set(_ value: Result<Rendering, any Error>) { lock.withLock { result = value } }
        func get() -> Result<Rendering, any Error>? { lock.withLock { result } }
    }

    static func show(_ result: Result<Rendering, any Error>, _ style: TerminalStyle) {
        switch result {
        case let .success(rendering):
            if !rendering.blocks.isEmpty { Console.out(style.render(rendering)) }
        case let .failure(error):
            Console.err(style.error(error))
        }
    }

    /// Runs lines without a terminal: no prompt, no history. Stops at the first error with exit
    /// code 1 unless `keepGoing`; errors name the line (`script.loupe:3: [E001] …`).
    public static func runLines(_ shell: Shell, source: LineSource, name: String, keepGoing: Bool) -> Int32 {
        shell.input = source
        var status: Int32 = 0
        var lineNumber = 0
        while !shell.wantsExit, let line = source.readLine(prompt: "") {
            lineNumber += 1
            for statement in Words.splitStatements(line) {
                do {
                    let rendering = try shell.execute(statement)
                    if !rendering.blocks.isEmpty { Console.out(shell.session.style.render(rendering)) }
                } catch {
                    Console.err("\(name):\(lineNumber): " + shell.session.style.error(error))
                    status = 1
                    if !keepGoing { return status }
                }
                if shell.wantsExit { break }
            }
        }
        return status
    }
}
