import ArgumentParser
import Foundation
import LoupeKit
import LoupeBatch
import LoupeShell

// Plugin options on the command line: `--entities-gazetteer FILE` is `--option entities.gazetteer=FILE`.
let arguments = PluginFlags.rewrite(Array(CommandLine.arguments.dropFirst()), registry: Loupe.registry)
signal(SIGPIPE, SIG_IGN)  // EPIPE instead: Console ends quietly on a closed pipe, a dead plugin cannot kill us
Console.checkBufferedOutputAtExit()  // `print` and the argument parser's help: a failed flush is exit 1
LoupeCommand.main(arguments)
