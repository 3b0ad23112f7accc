import Foundation
import LoupeKit
import LoupeBatch

/// Writes a file so that it is either complete or absent: a temporary file next to it, then a
/// rename. An interrupted export never leaves half a file.
///
/// Only a regular file or a new path is written: a device, a folder, a FIFO, a socket or a
/// symbolic link at the path is refused (`export json /dev/null` run as root would otherwise
/// replace the device). A file that is replaced keeps its permissions (and, where allowed, its
/// owner). The temporary file has an unpredictable name and is created exclusively with
/// `O_EXCL | O_NOFOLLOW`, so a planted file or symbolic link is never written through.
public enum AtomicFile {
    public static func write(_ text: String, to path: String) throws {
        let expanded = Session.expandTilde(path)
        let url = URL(fileURLWithPath: expanded)
        // What is at the path now: nothing, or a regular file whose mode and owner the new one takes.
        var existing = stat()
        var replacing = false
        if lstat(url.path, &existing) == 0 {
            let type = existing.st_mode & S_IFMT
            guard type == S_IFREG else { throw LoupeError.notARegularFile(path, kind: kind(of: type)) }
            replacing = true
        } else if errno != ENOENT {
            throw LoupeError.writeFailed(path, reason: String(cString: strerror(errno)))
        }
        let folder = url.deletingLastPathComponent().path
        var descriptor: Int32 = -1
        var temporary = ""
        for _ in 0..<16 {
            let random = (0..<4).map { _ in String(format: "%04x", UInt16.random(in: .min ... .max)) }.joined()
            temporary = (folder as NSString).appendingPathComponent(".\(url.lastPathComponent).\(random).tmp")
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw LoupeError.writeFailed(path, reason: String(cString: strerror(errno))) }
        func fail(_ reason: String) -> LoupeError {
            close(descriptor)
            unlink(temporary)
            return LoupeError.writeFailed(path, reason: reason)
        }
        if let failure = Console.writeAll(text, to: descriptor) { throw fail(String(cString: strerror(failure))) }
        if replacing {
            // only root may give a file away; the mode matters more
            _ = fchown(descriptor, existing.st_uid, existing.st_gid)
            guard fchmod(descriptor, existing.st_mode & 0o7777) == 0 else {
                throw fail(String(cString: strerror(errno)))
            }
        }
        guard fsync(descriptor) == 0 else { throw fail(String(cString: strerror(errno))) }
        guard close(descriptor) == 0 else {
            unlink(temporary)
            throw LoupeError.writeFailed(path, reason: String(cString: strerror(errno)))
        }
        if rename(temporary, url.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw LoupeError.writeFailed(path, reason: reason)
        }
    }

    static func kind(of type: mode_t) -> String {
        switch type {
        case S_IFDIR: "a folder"
        case S_IFLNK: "a symbolic link"
        case S_IFCHR, S_IFBLK: "a device"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        default: "not a regular file"
        }
    }
}
