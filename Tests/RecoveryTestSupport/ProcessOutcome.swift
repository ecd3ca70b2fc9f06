import Foundation

/// How a process ended and what it printed.
package struct ProcessOutcome: Sendable {
  /// The arguments it was given, without the executable.
  package let arguments: [String]
  /// The exit status, or the signal when ``signaled``.
  package let status: Int32
  /// Whether the process was ended by a signal (a crash or a kill).
  package let signaled: Bool
  package let standardOutput: Data
  package let standardError: Data

  package init(arguments: [String], status: Int32, signaled: Bool, standardOutput: Data, standardError: Data)
  {
    self.arguments = arguments
    self.status = status
    self.signaled = signaled
    self.standardOutput = standardOutput
    self.standardError = standardError
  }

  /// Standard output as text.
  package var output: String { String(decoding: standardOutput, as: UTF8.self) }
  /// Standard error as text.
  package var error: String { String(decoding: standardError, as: UTF8.self) }
  /// Whether it exited normally with status 0.
  package var succeeded: Bool { !signaled && status == 0 }

  /// Standard output split into lines, without the final line break.
  package var outputLines: [String] {
    output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }

  /// Whether standard error holds exactly one line, ended by a line break.
  package var errorIsOneLine: Bool {
    error.hasSuffix("\n") && error.dropLast().allSatisfy { !$0.isNewline } && error.count > 1
  }

  /// Whether it failed the way the tool promises: a normal non-zero exit with exactly one line on
  /// standard error, starting `recovery: `, and nothing on standard output.
  package var failedWithOneLine: Bool {
    !signaled && status != 0 && standardOutput.isEmpty && error.hasPrefix("recovery: ")
      && error.hasSuffix("\n") && error.dropLast().allSatisfy { !$0.isNewline }
  }

  /// A description for failure messages.
  package var summary: String {
    let shown = arguments.map { $0.count > 80 ? String($0.prefix(77)) + "..." : $0 }
    return "recovery \(shown) -> \(signaled ? "signal" : "status") \(status); stdout: \(output.prefix(400))"
      + "; stderr: \(error.prefix(400))"
  }
}
