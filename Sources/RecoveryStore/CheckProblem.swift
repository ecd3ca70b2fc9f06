/// One problem `RecoveryStore.check()` found.
public struct CheckProblem: Sendable, Equatable, CustomStringConvertible {
  /// The id of the entry concerned, when there is one.
  public let entryID: Int?
  /// What is wrong, as a sentence.
  public let message: String

  /// Creates a problem.
  package init(entryID: Int?, message: String) {
    self.entryID = entryID
    self.message = message
  }

  public var description: String {
    entryID.map { "#\($0): \(message)" } ?? message
  }
}
