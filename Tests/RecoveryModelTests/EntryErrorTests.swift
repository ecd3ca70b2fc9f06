import RecoveryModel
import Testing

/// Every `EntryError` reads as one full sentence naming the problem and the valid range or choices.
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

  static let cases: [Case] = [
    Case(.malformedDate("2023-02-30"), ["\"2023-02-30\"", "YYYY-MM-DD", "today", "yesterday"]),
    Case(.futureDate(later, today: day), ["2024-12-01", "2024-11-20", "future"]),
    Case(.malformedTime("25:00"), ["\"25:00\"", "HH:MM", "00:00", "23:59"]),
    Case(.scoreOutOfRange(11), ["11", "0", "10"]),
    Case(.scoreOutOfRange(-1), ["-1", "0", "10"]),
    Case(.severityOutOfRange(12), ["12", "from 0 to 10"]),
    Case(.negativeCount(-3), ["-3", "0 or more"]),
    Case(.roundOutOfRange(0), ["Round 0", "from 1"]),
    Case(
      .unknownWord(kind: "side", value: "middle", choices: Side.choices),
      ["side", "\"middle\"", "left, right, both"]),
    Case(
      .detailNotApplicable(detail: "release level", kind: .cortisone, appliesTo: "psoas-release"),
      ["release level", "cortisone", "psoas-release"]),
    Case(.nameRequired, ["other", "--name"]),
    Case(.triggerPointRequired, ["--point", "upper-psoas, lower-psoas, iliacus"]),
    Case(.pointNotApplicable(.catching), ["--point", "trigger-point", "catching"]),
    Case(.periodEndsBeforeStart(from: later, to: day), ["2024-12-01", "2024-11-20"]),
    Case(.emptyPeriod(on: day), ["2024-11-20", "at least one day", "2024-11-21"]),
    Case(
      .overlappingPeriod(aid: .twoCrutches, existing: 7, from: day, to: nil),
      ["two crutches", "#7", "2024-11-20", "open"]),
    Case(
      .overlappingPeriod(aid: .cane, existing: 3, from: day, to: later),
      ["cane", "#3", "2024-11-20", "2024-12-01"]),
    Case(.noOpenPeriod(.oneCrutch), ["one crutch", "open"]),
    Case(.textTooLong(field: "note", bytes: 2_000_000, limit: 1_048_576), ["note", "2000000", "1048576"]),
  ]

  @Test(arguments: cases)
  func descriptionIsOneSentenceNamingTheValidChoices(_ check: Case) {
    let text = check.error.description
    for mention in check.mentions {
      #expect(text.contains(mention), "\(text) should mention \(mention)")
    }
    #expect(!text.contains("\n"))
    #expect(text.first?.isUppercase == true)
    #expect(text.hasSuffix("."))
  }

  @Test func distinctErrorsAreNotEqual() {
    #expect(EntryError.scoreOutOfRange(11) != .scoreOutOfRange(12))
    #expect(EntryError.scoreOutOfRange(11) != .severityOutOfRange(11))
  }
}
