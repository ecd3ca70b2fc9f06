import ArgumentParser
import RecoveryModel

/// The arguments as typed, read before the parser sees them for what the parser cannot say well: the
/// subcommand (with the global options before it skipped), a global option given twice, a mistyped
/// subcommand.
package struct CommandLineArguments {
  /// The options every command takes, each followed by its value (`--db PATH` or `--db=PATH`).
  package static let globalOptions = ["--db", "--patient"]

  package let arguments: [String]

  package init(arguments: [String]) {
    self.arguments = arguments
  }

  /// The index of the subcommand: the first argument that is not a global option or its value, or nil
  /// when there is none.
  package var subcommandIndex: Int? {
    var index = 0
    while index < arguments.count {
      if let width = Self.globalOptionWidth(at: index, in: arguments) {
        index += width
        continue
      }
      return index
    }
    return nil
  }

  /// The subcommand as typed, or nil when there is none.
  package var subcommand: String? { subcommandIndex.map { arguments[$0] } }

  /// The first argument after the subcommand that is not a global option or its value: for `pain`,
  /// the score.
  package var firstOperand: String? {
    guard let start = subcommandIndex else { return nil }
    var index = start + 1
    while index < arguments.count {
      if let width = Self.globalOptionWidth(at: index, in: arguments) {
        index += width
        continue
      }
      return arguments[index]
    }
    return nil
  }

  /// A global option given more than once, before or after the subcommand, or nil; the parser would
  /// silently keep the last value.
  package var repeatedGlobalOption: String? {
    var seen: Set<String> = []
    var index = 0
    while index < arguments.count, arguments[index] != "--" {
      guard let width = Self.globalOptionWidth(at: index, in: arguments) else {
        index += 1
        continue
      }
      let name = String(arguments[index].prefix { $0 != "=" })
      if !seen.insert(name).inserted { return name }
      index += width
    }
    return nil
  }

  /// 2 for `--db PATH`, 1 for `--db=PATH`, nil for any other argument.
  private static func globalOptionWidth(at index: Int, in arguments: [String]) -> Int? {
    let argument = arguments[index]
    if globalOptions.contains(argument) { return index + 1 < arguments.count ? 2 : 1 }
    if globalOptions.contains(where: { argument.hasPrefix($0 + "=") }) { return 1 }
    return nil
  }
}
