import RecoveryModel
import Testing

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Every `EntryError` carries its data and reads as one sentence naming it, in words that belong to no
/// particular program: no command-line option, no word only the command line accepts.
struct EntryErrorTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let error: EntryError
    let mentions: [String]

    init(_ error: EntryError, _ mentions: [String]) {
      self.error = error
      self.mentions = mentions
    }

    var testDescription: String { "\(error)" }
  }

  static let day = CalendarDay("2024-11-20")!
  static let later = CalendarDay("2024-12-01")!

  /// At least one value of every case.
  static let cases: [Case] = [
    Case(.malformedDate("2023-02-30"), ["\"2023-02-30\"", "YYYY-MM-DD"]),
    Case(.futureDate(later, today: day), ["2024-12-01", "2024-11-20", "future"]),
    Case(.malformedTime("25:00"), ["\"25:00\"", "HH:MM", "00:00", "23:59"]),
    Case(
      .outOfRange(field: .score, value: 11, range: PainEntry.scoreRange), ["pain score", "11", "0", "10"]),
    Case(
      .outOfRange(field: .score, value: -1, range: PainEntry.scoreRange), ["pain score", "-1", "0", "10"]),
    Case(
      .outOfRange(field: .severity, value: 12, range: SymptomEntry.severityRange),
      ["severity", "12", "from 0 to 10"]),
    Case(
      .outOfRange(field: .count, value: -3, range: SymptomEntry.countRange),
      ["episode count", "-3", "from 0 to 10000"]),
    Case(.outOfRange(field: .round, value: 0, range: Treatment.roundRange), ["round 0", "from 1 to 100"]),
    Case(
      .unknownWord(kind: "side", value: "middle", choices: Side.choices),
      ["side", "\"middle\"", "left, right, both"]),
    Case(
      .detailNotApplicable(field: .level, kind: .cortisone, appliesTo: [.psoasRelease]),
      ["release level", "cortisone", "psoas-release"]),
    Case(
      .detailNotApplicable(field: .target, kind: .revision, appliesTo: [.cortisone, .prp, .prolotherapy]),
      ["injection target", "revision", "cortisone, prp, prolotherapy"]),
    Case(.nameRequired, ["other", "name"]),
    Case(.triggerPointRequired, ["point", "upper-psoas, lower-psoas, iliacus"]),
    Case(.pointNotApplicable(.catching), ["trigger point", "trigger-point", "catching"]),
    Case(.periodEndsBeforeStart(from: later, to: day), ["2024-12-01", "2024-11-20"]),
    Case(.emptyPeriod(on: day), ["2024-11-20", "at least one day", "2024-11-21"]),
    Case(
      .overlappingPeriod(aid: .twoCrutches, existing: 7, from: day, to: nil),
      ["two crutches", "#7", "2024-11-20", "open"]),
    Case(
      .overlappingPeriod(aid: .cane, existing: 3, from: day, to: later),
      ["cane", "#3", "2024-11-20", "2024-12-01"]),
    Case(.noOpenPeriod(.oneCrutch), ["one crutch", "open"]),
    Case(.textTooLong(field: .note, bytes: 2_000_000, limit: 1_048_576), ["note", "2000000", "1048576"]),
    Case(.wrongAnswerCount(instrument: .hoosJR, expected: 6, got: 5), ["HOOS JR", "6", "5"]),
    Case(
      .answerOutOfRange(instrument: .ihot12, index: 3, value: 101, range: 0...100),
      ["iHOT-12", "Answer 3", "101", "from 0 to 100"]),
    Case(.missingAnswer(instrument: .oxford, index: 4), ["Oxford Hip Score", "Answer 4", "missing"]),
    Case(.malformedAnswer(instrument: .hoosJR, index: 2, text: "x"), ["HOOS JR", "Answer 2", "\"x\""]),
    Case(.answersRequired(.ihot12), ["iHOT-12", "12 answers"]),
    Case(
      .totalOutOfRange(instrument: .oxford, value: 49, range: 0...48), ["Oxford Hip Score", "49", "0 to 48"]),
    Case(
      .inconsistentScore(instrument: .hoosJR, raw: 7, score: 70, expected: 67.516),
      ["HOOS JR", "raw 7", "70", "67.516"]),
    Case(
      .outOfRange(field: .days, value: 0, range: MilestoneTarget.daysRange), ["days", "0", "from 1 to 3650"]),
    Case(.noSurgery(onOrBefore: day), ["surgery", "2024-11-20"]),
    Case(
      .notASurgery(id: 4, type: .treatment, kind: .cortisone), ["#4", "cortisone injection", "not a surgery"]),
    Case(.notASurgery(id: 5, type: .pain, kind: nil), ["#5", "pain entry", "not a surgery"]),
    Case(
      .unknownSurgery(UUID(uuidString: "00000000-0000-0000-0000-0000000000AB")!),
      ["00000000-0000-0000-0000-0000000000ab", "surgery"]),
    Case(.drugNameRequired, ["other", "name"]),
    Case(.courseHasTime, ["course", "time of day"]),
    Case(.dosesHaveNoEnd, ["end day", "course"]),
    Case(.implausibleDose(drug: .oxycodone, dose: 800, largest: 80), ["oxycodone", "800 mg", "80 mg"]),
    Case(
      .implausibleDailyDose(drug: .paracetamol, daily: 6000, largest: 4000), ["paracetamol", "6000", "4000"]),
  ]

  @Test(arguments: cases)
  func descriptionIsOneSentenceNamingTheData(_ check: Case) {
    let text = check.error.description
    for mention in check.mentions {
      #expect(text.contains(mention), "\(text) should mention \(mention)")
    }
    #expect(!text.contains("\n"))
    #expect(text.first?.isUppercase == true)
    #expect(text.hasSuffix("."))
  }

  @Test(arguments: cases)
  func descriptionNamesNoCommandLineOption(_ check: Case) {
    let text = check.error.description
    #expect(!text.contains("--"), "\(text)")
    #expect(!text.contains("today or yesterday"), "\(text)")
    #expect(!text.contains("recovery "), "\(text)")
  }

  @Test func theCasesAboveCoverEveryKindOfError() {
    // A new case of EntryError fails to compile here until it is added to `cases`.
    for check in Self.cases {
      switch check.error {
      case .malformedDate, .futureDate, .malformedTime, .outOfRange, .unknownWord, .detailNotApplicable,
        .nameRequired, .triggerPointRequired, .pointNotApplicable, .periodEndsBeforeStart,
        .emptyPeriod, .overlappingPeriod, .noOpenPeriod, .textTooLong, .wrongAnswerCount, .answerOutOfRange,
        .missingAnswer, .malformedAnswer, .answersRequired, .totalOutOfRange, .inconsistentScore, .noSurgery,
        .notASurgery, .unknownSurgery, .drugNameRequired, .courseHasTime, .dosesHaveNoEnd, .implausibleDose,
        .implausibleDailyDose:
        break
      }
    }
    #expect(Self.cases.count >= 14)
  }

  @Test func distinctErrorsAreNotEqual() {
    let eleven = EntryError.outOfRange(field: .score, value: 11, range: PainEntry.scoreRange)
    #expect(eleven != .outOfRange(field: .score, value: 12, range: PainEntry.scoreRange))
    #expect(eleven != .outOfRange(field: .severity, value: 11, range: SymptomEntry.severityRange))
  }
}
