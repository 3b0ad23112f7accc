import Foundation
import LoupeKit
import LoupeBatch

/// Runs a shell interactively (readline on a terminal) or over plain lines (scripts, pipes).
public enum Repl {
    /// The interactive loop on a terminal. Errors are shown and the loop goes on; Ctrl-C
    /// cancels a running command, Ctrl-D or `quit` leaves.
    public static func interactive(_ shell: Shell, historyPath: String? = History.defaultPath()) -> Int32 {
        let editor = ReadlineEditor(completer: Completer(shell: shell), historyPath: historyPath)
        shell.input = editor
        shell.atTerminal = true
        defer { editor.close() }
        let style = shell.session.style
        Console.out(
            style.paint("Loupe \(Loupe.version)", .bold)
                + style.paint(" — `help` lists commands, Tab completes, Ctrl-D leaves", .dim))
        // Nothing runs concurrently on the session: a command left running in the background
        // after Ctrl-C holds the gate until it ends. (A semaphore: the worker thread releases it.)
        let gate = DispatchSemaphore(value: 1)
        while !shell.wantsExit {
            let name = shell.session.current.map {
                ($0.id as NSString).lastPathComponent.withVisibleControls(keepingLineBreaks: false)
            }
            let plainPrompt = "loupe" + (name.map { "[\($0)]" } ?? "") + "> "
            let prompt = style.colors ? "\u{1}\u{1B}[1;36m\u{2}\(plainPrompt)\u{1}\u{1B}[0m\u{2}" : plainPrompt
            guard let line = editor.readLine(prompt: prompt) else { break }
            if gate.wait(timeout: .now()) == .timedOut {
                Console.err(style.paint("(waiting for the cancelled command to finish)", .dim))
                gate.wait()
            }
            if shell.isInteractive(line) {
                show(Result { try shell.execute(line) }, style)
                gate.signal()
                continue
            }
            // Run on a worker so that Ctrl-C can return to the prompt. Ctrl-C flips the session's
            // cancellation switch: analyzers stop at their next checkpoint (between sentences),
            // keeping the layers finished before. Work that does not check (reading a file, an
            // external plugin) is left to finish in the background.
            let done = DispatchSemaphore(value: 0)
            let outcome = Outcome()
            let cancellation = Cancellation()
            shell.session.limits.cancellation = cancellation
            Interrupt.clear()
            Thread.detachNewThread {
                outcome.set(Result { try shell.execute(line) })
                gate.signal()
                done.signal()
            }
            var finished = true, interrupted = false
            while done.wait(timeout: .now() + .milliseconds(20)) == .timedOut {
                guard Interrupt.take() else { continue }
                cancellation.cancel()
                interrupted = true
                finished = done.wait(timeout: .now() + .milliseconds(800)) == .success
                break
            }
            guard finished, let result = outcome.get() else {
                Console.err(style.paint("^C cancelled (the command finishes in the background)", .warning))
                continue
            }
            if interrupted, case let .failure(error as LoupeError) = result, error.code == CoreErrors.cancelled.rawValue
            {
                Console.err(style.paint("^C \(error)", .warning))
            } else {
                show(result, style)  // finished before Ctrl-C reached it: its result stands
            }
        }
        gate.wait()  // a command still running in the background ends first
        gate.signal()  // (libdispatch traps when a semaphore is freed below its initial value)
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
