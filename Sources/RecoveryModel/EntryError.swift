#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Why a diary entry was refused.
///
/// Each case carries the data of the problem (the field, the value given, the allowed range or
/// choices), for an app to word as it likes. The descriptions are plain sentences for developers and
/// logs; they speak of fields and values, never of how a particular program takes its input.
public enum EntryError: Error, CustomStringConvertible, Equatable, Sendable {
  /// A date that is not `YYYY-MM-DD` (or a day that does not exist).
  case malformedDate(String)
  /// A date after today: a diary records what happened.
  case futureDate(CalendarDay, today: CalendarDay)
  /// A time that is not `HH:MM` on a 24-hour clock.
  case malformedTime(String)
  /// A number outside the range its field allows, such as a pain score of 11.
  case outOfRange(field: EntryField, value: Int, range: ClosedRange<Int>)
  /// A word that is not in its vocabulary (``Vocabulary/vocabularyName`` and ``Vocabulary/choices``).
  case unknownWord(kind: String, value: String, choices: String)
  /// A treatment detail given for a kind it does not apply to.
  case detailNotApplicable(field: EntryField, kind: TreatmentKind, appliesTo: [TreatmentKind])
  /// A treatment of kind `other` without a name.
  case nameRequired
  /// A trigger-point symptom without the point.
  case triggerPointRequired
  /// A trigger point given for a symptom other than `trigger-point`.
  case pointNotApplicable(SymptomKind)
  /// An aid period whose last day comes before its first.
  case periodEndsBeforeStart(from: CalendarDay, to: CalendarDay)
  /// An aid period that ends on the day it starts: the end is the first day without the aid, so such
  /// a period would last no day at all.
  case emptyPeriod(on: CalendarDay)
  /// An aid period overlapping an existing period of the same aid.
  case overlappingPeriod(aid: WalkingAid, existing: Int, from: CalendarDay, to: CalendarDay?)
  /// An aid that has no open period was asked to stop.
  case noOpenPeriod(WalkingAid)
  /// Free text longer than the limit.
  case textTooLong(field: EntryField, bytes: Int, limit: Int)
  /// A questionnaire with more or fewer answers than it has items.
  case wrongAnswerCount(instrument: Instrument, expected: Int, got: Int)
  /// A questionnaire answer outside the values its items take; `index` counts from 1.
  case answerOutOfRange(instrument: Instrument, index: Int, value: Int, range: ClosedRange<Int>)
  /// A questionnaire answer left blank (`index` counts from 1): any missing answer means no score.
  case missingAnswer(instrument: Instrument, index: Int)
  /// A questionnaire answer that is not a whole number; `index` counts from 1.
  case malformedAnswer(instrument: Instrument, index: Int, text: String)
  /// A questionnaire without its answers, of an instrument that cannot be recorded by its total alone.
  case answersRequired(Instrument)
  /// A questionnaire total outside the instrument's range (Oxford: 0-48).
  case totalOutOfRange(instrument: Instrument, value: Int, range: ClosedRange<Int>)
  /// A score entry whose raw sum or score is not what its answers give (edited outside the model).
  case inconsistentScore(instrument: Instrument, raw: Int?, score: Double, expected: Double)
  /// A target without a surgery to count from: none on or before `day`.
  case noSurgery(onOrBefore: CalendarDay)
  /// A target set to count from entry `id`, which is not a surgery: another type of entry, or a
  /// treatment of a kind that is not a surgery.
  case notASurgery(id: Int, type: EntryType, kind: TreatmentKind?)
  /// A target whose surgery uid names no stored surgery of the patient.
  case unknownSurgery(UUID)
  /// A medication of drug other without a name.
  case drugNameRequired
  /// A course of medication with a time of day: a course covers whole days.
  case courseHasTime
  /// Doses on one day with an end day: only a course has one.
  case dosesHaveNoEnd
  /// A single dose that is not positive or above the largest the diary accepts for the drug.
  case implausibleDose(drug: Drug, dose: Double, largest: Double)
  /// A day's total of the drug above the largest the diary accepts.
  case implausibleDailyDose(drug: Drug, daily: Double, largest: Double)

  public var description: String {
    switch self {
    case .malformedDate(let text):
      "Invalid date \"\(text)\": a date is YYYY-MM-DD, a real calendar day."
    case .futureDate(let day, let today):
      "The date \(day) is in the future (today is \(today)): a diary records what has happened."
    case .malformedTime(let text):
      "Invalid time \"\(text)\": a time is HH:MM on a 24-hour clock, from 00:00 to 23:59."
    case .outOfRange(let field, let value, let range):
      "The \(field.label) \(value) is out of range: it is a whole number from \(range.lowerBound) to"
        + " \(range.upperBound)."
    case .unknownWord(let kind, let value, let choices):
      "Unknown \(kind) \"\(value)\": the choices are \(choices)."
    case .detailNotApplicable(let field, let kind, let appliesTo):
      "\(field.labelWithArticle.capitalizedFirst) does not apply to \(kind.rawValue): it applies only to"
        + " \(appliesTo.map(\.rawValue).joined(separator: ", "))."
    case .nameRequired:
      "A treatment of kind other needs a name, for example \"acupuncture\"."
    case .triggerPointRequired:
      "A trigger-point symptom needs the point: one of \(TriggerPoint.choices)."
    case .pointNotApplicable(let kind):
      "A trigger point applies only to the trigger-point symptom, not to \(kind.rawValue)."
    case .periodEndsBeforeStart(let from, let to):
      "The period ends on \(to), before it starts on \(from): the end must come after the start."
    case .emptyPeriod(let day):
      "The period starts and ends on \(day): its end is the first day without the aid, so a period lasts"
        + " at least one day (end it on \(day.adding(days: 1)) for one day)."
    case .overlappingPeriod(let aid, let existing, let from, let to):
      "This \(aid.label) period overlaps #\(existing) (from \(from) \(to.map { "to \($0)" } ?? "and still open")):"
        + " periods of the same aid cannot overlap."
    case .noOpenPeriod(let aid):
      "There is no open \(aid.label) period to stop."
    case .textTooLong(let field, let bytes, let limit):
      "The \(field.label) is \(bytes) bytes long: the limit is \(limit) bytes."
    case .wrongAnswerCount(let instrument, let expected, let got):
      "The \(instrument.label) takes \(expected) answers, not \(got)."
    case .answerOutOfRange(let instrument, let index, let value, let range):
      "Answer \(index) of the \(instrument.label) is \(value): each answer is a whole number from"
        + " \(range.lowerBound) to \(range.upperBound)."
    case .missingAnswer(let instrument, let index):
      "Answer \(index) of the \(instrument.label) is missing: every answer is needed for a score."
    case .malformedAnswer(let instrument, let index, let text):
      "Answer \(index) of the \(instrument.label), \"\(text)\", is not a whole number."
    case .answersRequired(let instrument):
      "The \(instrument.label) is scored from its \(instrument.answerCount) answers, which are missing."
    case .totalOutOfRange(let instrument, let value, let range):
      "The \(instrument.label) total \(value) is out of range: it is a whole number from"
        + " \(range.lowerBound) to \(range.upperBound)."
    case .inconsistentScore(let instrument, let raw, let score, let expected):
      "The \(instrument.label) entry says raw \(raw.map(String.init) ?? "none"), score \(score), but its"
        + " answers give \(expected)."
    case .noSurgery(let day):
      "There is no surgery on or before \(day) for a target to count from."
    case .notASurgery(let id, let type, let kind):
      "Entry #\(id) is \(Self.withArticle(kind.map(\.label) ?? "\(type.rawValue) entry")), not a surgery: a"
        + " target counts from a surgery."
    case .unknownSurgery(let uid):
      "The target's surgery \(uid.uuidString.lowercased()) is not a surgery in this diary."
    case .drugNameRequired:
      "A medication of drug other needs a name, for example \"dexamethasone\"."
    case .courseHasTime:
      "A course of medication covers whole days, so it has no time of day."
    case .dosesHaveNoEnd:
      "Doses on one day have no end day: only a course (from a first day) has one."
    case .implausibleDose(let drug, let dose, let largest):
      "A dose of \(EntryDescription.number(dose)) mg of \(drug.rawValue) is not plausible: a single dose is"
        + " more than 0 and at most \(EntryDescription.number(largest)) mg."
    case .implausibleDailyDose(let drug, let daily, let largest):
      "A daily total of \(EntryDescription.number(daily)) mg of \(drug.rawValue) is not plausible: the diary"
        + " accepts at most \(EntryDescription.number(largest)) mg a day."
    }
  }
}

extension String {
  /// The text with its first letter in upper case, for the start of a sentence.
  fileprivate var capitalizedFirst: String {
    prefix(1).uppercased() + dropFirst()
  }
}

extension EntryError {
  /// `words` after "a" or "an", as they begin: "an aid entry", "a cortisone injection".
  package static func withArticle(_ words: String) -> String {
    (words.first.map { "aeiouAEIOU".contains($0) } == true ? "an " : "a ") + words
  }
}
