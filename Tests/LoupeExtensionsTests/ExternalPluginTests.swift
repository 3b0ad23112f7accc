import Foundation
import LoupeKit
import LoupeShell
import LoupeTestSupport
import XCTest

/// External plugins that misbehave: each gives a clear error, the session stays usable, and
/// the next request starts the plugin again.
final class ExternalPluginTests: XCTestCase {
    var folder: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") else {
            throw XCTSkip("python3 is not installed")
        }
        folder = try makeTemporaryFolder("loupe-external")
    }

    /// A plugin whose first analyze request misbehaves as `behaviour` says; later ones work.
    func makePlugin(_ name: String, behaviour: String, timeout: Double = 10) throws -> String {
        let script = """
            import json, os, sys, time
            first = not os.path.exists("\(name).seen")
            for line in sys.stdin:
                m = json.loads(line)
                if m["type"] == "hello":
                    out = {"type": "hello", "protocol": 1, "name": "\(name)", "version": "0", "offsets": "codepoint"}
                elif m["type"] == "analyze":
                    if first:
                        open("\(name).seen", "w").close()
                        first = False
                        \(behaviour)
                    out = {"type": "result", "id": m["id"], "results": [{"id": d["id"], "spans": [{"start": 0, "end": 3, "label": "OK"}]} for d in m["documents"]]}
                else:
                    break
                print(json.dumps(out), flush=True)
            """
        try script.write(to: folder.appendingPathComponent("\(name).py"), atomically: true, encoding: .utf8)
        let manifest = folder.appendingPathComponent("\(name).yaml")
        try "name: \(name)\nkind: external\ncommand: [python3, \(name).py]\ntimeout: \(timeout)\n"
            .write(to: manifest, atomically: true, encoding: .utf8)
        return manifest.path
    }

    /// `timeout` is generous (a loaded machine starts Python slowly) except where the test is the hang.
    func check(
        _ name: String, behaviour: String, code: String, expect: String, timeout: Double = 10,
        maxOutputBytes: Int? = nil
    ) throws {
        let shell = Shell(session: Session(registry: Loupe.makeRegistry()))
        shell.session.maxPluginOutputBytes = maxOutputBytes
        try shell.session.loadPlugins(path: try makePlugin(name, behaviour: behaviour, timeout: timeout))
        _ = shell.session.add(text: "Der Präsident sagte am Montag etwas.", id: "doc")
        let start = Date()
        XCTAssertThrowsError(try shell.execute(name)) { error in
            XCTAssertEqual((error as? LoupeError)?.code, code, "\(error)")
            XCTAssertTrue("\(error)".contains(expect), "'\(error)' should say '\(expect)'")
        }
        XCTAssertLessThan(Date().timeIntervalSince(start), timeout + 10, "bounded in time")
        // The session goes on, and the plugin works on the next request.
        XCTAssertNoThrow(try shell.execute("stats"))
        let output = try shell.execute(name).plainText
        XCTAssertTrue(output.contains("OK"), output)
    }

    func testCrashingPlugin() throws {
        try check(
            "crasher", behaviour: #"sys.stderr.write("boom: cannot read model\n"); sys.exit(3)"#, code: "E720",
            expect: "boom: cannot read model")
    }

    func testHangingPlugin() throws {
        try check("hanger", behaviour: "time.sleep(60)", code: "E727", expect: "did not answer within 3 s", timeout: 3)
    }

    func testGarbagePlugin() throws {
        try check(
            "garbler", behaviour: #"print("Traceback? not json", flush=True); continue"#, code: "E725",
            expect: "not a JSON object")
    }

    func testReplyOverTheOutputLimitIsRefused() throws {
        // 3 MB without a line break; the session's limit (`--max-plugin-output 1`) overrides the manifest's 64 MB.
        try check(
            "chatty", behaviour: "sys.stdout.write('x' * 3_000_000); sys.stdout.flush(); time.sleep(30)",
            code: "E726", expect: "more than 1 MB", maxOutputBytes: 1_000_000)
    }

    func testBadSpansAreRefused() throws {
        let registry = AnalyzerRegistry()
        let manifest = try makePlugin(
            "wide",
            behaviour:
                #"print(json.dumps({"type": "result", "id": m["id"], "results": [{"id": "x", "spans": [{"start": 0, "end": 9999, "label": "X"}]}]}), flush=True); continue"#
        )
        for plugin in try PluginLoader.load(path: manifest) { registry.register(plugin.registration) }
        XCTAssertThrowsError(try registry.run(["wide"], on: Document(text: "kurz"))) { error in
            XCTAssertTrue("\(error)".contains("outside the text"), "\(error)")
        }
    }

    func testBatchesDocumentsInOneRequest() throws {
        let registry = AnalyzerRegistry()
        for plugin in try PluginLoader.load(path: try makePlugin("batcher", behaviour: "pass")) {
            registry.register(plugin.registration)
        }
        let documents = (0..<20).map { Document(text: "Text Nummer \($0).", id: "d\($0)") }
        let failures = try registry.run(["batcher"], on: documents)
        XCTAssertTrue(failures.allSatisfy { $0 == nil })
        XCTAssertEqual(
            documents.compactMap { $0.layer(LabeledSpansLayer.self, named: "batcher")?.spans.count },
            Array(repeating: 1, count: 20))
    }

    /// A plugin sees the minimal environment and the variables its manifest names, never the rest.
    func testAPluginGetsAMinimalEnvironmentAndWhatItsManifestNames() throws {
        setenv("LOUPE_TEST_SECRET_TOKEN", "s3cret", 1)
        setenv("LOUPE_TEST_NAMED", "wanted", 1)
        setenv("LC_TIME", "de_DE.UTF-8", 1)
        defer { unsetenv("LOUPE_TEST_SECRET_TOKEN"); unsetenv("LOUPE_TEST_NAMED"); unsetenv("LC_TIME") }
        let script = """
            import json, os, sys
            for line in sys.stdin:
                m = json.loads(line)
                if m["type"] == "hello":
                    out = {"type": "hello", "protocol": 1, "name": "envy", "version": "0", "offsets": "codepoint"}
                elif m["type"] == "analyze":
                    seen = ",".join(k for k in ["LOUPE_TEST_SECRET_TOKEN", "LOUPE_TEST_NAMED", "LC_TIME", "PATH"] if k in os.environ)
                    out = {"type": "result", "id": m["id"], "results": [{"id": d["id"], "spans": [{"start": 0, "end": 3, "label": seen}]} for d in m["documents"]]}
                else:
                    break
                print(json.dumps(out), flush=True)
            """
        try script.write(to: folder.appendingPathComponent("envy.py"), atomically: true, encoding: .utf8)
        let manifest = folder.appendingPathComponent("envy.yaml")
        try "name: envy\nkind: external\ncommand: [python3, envy.py]\nenvironment: [LOUPE_TEST_NAMED]\n".write(
            to: manifest, atomically: true, encoding: .utf8)
        let registry = AnalyzerRegistry()
        for plugin in try PluginLoader.load(path: manifest.path) { registry.register(plugin.registration) }
        let document = Document(text: "Ein Text.")
        try registry.run(["envy"], on: document)
        XCTAssertEqual(
            document.layer(LabeledSpansLayer.self, named: "envy")?.spans.first?.label, "LOUPE_TEST_NAMED,LC_TIME,PATH")
        // A name that is no variable name is a load error.
        try "name: envy\nkind: external\ncommand: [python3, envy.py]\nenvironment: [\"A=B\"]\n".write(
            to: manifest, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try PluginLoader.load(path: manifest.path)) {
            XCTAssertTrue("\($0)".contains("not a variable name"), "\($0)")
        }
    }

    func testHandshakeMismatch() throws {
        try
            "import sys, json\nfor l in sys.stdin:\n    print(json.dumps({'type': 'hello', 'protocol': 2, 'name': 'old'}), flush=True)\n"
            .write(to: folder.appendingPathComponent("old.py"), atomically: true, encoding: .utf8)
        let manifest = folder.appendingPathComponent("old.yaml")
        try "name: old\nkind: external\ncommand: [python3, old.py]\n".write(
            to: manifest, atomically: true, encoding: .utf8)
        let registry = AnalyzerRegistry()
        for plugin in try PluginLoader.load(path: manifest.path) { registry.register(plugin.registration) }
        XCTAssertThrowsError(try registry.run(["old"], on: Document(text: "Text."))) { error in
            XCTAssertTrue("\(error)".contains("speaks protocol 2"), "\(error)")
        }
    }
}

final class DiscoveryTests: XCTestCase {
    func testLocalPluginsNeedTrustAndLoseItWhenChanged() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-trust-\(UUID().uuidString)")
        let project = root.appendingPathComponent("project")
        let local = project.appendingPathComponent(".loupe/plugins")
        try FileManager.default.createDirectory(at: local, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "name: cities\nkind: gazetteer\nlabel: LOC\nentries: [Berlin]\n".write(
            to: local.appendingPathComponent("cities.yaml"), atomically: true, encoding: .utf8)
        let discovery = PluginDiscovery(
            environment: ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path, "HOME": root.path],
            workingFolder: project.path)
        XCTAssertEqual(discovery.localState, .untrusted)
        XCTAssertEqual(discovery.startupPaths(), [])
        XCTAssertNotNil(PluginDiscovery.notice(discovery.localState))
        try discovery.trustLocalFolder()
        XCTAssertEqual(discovery.localState, .trusted)
        XCTAssertEqual(discovery.startupPaths(), [local.path])
        let mode =
            try FileManager.default.attributesOfItem(
                atPath: root.appendingPathComponent("config/loupe/trusted-plugin-folders").path)[.posixPermissions]
            as? NSNumber
        XCTAssertEqual(mode?.intValue, 0o600)
        try "name: cities\nkind: external\ncommand: [rm, -rf, /tmp/x]\n".write(
            to: local.appendingPathComponent("cities.yaml"), atomically: true, encoding: .utf8)
        XCTAssertEqual(discovery.localState, .changed)
        XCTAssertEqual(discovery.startupPaths(), [])
    }

    /// A trust test's folders: a project with `.loupe/plugins`, a config folder, and a place outside.
    struct Project {
        let root: URL, project: URL, local: URL, outside: URL
        let discovery: PluginDiscovery

        init(_ name: String) throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-\(name)-\(UUID().uuidString)")
            project = root.appendingPathComponent("project")
            local = project.appendingPathComponent(".loupe/plugins")
            outside = root.appendingPathComponent("outside")
            for folder in [local, outside] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
            discovery = PluginDiscovery(
                environment: ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path, "HOME": root.path],
                workingFolder: project.path)
        }

        func write(_ text: String, _ url: URL) throws { try text.write(to: url, atomically: true, encoding: .utf8) }
    }

    func testTrustIsASHA256OverWhatThePluginsCanLoadAndIgnoresBytecodeCaches() throws {
        let p = try Project("trust-sha")
        defer { try? FileManager.default.removeItem(at: p.root) }
        let plugin = p.local.appendingPathComponent("tagger")
        try FileManager.default.createDirectory(
            at: plugin.appendingPathComponent("__pycache__"), withIntermediateDirectories: true)
        try p.write(
            "name: tagger\nkind: external\ncommand: [python3, -u, tagger.py]\n",
            plugin.appendingPathComponent("manifest.yaml"))
        try p.write("print('v1')\n", plugin.appendingPathComponent("tagger.py"))
        let trust = try p.discovery.trustLocalFolder()
        XCTAssertTrue(trust.fingerprint.hasPrefix("sha256:") && trust.fingerprint.count == 7 + 64, trust.fingerprint)
        XCTAssertEqual(trust.commands.map(\.command), [["python3", "-u", "tagger.py"]])
        XCTAssertTrue(trust.summary.contains { $0.contains("runs python3 -u tagger.py") }, "\(trust.summary)")
        let recorded = try String(
            contentsOf: p.root.appendingPathComponent("config/loupe/trusted-plugin-folders"), encoding: .utf8)
        XCTAssertTrue(recorded.hasPrefix(trust.fingerprint + "\t"), recorded)
        // Python writes bytecode on the first run: trust holds.
        try p.write("bytecode", plugin.appendingPathComponent("__pycache__/tagger.cpython-311.pyc"))
        try p.write("bytecode", plugin.appendingPathComponent("old.pyc"))
        XCTAssertEqual(p.discovery.localState, .trusted)
        // A changed source does not.
        try p.write("print('v2')\n", plugin.appendingPathComponent("tagger.py"))
        XCTAssertEqual(p.discovery.localState, .changed)
    }

    func testACommandThatReachesOutsideTheFolderIsNotTrusted() throws {
        let p = try Project("trust-outside")
        defer { try? FileManager.default.removeItem(at: p.root) }
        try p.write("print('helper')\n", p.outside.appendingPathComponent("helper.py"))
        let manifest = p.local.appendingPathComponent("helper.yaml")
        for command in [
            "[python3, ../../../outside/helper.py]", "[python3, \(p.outside.path)/helper.py]",
            "[../../../outside/helper.py]",
        ] {
            try p.write("name: helper\nkind: external\ncommand: \(command)\n", manifest)
            XCTAssertThrowsError(try p.discovery.trustLocalFolder(), command) { error in
                XCTAssertEqual((error as? LoupeError)?.code, "E705", "\(error)")
                XCTAssertTrue("\(error)".contains("helper.py"), "\(error)")
            }
            XCTAssertEqual(p.discovery.localState, .untrusted, command)
        }
        // A link inside to a file outside is followed: fingerprinted, with a warning.
        try FileManager.default.createSymbolicLink(
            atPath: p.local.appendingPathComponent("helper.py").path,
            withDestinationPath: p.outside.appendingPathComponent("helper.py").path)
        try p.write("name: helper\nkind: external\ncommand: [python3, helper.py]\n", manifest)
        let trust = try p.discovery.trustLocalFolder()
        XCTAssertTrue(trust.summary.contains { $0.contains("warning: helper.py links to") }, "\(trust.summary)")
        try p.write("print('changed behind the link')\n", p.outside.appendingPathComponent("helper.py"))
        XCTAssertEqual(p.discovery.localState, .changed)
    }

    func testALinkedPluginFolderIsFingerprintedWithAWarning() throws {
        let p = try Project("trust-link")
        defer { try? FileManager.default.removeItem(at: p.root) }
        let shared = p.outside.appendingPathComponent("shared-plugin")
        try FileManager.default.createDirectory(at: shared, withIntermediateDirectories: true)
        try p.write(
            "name: shared\nkind: gazetteer\nlabel: LOC\nentries: [Berlin]\n",
            shared.appendingPathComponent("manifest.yaml"))
        try FileManager.default.createSymbolicLink(
            atPath: p.local.appendingPathComponent("shared").path, withDestinationPath: shared.path)
        let trust = try p.discovery.trustLocalFolder()
        XCTAssertEqual(trust.files, ["shared/manifest.yaml"])
        XCTAssertTrue(trust.summary.contains { $0.contains("warning: shared links to") }, "\(trust.summary)")
        XCTAssertEqual(p.discovery.localState, .trusted)
        try p.write(
            "name: shared\nkind: external\ncommand: [sh, -c, 'rm -rf ~']\n",
            shared.appendingPathComponent("manifest.yaml"))
        XCTAssertEqual(p.discovery.localState, .changed, "a change behind the link is a change")
    }

    func testConcurrentTrustKeepsEveryEntry() throws {
        let p = try Project("trust-race")
        defer { try? FileManager.default.removeItem(at: p.root) }
        let config = p.root.appendingPathComponent("config").path
        let projects = try (0..<8).map { index -> PluginDiscovery in
            let folder = p.root.appendingPathComponent("p\(index)")
            try FileManager.default.createDirectory(
                at: folder.appendingPathComponent(".loupe/plugins"), withIntermediateDirectories: true)
            try p.write(
                "name: g\(index)\nkind: gazetteer\nlabel: LOC\nentries: [Berlin]\n",
                folder.appendingPathComponent(".loupe/plugins/g.yaml"))
            return PluginDiscovery(environment: ["XDG_CONFIG_HOME": config], workingFolder: folder.path)
        }
        DispatchQueue.concurrentPerform(iterations: projects.count) { _ = try? projects[$0].trustLocalFolder() }
        XCTAssertEqual(projects.filter { $0.localState == .trusted }.count, projects.count)
    }

    func testUserFolderIsLoaded() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("loupe-user-\(UUID().uuidString)")
        let plugins = root.appendingPathComponent("config/loupe/plugins")
        try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try "name: cities\nkind: gazetteer\nlabel: LOC\nentries: [Berlin]\n".write(
            to: plugins.appendingPathComponent("cities.yaml"), atomically: true, encoding: .utf8)
        try "name: broken\nkind: nothing\n".write(
            to: plugins.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let session = Session(registry: Loupe.makeRegistry())
        let warnings = session.discoverPlugins(
            PluginDiscovery(
                environment: ["XDG_CONFIG_HOME": root.appendingPathComponent("config").path],
                workingFolder: root.path))
        XCTAssertEqual(warnings.count, 1, "the broken file is a warning: \(warnings)")
        XCTAssertTrue(warnings[0].contains("broken.yaml:2"), warnings[0])
    }
}
