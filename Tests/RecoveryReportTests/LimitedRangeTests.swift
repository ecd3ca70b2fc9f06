import RecoveryModel
import RecoveryReport
import Testing

/// A report limited with `since` shows no whole-history figures beside the range's own: crutch days,
/// symptoms' first and last days seen, and the empty timeline all speak of the range.
struct LimitedRangeTests {
  static let surgery = CalendarDay(year: 2022, month: 11, day: 14)!
  static let since = CalendarDay(year: 2024, month: 11, day: 11)!
  static let asOf = CalendarDay(year: 2024, month: 11, day: 25)!

  static let history = History(
    patient: "fay", treatments: [Treatment(day: surgery, kind: .hipResurfacing, side: .both)],
    pain: (0...20).map { PainEntry(day: since.adding(days: -$0), score: 4) },
    symptoms: [
      SymptomEntry(day: surgery.adding(days: 8), kind: .catching, count: 2),
      SymptomEntry(day: since.adding(days: -16), kind: .catching, count: 3),
      SymptomEntry(day: since.adding(days: 2), kind: .catching, count: 0),
    ],
    aids: [AidPeriod(aid: .twoCrutches, from: surgery, to: surgery.adding(days: 35))])

  static let limited = try! Report.make(history: history, asOf: asOf, since: since)
  static let whole = try! Report.make(history: history, asOf: asOf)

  @Test func crutchDaysAreShownOnlyForSurgeriesWithCrutchesInTheRange() throws {
    #expect(Self.whole.crutchDays.map(\.days) == [35])
    #expect(Self.limited.aids.isEmpty)
    #expect(Self.limited.crutchDays.isEmpty)
    for (format, output) in SmallDiaryTests.renderings(ReportDocument(Self.limited)) {
      #expect(!output.contains("Days on crutches:"), "\(format)")
    }
  }

  @Test func symptomsAreSeenWithinTheRange() throws {
    let whole = try #require(Self.whole.symptoms.first)
    #expect(whole.firstSeen == Self.surgery.adding(days: 8))
    #expect(whole.lastSeen == Self.since.adding(days: -16))
    let limited = try #require(Self.limited.symptoms.first)
    #expect(limited.firstSeen == nil)
    #expect(limited.lastSeen == nil)
    #expect(limited.total.episodes == 0)
    for (format, output) in SmallDiaryTests.renderings(ReportDocument(Self.limited)) {
      #expect(!output.contains("2022-11-22"), "\(format)")
      #expect(!output.contains("2024-10-26"), "\(format)")
    }
  }

  @Test func anEmptyTimelineSaysTheRangeHasNoTreatments() {
    for (format, output) in SmallDiaryTests.renderings(ReportDocument(Self.limited)) {
      #expect(output.contains("No treatments in this range."), "\(format)")
      #expect(!output.contains("No treatments logged."), "\(format)")
    }
  }
}
