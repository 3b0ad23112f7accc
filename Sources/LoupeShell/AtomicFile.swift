import Foundation
import LoupeKit

/// Writes a file so that it is either complete or absent: a temporary file next to it, then a
/// rename. An interrupted export never leaves half a file.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: Session.expandTilde(path))
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        do {
            try Data(text.utf8).write(to: temporary)
            if rename(temporary.path, url.path) != 0 {
                let reason = String(cString: strerror(errno))
                try? FileManager.default.removeItem(at: temporary)
                throw LoupeError.writeFailed(path, reason: reason)
            }
        } catch let error as LoupeError {
            throw error
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw LoupeError.writeFailed(path, reason: (error as NSError).localizedDescription)
        }
    }
}
