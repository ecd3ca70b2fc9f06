import RecoveryModel
import Testing

/// Days to opioid-free per surgery kind across a cohort, those still on opioids, and the share on
/// opioids at 6 weeks; the same from reports and from histories.
struct CohortOpioidTests {
  static let asOf = CalendarDay("2025-01-31")!

  /// A psoas release on `day` with oxycodone from the surgery day up to (not including) `until` (nil:
  /// still taken), or no medication at all when `logged` is false.
  static func history(_ name: String, day: String, until: Int?, logged: Bool = true) -> History {
    let surgery = Treatment(day: CalendarDay(day)!, kind: .psoasRelease, side: .right)
    let medications =
      logged
      ? [
        MedicationEntry(
          drug: .oxycodone, day: surgery.day, isCourse: true, to: until.map { surgery.day.adding(days: $0) },
          dose: 5, times: 2)
      ] : []
    return History(patient: name, treatments: [surgery], medications: medications)
  }

  static let histories = [
    history("a", day: "2024-10-01", until: 10),
    history("b", day: "2024-10-01", until: 20),
    history("c", day: "2024-10-01", until: 50),
    history("d", day: "2024-12-01", until: nil),
    history("e", day: "2024-10-01", until: nil, logged: false),
  ]

  @Test func daysToOpioidFreeStillOnOpioidsAndTheShareAtSixWeeks() throws {
    var builder = try CohortBuilder(asOf: Self.asOf)
    for history in Self.histories { builder.add(patient: history.patient, history: history) }
    let outcome = try #require(builder.cohort().opioids.first)
    #expect(outcome.kind == .psoasRelease)
    #expect(outcome.patients == 4)
    #expect(outcome.stillOnOpioids == 1)
    let days = try #require(outcome.daysToOpioidFree)
    #expect(days.n == 3)
    #expect(days.median == 20)
    #expect(outcome.followedSixWeeks == 4)
    #expect(outcome.onOpioidsAtSixWeeks == 2)
    #expect(outcome.shareOnOpioidsAtSixWeeks == 0.5)
  }

  @Test func reportsAndHistoriesGiveTheSameFigures() throws {
    var fromHistories = try CohortBuilder(asOf: Self.asOf)
    var fromReports = try CohortBuilder(asOf: Self.asOf)
    for history in Self.histories {
      fromHistories.add(patient: history.patient, history: history)
      fromReports.add(patient: history.patient, report: try Report.make(history: history, asOf: Self.asOf))
    }
    #expect(fromHistories.cohort().opioids == fromReports.cohort().opioids)
    #expect(fromHistories.cohort().suppressingSmallCells(below: 5).opioids.first?.suppressed == true)
  }
}
