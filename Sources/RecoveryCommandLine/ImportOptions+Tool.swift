import RecoveryExchange

extension ImportOptions {
  /// How many problems the tool lists, on the command line and in the web app, before the rest are
  /// counted.
  package static let listedProblemLimit = 20
}
