import RecoveryModel
import Testing

/// Upper limits that keep accepted values far from overflow in the analysis.
struct LimitTests {
  static let day = CalendarDay("2024-11-20")!

  @Test(arguments: [0, 1, SymptomEntry.countLimit])
  func countsUpToTheLimitAreAccepted(count: Int) throws {
    try SymptomEntry(day: Self.day, kind: .catching, count: count).validate(today: Self.day)
  }

  @Test(arguments: [SymptomEntry.countLimit + 1, Int.max])
  func countsAboveTheLimitAreRefusedWithTheLimitNamed(count: Int) {
    let error = #expect(throws: EntryError.self) {
      try SymptomEntry(day: Self.day, kind: .catching, count: count).validate(today: Self.day)
    }
    #expect(error == .outOfRange(field: .count, value: count, range: 0...SymptomEntry.countLimit))
    #expect(error?.description.contains("0 to \(SymptomEntry.countLimit)") == true)
  }

  @Test(arguments: [(1, true), (100, true), (0, false), (101, false), (Int.max, false)])
  func roundsRunFromOneToAHundred(round: Int, accepted: Bool) {
    let treatment = Treatment(day: Self.day, kind: .prolotherapy, round: round)
    if accepted {
      #expect(throws: Never.self) { try treatment.validate(today: Self.day) }
    } else {
      let error = #expect(throws: EntryError.self) { try treatment.validate(today: Self.day) }
      #expect(error == .outOfRange(field: .round, value: round, range: 1...100))
    }
  }
}
