import Foundation

// loupe-fuzz HARNESS [FILE|DIR …]          replay files through a harness (normal build)
// loupe-fuzz HARNESS [libFuzzer options]   fuzz it (build from scripts/fuzz.sh)

#if LOUPE_FUZZING
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt

    nonisolated(unsafe) var selectedHarness: (@Sendable ([UInt8]) -> Void)? = nil
#endif

let arguments = CommandLine.arguments
guard arguments.count >= 2, let harness = FuzzTargets.all[arguments[1]] else {
    FileHandle.standardError.write(
        Data(
            "usage: loupe-fuzz HARNESS [FILE|DIR …]\nharnesses: \(FuzzTargets.all.keys.sorted().joined(separator: ", "))\n"
                .utf8))
    exit(64)
}

#if LOUPE_FUZZING
    selectedHarness = harness
    // libFuzzer sees the program name and its own options, not the harness name.
    var fuzzArguments = [arguments[0]] + arguments.dropFirst(2)
    var cStrings: [UnsafeMutablePointer<CChar>?] = fuzzArguments.map { strdup($0) } + [nil]
    var argc = CInt(fuzzArguments.count)
    let status: CInt = cStrings.withUnsafeMutableBufferPointer { buffer in
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
        return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            selectedHarness?(Array(UnsafeBufferPointer(start: data, count: size)))
            return 0
        }
    }
    exit(status)
#else
    var files: [String] = []
    for path in arguments.dropFirst(2) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
        if isDirectory.boolValue {
            files += ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map {
                path + "/" + $0
            }
        } else {
            files.append(path)
        }
    }
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        harness([UInt8](data))
    }
    print("\(arguments[1]): \(files.count) inputs replayed")
#endif
