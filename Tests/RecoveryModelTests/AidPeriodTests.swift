import RecoveryModel
import Testing

struct AidPeriodTests {
  /// Two periods given as day offsets from a base day (nil: still open), and whether they overlap.
  struct OverlapCase: Sendable, CustomTestStringConvertible {
    let first: (from: Int, to: Int?)
    let second: (from: Int, to: Int?)
    let overlaps: Bool

    init(_ first: (Int, Int?), _ second: (Int, Int?), _ overlaps: Bool) {
      self.first = first
      self.second = second
      self.overlaps = overlaps
    }

    var testDescription: String {
      func text(_ period: (from: Int, to: Int?)) -> String {
        "\(period.from)..\(period.to.map(String.init) ?? "open")"
      }
      return "\(text(first)) and \(text(second)) \(overlaps ? "overlap" : "do not overlap")"
    }
  }

  static let base = CalendarDay("2024-10-28")!

  static func period(_ offsets: (from: Int, to: Int?)) -> AidPeriod {
    AidPeriod(
      aid: .twoCrutches, from: base.adding(days: offsets.from), to: offsets.to.map { base.adding(days: $0) })
  }

  static let overlapCases: [OverlapCase] = [
    OverlapCase((0, 10), (10, 20), false),  // touching ends: one ends the day the next starts
    OverlapCase((0, 10), (11, 20), false),
    OverlapCase((0, 10), (9, 20), true),
    OverlapCase((0, 10), (3, 5), true),  // contained
    OverlapCase((0, 10), (0, 10), true),  // identical
    OverlapCase((0, 10), (-5, 0), false),  // touching at the start
    OverlapCase((0, 10), (-5, 1), true),
    OverlapCase((5, 5), (5, 5), true),  // zero-length periods on the same day
    OverlapCase((5, 5), (6, 6), false),
    OverlapCase((5, 5), (0, 5), false),  // zero-length on the day the other ends
    OverlapCase((5, 5), (5, 10), true),  // zero-length on the day the other starts
    OverlapCase((5, 5), (4, 6), true),
    OverlapCase((5, 5), (0, 4), false),
    OverlapCase((10, nil), (0, 10), false),  // open period starting the day the other ends
    OverlapCase((10, nil), (0, 11), true),
    OverlapCase((10, nil), (20, 25), true),  // open periods run on forever
    OverlapCase((10, nil), (500, nil), true),
    OverlapCase((10, nil), (0, nil), true),
    OverlapCase((10, nil), (9, 9), false),
    OverlapCase((10, nil), (10, 10), true),
    OverlapCase((10, nil), (0, 5), false),
  ]

  @Test(arguments: overlapCases)
  func overlapIsSymmetricAndTouchingEndsDoNotCount(_ check: OverlapCase) {
    let first = Self.period(check.first)
    let second = Self.period(check.second)
    #expect(first.overlaps(second) == check.overlaps)
    #expect(second.overlaps(first) == check.overlaps)
  }

  @Test func lengthIsToMinusFromAndOpenPeriodsRunToToday() throws {
    let closed = Self.period((0, 14))
    #expect(closed.days(asOf: Self.base.adding(days: 100)) == 14)
    #expect(!closed.isOpen)
    let open = Self.period((0, nil))
    #expect(open.isOpen)
    #expect(open.days(asOf: Self.base.adding(days: 9)) == 9)
    #expect(open.days(asOf: Self.base) == 0)
    #expect(Self.period((3, 3)).days(asOf: Self.base) == 0)
  }
}
