import Foundation
import RecoveryTestSupport
import Testing

/// The store's lock is not reentrant: calling the store from inside a closure it is running is a
/// programming error that stops the process with a message, rather than deadlocking or running a
/// statement inside another.
struct StoreReentrancyTests {
  @Test func callingTheStoreFromInsideAnEditStopsTheProcessWithTheStoresMessage() throws {
    try TemporaryDirectory.with { directory in
      let helper = try BuiltProduct.path(
        "recovery-crash-helper",
        builtFrom: ["Sources/CSQLite", "Sources/RecoveryModel", "Sources/RecoveryStore", "Tests/CrashHelper"])
      let outcome = try ChildProcess.run(helper, ["reenter", directory.database])
      #expect(outcome.signaled, "\(outcome.summary)")
      #expect(outcome.output.hasPrefix("stored #"), "\(outcome.summary)")
      #expect(!outcome.output.contains("entries seen"), "\(outcome.summary)")
      #expect(outcome.error.contains("RecoveryStore is not reentrant"), "\(outcome.summary)")
    }
  }
}
