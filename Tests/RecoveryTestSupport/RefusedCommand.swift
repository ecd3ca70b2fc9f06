import Testing

/// A command the tool must refuse, and the exact sentence it must print after `recovery: ` on
/// standard error.
package struct RefusedCommand: Sendable, CustomTestStringConvertible {
  /// The command's arguments, without the executable.
  package let arguments: [String]
  /// The sentence of the error line, without the `recovery: ` in front and the line break.
  package let message: String

  package init(_ arguments: [String], _ message: String) {
    self.arguments = arguments
    self.message = message
  }

  package var testDescription: String { arguments.joined(separator: " ") }
}
