import Foundation

/// Reads documents from files and JSONL streams, with a clear error for every way input can be
/// bad: missing, a folder, binary, not UTF-8, empty, too large, a malformed JSONL line.
public enum DocumentSource {
    /// Default maximum document size: 50 MB.
    public static let defaultMaxBytes = 50_000_000
    /// The most `--max-size` accepts: token offsets are 32-bit, and a larger text would not fit
    /// the memory its analysis takes (about 20 times its size) on any machine Loupe runs on.
    public static let largestMaxBytes = 2_000_000_000

    /// Reads and checks a text file.
    public static func readText(path: String, maxBytes: Int = defaultMaxBytes, keepByteOrderMark: Bool = true) throws
        -> String
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw LoupeError.fileNotFound(path)
        }
        if isDirectory.boolValue { throw LoupeError.isDirectory(path) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        if let size = attributes?[.size] as? Int, size > maxBytes {
            throw LoupeError.fileTooLarge(path, size: size, limit: maxBytes)
        }
        // A FIFO or device has no size to check first: read it as a stream, up to the limit.
        if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular,
            let handle = FileHandle(forReadingAtPath: path)
        {
            defer { try? handle.close() }
            return try readStream(handle, source: path, maxBytes: maxBytes, keepByteOrderMark: keepByteOrderMark)
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw LoupeError.unreadable(path, reason: (error as NSError).localizedDescription)
        }
        if data.count > maxBytes { throw LoupeError.fileTooLarge(path, size: data.count, limit: maxBytes) }
        return try decode(data, source: path, keepByteOrderMark: keepByteOrderMark)
    }

    /// Reads a stream (standard input, a pipe) in chunks, stopping with E106 as soon as it passes
    /// `maxBytes` — never more than the limit and one chunk in memory.
    public static func readStream(
        _ handle: FileHandle, source: String, maxBytes: Int = defaultMaxBytes,
        keepByteOrderMark: Bool = true
    ) throws -> String {
        var data = Data()
        while true {
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            data.append(chunk)
            if data.count > maxBytes { throw LoupeError.fileTooLarge(source, size: data.count, limit: maxBytes) }
        }
        return try decode(data, source: source, keepByteOrderMark: keepByteOrderMark)
    }

    /// Checks bytes for UTF-16, NUL (binary), UTF-8 validity and emptiness.
    ///
    /// A UTF-8 byte-order mark is kept in a document's text, as Python's `open(f, encoding="utf-8")`
    /// keeps it, so that offsets count it; the tokenizer reads it as a space. Files that are not
    /// documents (scripts, plugin files) pass `keepByteOrderMark: false`.
    public static func decode(_ data: Data, source: String, keepByteOrderMark: Bool = true) throws -> String {
        var bytes = [UInt8](data)
        if !keepByteOrderMark, bytes.starts(with: byteOrderMark) { bytes.removeFirst(3) }
        if looksLikeUTF16(bytes) { throw LoupeError.utf16File(source) }
        if bytes.contains(0) { throw LoupeError.binaryFile(source) }
        if let bad = firstInvalidUTF8(bytes) {
            let line = 1 + bytes[..<bad].filter { $0 == 10 }.count
            throw LoupeError.invalidUTF8(source, byte: bad, line: line)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace || $0 == "\u{FEFF}" }) {
            throw LoupeError.emptyFile(source)
        }
        return text
    }

    /// The UTF-8 encoding of U+FEFF, which some editors write at the start of a file.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// UTF-16 text: a UTF-16 byte-order mark, or NUL in every other byte of the first ones
    /// (the high byte of Latin letters).
    static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return true }
        let head = bytes.prefix(200)
        guard head.count >= 8 else { return false }
        let pairs = head.count / 2
        let evenNUL = stride(from: 0, to: pairs * 2, by: 2).filter { head[$0] == 0 }.count
        let oddNUL = stride(from: 1, to: pairs * 2, by: 2).filter { head[$0] == 0 }.count
        return max(evenNUL, oddNUL) * 10 >= pairs * 9 && min(evenNUL, oddNUL) * 10 <= pairs
    }

    /// Offset of the first byte that is not part of well-formed UTF-8, or nil.
    public static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            var minimum: UInt32
            if b & 0xE0 == 0xC0 {
                length = 2; minimum = 0x80
            } else if b & 0xF0 == 0xE0 {
                length = 3; minimum = 0x800
            } else if b & 0xF8 == 0xF0 {
                length = 4; minimum = 0x10000
            } else {
                return i
            }
            guard i + length <= n else { return i }
            var value = UInt32(b) & (0xFF >> (length + 1))
            for k in 1..<length {
                let c = bytes[i + k]
                guard c & 0xC0 == 0x80 else { return i }
                value = value << 6 | UInt32(c & 0x3F)
            }
            if value < minimum || value > 0x10FFFF || (0xD800...0xDFFF).contains(value) { return i }
            i += length
        }
        return nil
    }

    /// One record of a JSONL input stream.
    public struct Record: Sendable {
        public var id: String
        public var text: String
        public var language: Language?
        public var reference: ReferenceTime?
    }

    /// Parses one JSONL line `{"id", "text", "lang"?, "ref"?}`; `line` is 1-based, for messages.
    public static func record(fromJSONLine lineText: String, line: Int, source: String, maxBytes: Int = defaultMaxBytes)
        throws -> Record
    {
        guard let object = try? JSONSerialization.jsonObject(with: Data(lineText.utf8)) as? [String: Any] else {
            throw LoupeError.badJSONLine(source, line: line, reason: "not a JSON object")
        }
        guard let text = object["text"] as? String else {
            throw LoupeError.badJSONLine(source, line: line, reason: "no \"text\" string")
        }
        guard text.utf8.count <= maxBytes else {
            throw LoupeError.badJSONLine(
                source, line: line, reason: "\"text\" is over the \(maxBytes / 1_000_000) MB limit (--max-size)")
        }
        let id: String = {
            if let s = object["id"] as? String { return s }
            if let n = object["id"] as? NSNumber { return n.stringValue }
            return "\(source):\(line)"
        }()
        var language: Language?
        if let lang = object["lang"] as? String, lang != "auto" {
            guard ["de", "en"].contains(lang) else {
                throw LoupeError.badJSONLine(source, line: line, reason: "\"lang\" must be de, en or auto")
            }
            language = Language(lang)
        }
        var reference: ReferenceTime?
        if let ref = object["ref"] as? String {
            guard let parsed = ReferenceTime(iso: ref) else {
                throw LoupeError.badJSONLine(
                    source, line: line, reason: "\"ref\" '\(ref)' is not an ISO 8601 date or date-time")
            }
            reference = parsed
        }
        return Record(id: id, text: text, language: language, reference: reference)
    }
}
