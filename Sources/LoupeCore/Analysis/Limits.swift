import Foundation
import Synchronization

/// A switch that stops running analyses early: the REPL flips it on Ctrl-C.
public final class Cancellation: Sendable {
    private let cancelled = Atomic<Bool>(false)

    public init() {}

    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }
}

/// What bounds a run besides the input size: a time budget per document (over all its
/// analyzers) and a cancellation switch.
public struct RunLimits: Sendable {
    /// The default budget: far above what the largest accepted document (50 MB) needs, so it
    /// only stops pathological inputs.
    public static let defaultTimeBudget: Double = 300

    /// Seconds one document may take across its analyzers; nil: no limit.
    public var timeBudget: Double?
    public var cancellation: Cancellation?

    public init(timeBudget: Double? = RunLimits.defaultTimeBudget, cancellation: Cancellation? = nil) {
        self.timeBudget = timeBudget
        self.cancellation = cancellation
    }

    public static let unlimited = RunLimits(timeBudget: nil)

    /// A budget as `--time-budget` and `set time-budget` take it: seconds; 0 or `none` is no limit.
    public static func timeBudget(parsing value: String) throws -> Double? {
        if value == "none" { return nil }
        guard let seconds = Double(value), seconds >= 0, seconds.isFinite else {
            throw LoupeError.badOptionValue(
                "time-budget", value: value, expected: "seconds per document (0 or none: no limit)")
        }
        return seconds == 0 ? nil : seconds
    }

    /// Seconds as people write them: 300, 0.5.
    public static func describe(_ seconds: Double) -> String {
        seconds == seconds.rounded() && abs(seconds) < 1e15 ? String(Int(seconds)) : String(seconds)
    }
}

/// Where an analyzer must stop: the cancellation switch and the moment its document's time
/// budget runs out. `AnalysisContext.checkpoint()` consults it.
public struct Deadline: Sendable {
    /// Why an analysis stopped; the registry turns it into a `LoupeError` naming the analyzer.
    public enum Stop: Error, Sendable { case cancelled, outOfTime }

    public static let none = Deadline(cancellation: nil, uptimeNanoseconds: nil)

    let cancellation: Cancellation?
    /// `DispatchTime.uptimeNanoseconds` after which the document is out of time.
    let uptimeNanoseconds: UInt64?

    public init(cancellation: Cancellation?, uptimeNanoseconds: UInt64?) {
        self.cancellation = cancellation
        self.uptimeNanoseconds = uptimeNanoseconds
    }

    /// Throws when the analysis has been cancelled or its time is up. Cheap (an atomic load and
    /// a clock read): call it once per sentence or per candidate.
    public func check() throws {
        if let cancellation, cancellation.isCancelled { throw Stop.cancelled }
        if let uptimeNanoseconds, DispatchTime.now().uptimeNanoseconds > uptimeNanoseconds { throw Stop.outOfTime }
    }
}
