/// Why a diary entry was refused.
///
/// Every description is one full sentence that names the problem and, where there is one, the valid
/// range or list of choices, so the command line can print it as is.
public enum EntryError: Error, CustomStringConvertible, Equatable, Sendable {
  /// A date that is not `YYYY-MM-DD` (or a day that does not exist).
  case malformedDate(String)
  /// A date after today: a diary records what happened.
  case futureDate(CalendarDay, today: CalendarDay)
  /// A time that is not `HH:MM` on a 24-hour clock.
  case malformedTime(String)
  /// A pain score outside 0-10.
  case scoreOutOfRange(Int)
  /// A symptom severity outside 0-10.
  case severityOutOfRange(Int)
  /// An episode count below zero.
  case negativeCount(Int)
  /// An episode count above the limit.
  case countTooLarge(Int, limit: Int)
  /// A round number below 1 or above the limit.
  case roundOutOfRange(Int)
  /// A word that is not in its vocabulary.
  case unknownWord(kind: String, value: String, choices: String)
  /// A treatment detail given for a kind it does not apply to.
  case detailNotApplicable(detail: String, kind: TreatmentKind, appliesTo: String)
  /// A treatment of kind `other` without a name.
  case nameRequired
  /// A trigger-point symptom without the point, or a point given for another symptom.
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
  /// `--stop` for an aid that has no open period.
  case noOpenPeriod(WalkingAid)
  /// Free text longer than the limit.
  case textTooLong(field: String, bytes: Int, limit: Int)

  public var description: String {
    switch self {
    case .malformedDate(let text):
      "Invalid date \"\(text)\": use YYYY-MM-DD (a real calendar day), today or yesterday."
    case .futureDate(let day, let today):
      "The date \(day) is in the future (today is \(today)): a diary records what has happened."
    case .malformedTime(let text):
      "Invalid time \"\(text)\": use HH:MM on a 24-hour clock, from 00:00 to 23:59."
    case .scoreOutOfRange(let score):
      "Pain score \(score) is out of range: use a whole number from 0 (no pain) to 10 (worst imaginable)."
    case .severityOutOfRange(let severity):
      "Severity \(severity) is out of range: use a whole number from 0 to 10."
    case .negativeCount(let count):
      "Episode count \(count) is invalid: use a whole number of 0 or more."
    case .countTooLarge(let count, let limit):
      "Episode count \(count) is too large: use a whole number from 0 to \(limit) (log several entries if needed)."
    case .roundOutOfRange(let round):
      "Round \(round) is invalid: rounds are numbered from 1 to 100."
    case .unknownWord(let kind, let value, let choices):
      "Unknown \(kind) \"\(value)\": choose one of \(choices)."
    case .detailNotApplicable(let detail, let kind, let appliesTo):
      "A \(detail) does not apply to \(kind.rawValue): it applies only to \(appliesTo)."
    case .nameRequired:
      "A treatment of kind other needs a name (--name), for example \"acupuncture\"."
    case .triggerPointRequired:
      "A trigger-point symptom needs the point (--point): choose one of \(TriggerPoint.choices)."
    case .pointNotApplicable(let kind):
      "A trigger point (--point) applies only to the trigger-point symptom, not to \(kind.rawValue)."
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
      "The \(field) is \(bytes) bytes long: the limit is \(limit) bytes."
    }
  }
}
