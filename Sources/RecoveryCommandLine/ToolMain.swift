import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What each of the tool's executables does with its command line: reads the arguments, runs the
/// command, and prints any error as one line on standard error, `recovery: ` first (the server speaks
/// as the `recovery serve` that runs it).
///
/// swift-argument-parser follows an input error with the usage text; a patient who typed one wrong
/// word gets one line that names the problem and the valid choices instead (`--help` has the rest).
package enum ToolMain {
  /// Parses the arguments as `command`'s, after `checking` has refused or rewritten them, and runs it.
  /// Ends the process on an error (exit code 64 for an input error, else the parser's, 1 in general),
  /// and after help or the version.
  package static func run<Command: ParsableCommand>(
    _ command: Command.Type, checking: ([String]) throws -> [String]
  ) {
    do {
      let arguments = try checking(try validatedArguments())
      var parsed = try command.parseAsRoot(arguments)
      try parsed.run()
      try FileHandleOutput.finishStandardOutput()
    } catch {
      let code = command.exitCode(for: error)
      if code == .success {
        // Help and the version, printed as the parser would, but a failed write is reported.
        let text = command.fullMessage(for: error)
        if !text.isEmpty { print(text) }
        do {
          try FileHandleOutput.finishStandardOutput()
        } catch {
          FileHandleOutput.standardError("recovery: \(error)\n")
          terminate(1)
        }
        terminate(0)
      }
      let message = ErrorLine.printable(ErrorLine.message(for: error, of: command))
      FileHandleOutput.standardError("recovery: \(message)\n")
      terminate(
        ErrorLine.isInputError(error, of: command) ? ExitCode.validationFailure.rawValue : code.rawValue)
    }
  }

  /// The arguments as given, refusing any that is not valid UTF-8: Swift would otherwise replace the
  /// bad bytes silently, and the diary would store something other than what was typed.
  package static func validatedArguments() throws -> [String] {
    var arguments: [String] = []
    for index in 1..<Int(CommandLine.argc) {
      guard let pointer = CommandLine.unsafeArgv[index] else { continue }
      guard let argument = String(validatingCString: pointer) else {
        throw ValidationError(
          "Argument \(index) is not valid UTF-8 text; nothing was written. Check the terminal's or the file's encoding."
        )
      }
      arguments.append(argument)
    }
    return arguments
  }

  /// Refuses a global option given twice, before or after the command: the parser would keep the last.
  package static func refuseRepeatedGlobalOption(_ arguments: CommandLineArguments) throws {
    if let option = arguments.repeatedGlobalOption {
      throw ValidationError("\(option) is given more than once: give it once, before or after the command.")
    }
  }
}

/// Ends the process with `code` (named apart from `ParsableCommand.exit(withError:)`).
package func terminate(_ code: Int32) -> Never {
  exit(code)
}
