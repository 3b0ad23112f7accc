/// The classes of characters the tokenizer distinguishes, looked up from UTF-8 bytes.
///
/// ASCII comes from a 128-entry table; other scalars are decoded once and classified by range,
/// with Unicode properties only for the rare scalars no range covers.
enum CharClass: UInt8 {
    case space, newline, letter, upper, digit, mark
    case period, comma, exclaim, question, colon, semicolon
    case hyphen, dash, apostrophe, ellipsis
    case openQuote, closeQuote, ambiguousQuote
    case openBracket, closeBracket
    case at, slash, emoji, emojiJoiner, symbol, other

    var isLetterLike: Bool { self == .letter || self == .upper || self == .mark }
    var isWordChar: Bool { isLetterLike || self == .digit }
    var isSpace: Bool { self == .space || self == .newline }
    var isSentenceEnd: Bool { self == .period || self == .exclaim || self == .question || self == .ellipsis }
}

/// One decoded scalar: its class, its value and how many bytes it takes.
struct ScalarInfo {
    var cls: CharClass
    var value: UInt32
    var length: Int
}

enum CharacterClassifier {
    static let ascii: [CharClass] = {
        var table = [CharClass](repeating: .symbol, count: 128)
        for b in 0..<32 { table[b] = .other }
        for b in [9, 11, 12, 32] { table[b] = .space }
        table[10] = .newline
        table[13] = .newline  // a lone CR ends a line (old Mac files); CR LF counts once
        for b in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(b)] = .letter }
        for b in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(b)] = .upper }
        for b in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(b)] = .digit }
        let marks: [(Character, CharClass)] = [
            (".", .period), (",", .comma), ("!", .exclaim), ("?", .question), (":", .colon), (";", .semicolon),
            ("-", .hyphen), ("'", .apostrophe), ("\"", .ambiguousQuote), ("(", .openBracket), ("[", .openBracket),
            ("{", .openBracket), (")", .closeBracket), ("]", .closeBracket), ("}", .closeBracket), ("@", .at),
            ("/", .slash),
        ]
        for (c, cls) in marks { table[Int(c.asciiValue!)] = cls }
        table[127] = .other
        return table
    }()

    /// The ASCII table at a fixed address, for hot loops (no lazy-initialisation check or
    /// bounds check per byte). Never freed.
    nonisolated(unsafe) static let asciiTable: UnsafePointer<CharClass> = {
        let table = UnsafeMutablePointer<CharClass>.allocate(capacity: 128)
        table.initialize(from: ascii, count: 128)
        return UnsafePointer(table)
    }()

    /// Decodes the scalar at `i` (which must start a scalar) and classifies it.
    @inline(__always)
    static func info(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, table: UnsafePointer<CharClass>) -> ScalarInfo {
        let b0 = bytes[i]
        if b0 < 0x80 { return ScalarInfo(cls: table[Int(b0)], value: UInt32(b0), length: 1) }
        return decode(bytes, i)
    }

    static func info(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> ScalarInfo {
        info(bytes, i, table: asciiTable)
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> ScalarInfo {
        let b0 = bytes[i]
        var value: UInt32
        var length: Int
        if b0 & 0xE0 == 0xC0 {
            value = UInt32(b0 & 0x1F); length = 2
        } else if b0 & 0xF0 == 0xE0 {
            value = UInt32(b0 & 0x0F); length = 3
        } else if b0 & 0xF8 == 0xF0 {
            value = UInt32(b0 & 0x07); length = 4
        } else {
            return ScalarInfo(cls: .other, value: 0xFFFD, length: 1)
        }
        guard i + length <= bytes.count else { return ScalarInfo(cls: .other, value: 0xFFFD, length: 1) }
        for k in 1..<length { value = (value << 6) | UInt32(bytes[i + k] & 0x3F) }
        return ScalarInfo(cls: classify(value), value: value, length: length)
    }

    static func classify(_ v: UInt32) -> CharClass {
        switch v {
        case 0xC0...0xDE: return v == 0xD7 ? .symbol : .upper
        case 0xDF...0xFF: return v == 0xF7 ? .symbol : .letter
        case 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x200B, 0xFEFF: return .space
        case 0x85, 0x2028, 0x2029: return .newline
        case 0x201E, 0x201A: return .openQuote
        case 0x201D: return .closeQuote
        case 0x201C, 0x2018, 0x00AB, 0x00BB, 0x2039, 0x203A: return .ambiguousQuote
        case 0x2019: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x2012...0x2015, 0x2212: return .dash
        case 0x2026: return .ellipsis
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: return .mark
        case 0x200D, 0xFE0F, 0xFE0E, 0x1F3FB...0x1F3FF, 0xE0020...0xE007F: return .emojiJoiner
        case 0x1F000...0x1FAFF, 0x2600...0x27BF, 0x2B50, 0x2B55, 0x2B1B, 0x2B1C, 0x231A, 0x231B, 0x23E9...0x23FA:
            return .emoji
        case 0x3001, 0x3002, 0xFF01, 0xFF1F, 0xFF0C:
            return v == 0x3002 ? .period : (v == 0xFF1F ? .question : (v == 0xFF01 ? .exclaim : .comma))
        case 0x00A1, 0x00BF, 0x00B7: return .other
        default:
            guard let scalar = Unicode.Scalar(v) else { return .other }
            let p = scalar.properties
            switch p.generalCategory {
            case .uppercaseLetter, .titlecaseLetter: return .upper
            case .lowercaseLetter, .modifierLetter, .otherLetter: return .letter
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            case .decimalNumber, .letterNumber, .otherNumber: return .digit
            case .spaceSeparator: return .space
            case .lineSeparator, .paragraphSeparator: return .newline
            case .openPunctuation: return .openBracket
            case .closePunctuation: return .closeBracket
            case .initialPunctuation, .finalPunctuation: return .ambiguousQuote
            case .dashPunctuation: return .dash
            case .control, .format, .surrogate, .privateUse, .unassigned: return .other
            default: return p.isEmojiPresentation ? .emoji : .symbol
            }
        }
    }
}
