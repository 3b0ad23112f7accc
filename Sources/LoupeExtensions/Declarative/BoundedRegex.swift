import Foundation
import LoupeCore

/// Regular expressions of declarative plugins, run with a bound. ICU backtracks, so a pattern
/// like `(a+)+$` takes exponential time on `aaaa…ab`; the matcher reports its progress
/// (`.reportProgress`) and is stopped when the document's deadline (time budget, Ctrl-C) has
/// passed or when one match attempt has run for `attemptLimit` seconds — far beyond what a
/// sane pattern needs at one place of a text.
enum BoundedRegex {
    static let attemptLimit: TimeInterval = 2

    /// One attempt ran over the limit: the pattern backtracks without end on this text.
    struct Runaway: Error {}

    /// Every match in `range` (or only the first), or a throw: `Deadline.Stop`, or `Runaway`.
    static func matches(
        _ regex: NSRegularExpression, in text: String, range: NSRange, deadline: Deadline,
        firstOnly: Bool = false
    ) throws -> [NSTextCheckingResult] {
        var results: [NSTextCheckingResult] = []
        var failure: (any Error)?
        let limit = UInt64(attemptLimit * 1e9)
        var attemptStart = DispatchTime.now().uptimeNanoseconds
        regex.enumerateMatches(in: text, options: [.reportProgress], range: range) { match, _, stop in
            if let match {
                results.append(match)
                attemptStart = DispatchTime.now().uptimeNanoseconds
                if firstOnly { stop.pointee = true; return }
            }
            do { try deadline.check() } catch {
                failure = error
                stop.pointee = true
                return
            }
            if DispatchTime.now().uptimeNanoseconds - attemptStart > limit {
                failure = Runaway()
                stop.pointee = true
            }
        }
        if let failure { throw failure }
        return results
    }

    static func runaway(label: String, pattern: String, document: Document) -> LoupeError {
        .patternRunaway(label: label, pattern: pattern, seconds: Int(attemptLimit), document: document.id)
    }
}
