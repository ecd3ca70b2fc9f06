/// One problem `RecoveryStore.check()` found.
public struct CheckProblem: Sendable, Equatable, CustomStringConvertible {
  /// The entry concerned, when there is one.
  public let number: Int?
  /// What is wrong, as a sentence.
  public let message: String

  /// Creates a problem.
  public init(number: Int?, message: String) {
    self.number = number
    self.message = message
  }

  public var description: String {
    number.map { "#\($0): \(message)" } ?? message
  }
}
