import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program on a pseudo-terminal, as if a person typed at it: the program sees a real
/// terminal (its own session and controlling terminal, so Ctrl-C sends SIGINT), and the test
/// reads the screen output as it comes.
public final class PseudoTerminal {
    public let pid: pid_t
    private let master: Int32
    public private(set) var output = ""

    public init(_ executable: URL, arguments: [String] = [], environment: [String: String]) throws {
        // posix_openpt and friends are hidden behind _XOPEN_SOURCE in Glibc's Swift module.
        typealias IntFunction = @convention(c) (Int32) -> Int32
        typealias NameFunction = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?
        let handle = dlopen(nil, RTLD_NOW)
        let openpt = unsafeBitCast(dlsym(handle, "posix_openpt"), to: IntFunction.self)
        let grantpt = unsafeBitCast(dlsym(handle, "grantpt"), to: IntFunction.self)
        let unlockpt = unsafeBitCast(dlsym(handle, "unlockpt"), to: IntFunction.self)
        let ptsname = unsafeBitCast(dlsym(handle, "ptsname"), to: NameFunction.self)
        let master = openpt(O_RDWR | O_NOCTTY)
        guard master >= 0, grantpt(master) == 0, unlockpt(master) == 0, let name = ptsname(master) else {
            throw NSError(domain: "pty", code: Int(errno), userInfo: [NSLocalizedDescriptionKey: "no pseudo-terminal"])
        }
        let slavePath = String(cString: name)
        self.master = master

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(0x80))  // POSIX_SPAWN_SETSID: a new session
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid, the terminal becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        posix_spawn_file_actions_addclose(&actions, master)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable.path] + arguments).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable.path, &actions, &attributes, argv, envp)
        guard status == 0 else {
            close(master)
            throw NSError(domain: "pty", code: Int(status), userInfo: [NSLocalizedDescriptionKey: "spawn failed"])
        }
        self.pid = pid
        var size = winsize(ws_row: 40, ws_col: 120, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    deinit {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        close(master)
    }

    public func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads until `needle` appears in the output after `from` (default: anything new), or the
    /// timeout passes. Returns whether it appeared.
    @discardableResult
    public func waitFor(_ needle: String, after from: String.Index? = nil, timeout: TimeInterval = 10) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        let start = from ?? output.startIndex
        while Date() < deadline {
            if output[start...].contains(needle) { return true }
            var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = read(master, &buffer, buffer.count)
            if count <= 0 { break }
            output += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        return output[start...].contains(needle)
    }

    /// Waits for the program to end; returns its exit status, or nil on timeout.
    public func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            _ = waitFor("\u{0}", timeout: 0.1)  // keep draining output
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid { return (status >> 8) & 0xFF }
        }
        return nil
    }

    public var mark: String.Index { output.endIndex }
}
