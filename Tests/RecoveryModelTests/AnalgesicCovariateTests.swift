import RecoveryDemo
import RecoveryModel
import Testing

/// The effect estimate allows for painkillers taken day by day: relief that came with extra opioids on
/// some days is not credited to the treatment, a painkiller that changes only with the treatment
/// leaves the estimate as it was, and a diary without medications is estimated as before.
struct AnalgesicCovariateTests {
  static let injection = Treatment(day: CalendarDay("2024-03-04")!, kind: .cortisone, side: .right)

  /// Whether the patient took oxycodone on the follow-up day `offset` (from the injection): a seeded
  /// half of the days from day 10 on.
  static func opioidDays(seed: UInt64) -> Set<Int> {
    var random = SplitMix64(seed: seed)
    return Set((10...60).filter { _ in random.int(in: 0...1) == 1 })
  }

  /// Pain around 6 with a little seeded noise from 60 days before the injection to 60 after, 4 points
  /// lower on each day in `relieved`; the injection itself does nothing.
  static func history(relieved: Set<Int>, medications: [MedicationEntry], seed: UInt64) -> History {
    var random = SplitMix64(seed: seed &+ 1)
    let pain = (-60...60).map { offset in
      let score = 6 + random.int(in: -1...1) - (relieved.contains(offset) ? 4 : 0)
      return PainEntry(day: injection.day.adding(days: offset), score: score, side: .right)
    }
    return History(treatments: [injection], pain: pain, medications: medications)
  }

  static func effect(_ history: History) throws -> EffectEstimate {
    let report = try Report.make(history: history, asOf: injection.day.adding(days: 60))
    return try #require(report.responses.first?.effect)
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func reliefOnTheDaysWithExtraOpioidsIsNotCreditedToTheInjection(seed: UInt64) throws {
    let days = Self.opioidDays(seed: seed)
    let doses = days.map { offset in
      MedicationEntry(drug: .oxycodone, day: Self.injection.day.adding(days: offset), dose: 10, times: 2)
    }
    // The same pain, once without the doses logged and once with them.
    let unadjusted = try Self.effect(Self.history(relieved: days, medications: [], seed: seed))
    let adjusted = try Self.effect(Self.history(relieved: days, medications: doses, seed: seed))
    #expect(unadjusted.adjustedFor.isEmpty)
    #expect(unadjusted.effect.estimate < -1.2)
    #expect(unadjusted.effect.isBelowZero)
    // Allowing for the doses (30 MME on each of those days), the injection's own effect is about
    // nothing, and pain went down about 4 points with 3 units of 10 MME.
    #expect(abs(adjusted.effect.estimate) < 0.5)
    #expect(!adjusted.effect.isBelowZero)
    let opioids = try #require(adjusted.adjustedFor.first)
    #expect(adjusted.adjustedFor.map(\.covariate) == [.opioidMME])
    #expect(abs(opioids.coefficient.estimate - -4.0 / 3) < 0.25)
    #expect(opioids.coefficient.isBelowZero)
  }

  @Test func anNSAIDOnSomeDaysIsItsOwnTerm() throws {
    let days = Self.opioidDays(seed: 7)
    let doses = days.map { offset in
      MedicationEntry(drug: .ibuprofen, day: Self.injection.day.adding(days: offset), dose: 400, times: 3)
    }
    let adjusted = try Self.effect(Self.history(relieved: days, medications: doses, seed: 7))
    #expect(adjusted.adjustedFor.map(\.covariate) == [.nsaid])
    #expect(abs(adjusted.adjustedFor[0].coefficient.estimate - -4) < 0.5)
    #expect(abs(adjusted.effect.estimate) < 0.5)
  }

  @Test func aCourseThatStartsWithTheTreatmentCannotBeToldApartAndLeavesTheEstimateAsItWas() throws {
    // Oxycodone every day from the injection on: its column is the follow-up's own indicator.
    let course = MedicationEntry(
      drug: .oxycodone, day: Self.injection.day, isCourse: true, dose: 10, times: 2)
    let relieved = Set(0...60)
    let with = try Self.effect(Self.history(relieved: relieved, medications: [course], seed: 4))
    let without = try Self.effect(Self.history(relieved: relieved, medications: [], seed: 4))
    #expect(with.adjustedFor.isEmpty)
    #expect(with.effect == without.effect)
    // The change of painkillers is then the co-intervention rule's to flag.
    let report = try Report.make(
      history: Self.history(relieved: relieved, medications: [course], seed: 4),
      asOf: Self.injection.day.adding(days: 60))
    #expect(report.responses.first?.coInterventions == [.opioidsUp])
  }

  @Test func aSteadyPainkillerIsPartOfTheLevel() throws {
    let steady = MedicationEntry(
      drug: .naproxen, day: Self.injection.day.adding(days: -90), isCourse: true, dose: 250, times: 2)
    let with = try Self.effect(Self.history(relieved: [], medications: [steady], seed: 5))
    let without = try Self.effect(Self.history(relieved: [], medications: [], seed: 5))
    #expect(with.adjustedFor.isEmpty)
    #expect(with.effect == without.effect)
  }
}
