import Foundation
import CSpawn
import Synchronization
import LoupeKit

/// Turns a `Rendering` into terminal text, with ANSI colours when they are wanted
/// (output is a terminal, `NO_COLOR` is not set, `TERM` is not `dumb`).
public struct TerminalStyle: Sendable {
    public var colors: Bool

    public init(colors: Bool) { self.colors = colors }

    /// Colours for standard output as the environment asks.
    public static func detect(fileDescriptor: Int32 = STDOUT_FILENO) -> TerminalStyle {
        let env = ProcessInfo.processInfo.environment
        let wanted = isatty(fileDescriptor) == 1 && env["NO_COLOR"] == nil && env["TERM"] != "dumb"
        return TerminalStyle(colors: wanted)
    }

    static func code(for style: Rendering.Style) -> String? {
        switch style {
        case .plain: nil
        case .dim: "2"
        case .bold: "1"
        case .heading: "1;4"
        case .highlight: "1;33"
        case .positive: "32"
        case .negative: "31"
        case .neutral: "37"
        case .warning: "33"
        case let .label(label): labelCode(label)
        }
    }

    /// Each highlight category its own look: entities and dates each a colour of their own,
    /// quotations italic and underlined with no colour, so that a name inside a quotation keeps
    /// its colour (`show` joins the codes, outermost first).
    public static func labelCode(_ label: String) -> String {
        switch label {
        case "PER": "1;35"  // magenta
        case "LOC": "1;36"  // cyan
        case "ORG": "1;34"  // blue
        case "OTH", "MISC": "1;33"  // yellow
        case "DATE": "1;32"  // green
        case "TIME": "1;38;5;208"  // orange
        case "DURATION": "1;31"  // red
        case "SET": "1;38;5;135"  // violet
        case "QUOTE", "direct", "partial", "indirect", "mixed", "reported", "free-indirect": "3;4"
        default: "1"
        }
    }

    public func paint(_ text: String, _ style: Rendering.Style) -> String {
        guard colors, let code = Self.code(for: style), !text.isEmpty else { return text }
        return "\u{1B}[\(code)m\(text)\u{1B}[0m"
    }

    public func render(_ rendering: Rendering) -> String {
        rendering.blocks.map { block in
            switch block {
            case let .text(text): text
            case let .styled(runs): runs.map { paint($0.text, $0.style) }.joined()
            case let .table(table): render(table)
            }
        }.joined(separator: "\n")
    }

    public func render(_ table: TextTable) -> String {
        let widths = table.widths
        var lines = [
            paint(
                table.headers.enumerated().map { table.pad($1, column: $0, width: widths[$0]) }
                    .joined(separator: "  ").trimmingTrailingSpaces(), .bold)
        ]
        for row in table.rows {
            let cells = row.enumerated().map { index, cell in
                paint(table.pad(cell.text, column: index, width: index < widths.count ? widths[index] : 0), cell.style)
            }
            lines.append(cells.joined(separator: "  ").trimmingTrailingSpaces())
        }
        return lines.joined(separator: "\n")
    }

    public func error(_ error: any Error) -> String {
        // A file name or a plugin's message can carry escape sequences: shown, not obeyed.
        paint("error: ", .negative)
            + ((error as? LoupeError)?.description ?? "\(error)").withVisibleControls(keepingLineBreaks: true)
    }
}

/// Writes to standard output or error. A closed output (`loupe analyze … | head`) ends the
/// process quietly with status 0 instead of a crash; SIGPIPE itself is ignored so that a plugin
/// process that dies cannot take Loupe with it. Any other failed write to standard output (a
/// full disk, `> /dev/full`, an I/O error) ends the process with `[E210]` and status 1: a
/// result that was not written must not look like success.
public enum Console {
    public static func out(_ text: String, terminator: String = "\n") { write(text + terminator, to: STDOUT_FILENO) }

    public static func err(_ text: String) { write(text + "\n", to: STDERR_FILENO) }

    /// Set once the first failed write is being reported (from any thread).
    private static let failing = Atomic<Bool>(false)

    static func write(_ text: String, to descriptor: Int32) {
        guard let failure = writeAll(text, to: descriptor) else { return }
        if failure == EPIPE { exit(0) }
        if descriptor == STDOUT_FILENO { outputFailed(errno: failure) }
        // standard error: nowhere left to say it
    }

    /// Writes all of `text` to `descriptor`, retrying after interrupts; the errno of a failed write, or nil.
    public static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes {
                Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    /// Reports a failed write to standard output on standard error and exits with status 1.
    public static func outputFailed(errno code: Int32) -> Never {
        if failing.exchange(true, ordering: .acquiringAndReleasing) {
            while true { pause() }  // another thread is already reporting and exiting
        }
        let error = LoupeError.outputFailed(reason: String(cString: strerror(code)))
        let line = Array((TerminalStyle.detect(fileDescriptor: STDERR_FILENO).error(error) + "\n").utf8)
        _ = line.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress!, $0.count) }
        _exit(1)
    }

    /// Checks, at exit, what went through the C library's buffered standard output (`print`,
    /// the argument parser's help): a failed flush is a failed write too.
    public static func checkBufferedOutputAtExit() {
        atexit {
            let code = loupe_flush_stdout()
            if code != 0, code != EPIPE { Console.outputFailed(errno: code) }
        }
    }
}
