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

  /// Foundation's reader, through `sscanf`, lets some other forms through (a space or a sign before
  /// a group); the store's reads only the strict form, and reads it as Foundation does.
  @Test func readsTheStrictFormAsFoundationDoesWhateverCharacterIsInAnyPlace() throws {
    let strict = try Regex("^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")
    let base = Array("123e4567-e89b-12d3-a456-426614174000".utf8)
    for place in base.indices {
      for unit in UInt8(1)..<128 {
        var bytes = base
        bytes[place] = unit
        let text = String(decoding: bytes, as: UTF8.self)
        let expected = text.wholeMatch(of: strict) != nil ? UUID(uuidString: text) : nil
        #expect(UUID(storedText: text) == expected, "\(text)")
      }
    }
  }

  @Test func refusesAnyByteAboveASCIIInAnyPlace() {
    let base = Array("123e4567-e89b-12d3-a456-426614174000".utf8)
    #expect(base.withUnsafeBufferPointer { UUID(storedBytes: $0) } != nil)
    for place in base.indices {
      for unit in UInt8(128)...255 {
        var bytes = base
        bytes[place] = unit
        #expect(bytes.withUnsafeBufferPointer { UUID(storedBytes: $0) } == nil, "byte \(unit) at \(place)")
      }
    }
  }
}
