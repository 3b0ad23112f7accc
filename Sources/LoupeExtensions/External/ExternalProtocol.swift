import LoupeCore

/// The external-plugin protocol's constants and message checks (docs/plugin-protocol.md).
enum ExternalProtocol {
    static let version = 1
    static var hostVersion: String { "0.1.0" }

    enum OffsetUnit: String { case codepoint, utf8, utf16 }

    /// The plugin's `hello` must speak our protocol version and carry the manifest's name.
    static func checkHello(_ reply: JSONValue, expectedName: String) throws {
        func fail(_ message: String) -> LoupeError {
            .pluginHandshake(expectedName, message)
        }
        guard reply["type"]?.stringValue == "hello" else {
            throw fail("the first message must be {\"type\": \"hello\", …}")
        }
        guard let version = reply["protocol"]?.intValue else { throw fail("hello has no \"protocol\" version") }
        guard version == ExternalProtocol.version else {
            throw fail("speaks protocol \(version), this Loupe speaks \(ExternalProtocol.version)")
        }
        guard let name = reply["name"]?.stringValue, name == expectedName else {
            throw fail("hello names '\(reply["name"]?.stringValue ?? "nothing")', the manifest '\(expectedName)'")
        }
        if let unit = reply["offsets"]?.stringValue, OffsetUnit(rawValue: unit) == nil {
            throw fail("unknown offset unit '\(unit)' (codepoint, utf8 or utf16)")
        }
    }
}
