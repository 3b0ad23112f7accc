import Foundation

/// An advisory lock (`flock`) on `PATH.lock`, held while `body` runs, so that two Loupe processes
/// updating the same small file (the trust list, the history) do not lose each other's entries.
/// Without a lock file (a read-only folder) `body` runs unlocked: the update is still atomic.
public enum FileLock {
    public static func withLock<T>(on path: String, _ body: () throws -> T) rethrows -> T {
        let descriptor = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return try body() }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0, errno == EINTR {}
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }
}
