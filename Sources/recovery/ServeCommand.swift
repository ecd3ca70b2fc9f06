import ArgumentParser
import RecoveryCommandLine

/// `recovery serve`: the diary as a private web app.
///
/// The server is the `recovery-serve` executable (``ServerExecutable``), which this command becomes
/// with the same arguments once they have been checked: the web server's libraries are linked into
/// that executable only, so that they do not slow the start-up of every other command. Being the same
/// process, it prints the address, stops on Ctrl-C or SIGTERM and exits as `recovery serve` would.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve", abstract: ServeOptions.abstract, discussion: ServeOptions.discussion)

  @OptionGroup var global: GlobalOptions
  @OptionGroup var options: ServeOptions

  func run() throws {
    var arguments = try ToolMain.validatedArguments()
    if let index = CommandLineArguments(arguments: arguments).subcommandIndex {
      arguments.remove(at: index)
    }
    try ServerExecutable.find().run(arguments: arguments)
  }
}
