import RecoveryModel
import Testing

/// The rule for a material change of painkillers between a response's windows, at its edges, and the
/// report that lists it beside the confounders.
struct CoInterventionTests {
  static func window(mme: Double, nsaidDays: Int = 0, days: Int = 28) -> AnalgesicUse.Window {
    AnalgesicUse.Window(days: days, meanDailyMME: mme, nsaidDays: nsaidDays)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let baseline: AnalgesicUse.Window
    let followUp: AnalgesicUse.Window
    let changes: [AnalgesicUse.Change]
    var testDescription: String {
      "\(baseline.meanDailyMME) MME \(baseline.nsaidDays)/\(baseline.days) NSAID -> \(followUp.meanDailyMME)"
        + " MME \(followUp.nsaidDays)/\(followUp.days) NSAID: \(changes)"
    }
  }

  static let cases: [Case] = [
    Case(baseline: window(mme: 10), followUp: window(mme: 15), changes: [.opioidsUp]),  // +50%, +5
    Case(baseline: window(mme: 10), followUp: window(mme: 14.9), changes: []),  // under 5 and 50%
    Case(baseline: window(mme: 20), followUp: window(mme: 29), changes: []),  // +9 but only 45%
    Case(baseline: window(mme: 0), followUp: window(mme: 5), changes: [.opioidsUp]),  // from none, 5
    Case(baseline: window(mme: 0), followUp: window(mme: 4.9), changes: []),
    Case(baseline: window(mme: 8), followUp: window(mme: 4), changes: []),  // -50% but only -4
    Case(baseline: window(mme: 30), followUp: window(mme: 15), changes: [.opioidsDown]),
    Case(baseline: window(mme: 30), followUp: window(mme: 15.1), changes: []),
    Case(
      baseline: window(mme: 0, nsaidDays: 6), followUp: window(mme: 0, nsaidDays: 14),
      changes: [.nsaidStarted]),
    Case(baseline: window(mme: 0, nsaidDays: 7), followUp: window(mme: 0, nsaidDays: 28), changes: []),
    Case(baseline: window(mme: 0, nsaidDays: 0), followUp: window(mme: 0, nsaidDays: 13), changes: []),
    Case(
      baseline: window(mme: 0, nsaidDays: 14), followUp: window(mme: 0, nsaidDays: 6),
      changes: [.nsaidStopped]),
    Case(baseline: window(mme: 0, nsaidDays: 14), followUp: window(mme: 0, nsaidDays: 7), changes: []),
    Case(
      baseline: window(mme: 0, nsaidDays: 28), followUp: window(mme: 30, nsaidDays: 0),
      changes: [.opioidsUp, .nsaidStopped]),
    Case(baseline: window(mme: 0, days: 0), followUp: window(mme: 30), changes: []),  // no baseline days
  ]

  @Test(arguments: cases)
  func aChangeIsFlaggedExactlyWhenTheRuleSays(_ check: Case) {
    #expect(AnalgesicUse(baseline: check.baseline, followUp: check.followUp).changes == check.changes)
  }

  static let injection = Treatment(day: CalendarDay("2024-03-04")!, kind: .cortisone, side: .right)

  /// Pain every day around an injection that drops from 6 to 2, with `medications` beside it.
  static func report(medications: [MedicationEntry]) throws -> Report {
    let start = injection.day.adding(days: -40)
    let pain = (0..<100).map { offset in
      let day = start.adding(days: offset)
      return PainEntry(day: day, score: day < injection.day ? 6 : 2, side: .right)
    }
    return try Report.make(
      history: History(treatments: [injection], pain: pain, medications: medications),
      asOf: start.adding(days: 99))
  }

  @Test func oxycodoneStartedWithTheInjectionIsACoIntervention() throws {
    let course = MedicationEntry(
      drug: .oxycodone, day: Self.injection.day, isCourse: true, dose: 10, times: 2)
    let response = try #require(try Self.report(medications: [course]).responses.first)
    let use = try #require(response.analgesics)
    #expect(use.baseline.meanDailyMME == 0)
    #expect(use.followUp.meanDailyMME == 30)
    #expect(use.changes == [.opioidsUp])
    #expect(response.isConfounded)
    #expect(response.coInterventions == [.opioidsUp])
  }

  @Test func steadyParacetamolIsNoCoInterventionAndNoMedicationsMeansNoFigures() throws {
    let steady = MedicationEntry(
      drug: .paracetamol, day: Self.injection.day.adding(days: -60), isCourse: true, dose: 1000, times: 3)
    let response = try #require(try Self.report(medications: [steady]).responses.first)
    #expect(response.analgesics?.changes == [])
    #expect(!response.isConfounded)
    let without = try #require(try Self.report(medications: []).responses.first)
    #expect(without.analgesics == nil)
    #expect(without.verdict == response.verdict)
  }

  @Test func theOpioidFreeDayAfterASurgeryIsTheDayAfterTheLastOpioid() throws {
    let surgery = Treatment(day: CalendarDay("2024-10-28")!, kind: .psoasRelease, side: .right)
    let medications = [
      MedicationEntry(
        drug: .oxycodone, day: surgery.day, isCourse: true, to: surgery.day.adding(days: 10), dose: 10,
        times: 3),
      MedicationEntry(drug: .oxycodone, day: surgery.day.adding(days: 18), dose: 5, asNeeded: true),
      MedicationEntry(drug: .ibuprofen, day: surgery.day.adding(days: 20), dose: 400, times: 3),
    ]
    let report = try Report.make(
      history: History(treatments: [surgery], medications: medications), asOf: surgery.day.adding(days: 40))
    let free = try #require(report.medications.opioidFree.first)
    #expect(free.lastOpioidDay == surgery.day.adding(days: 18))
    #expect(free.opioidFreeFromDay == 19)
    #expect(!free.stillOnOpioids)
    #expect(report.medications.classes.map(\.drugClass) == [.nsaid, .opioid])
    #expect(report.medications.dailyMME.count == 11)
    #expect(report.medications.dailyMME.first?.mme == 45)
    let still = try Report.make(
      history: History(treatments: [surgery], medications: medications), asOf: surgery.day.adding(days: 5))
    #expect(still.medications.opioidFree.first?.stillOnOpioids == true)
  }
}
