import Foundation
import Testing

@testable import RecoveryStore

/// The store's reader of uid text agrees with Foundation's on every form it may meet.
struct UUIDTextTests {
  @Test func readsWhatFoundationReadsInEitherCase() {
    for _ in 0..<200 {
      let uid = UUID()
      #expect(UUID(storedText: uid.uuidString) == uid)
      #expect(UUID(storedText: uid.uuidString.lowercased()) == uid)
    }
  }

  @Test(arguments: [
    "", "not-a-uuid", "123e4567-e89b-12d3-a456-42661417400", "123e4567-e89b-12d3-a456-4266141740000",
    "123e4567e89b-12d3-a456-4266141740000", "123e4567-e89b-12d3-a456_426614174000",
    "123e4567-e89b-12d3-a456-42661417400g", "123e4567-e89b-12d3-a456-42661417400-",
  ])
  func refusesWhatFoundationRefuses(_ text: String) {
    #expect(UUID(storedText: text) == nil)
    #expect(UUID(uuidString: text) == nil)
  }
}
