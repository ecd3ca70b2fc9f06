import Foundation
import RecoveryModel
import RecoveryTestSupport

/// A hand-made diary of what is hard to export: two patients (one with a name that is no name), every
/// treatment kind and every symptom, entries with and without time and side, an open aid period and a
/// one-day one, and free text with quotes, backslashes, line breaks, control characters and non-Latin
/// script.
enum EdgeCaseDiary {
  /// Text that JSON must escape and FHIR must carry unchanged.
  static let awkwardText = "Schmerz – 痛み \"quoted\" \\ back\nsecond line\r\n\ttabbed \u{1}\u{7F} אבג 🙂"

  static let first = Patient(id: 1, uid: UUID(), name: "default")
  static let second = Patient(id: 2, uid: UUID(), name: "Zoë \"Z\" 山田\nsecond line")

  static func day(_ text: String) -> CalendarDay { TestCalendar.day(text) }

  /// One treatment of every kind, details varied.
  static let treatments: [Treatment] = TreatmentKind.allCases.enumerated().map { index, kind in
    let side = [Side.left, .right, .both, nil][index % 4]
    let injection = kind.category == .injection
    return Treatment(
      day: day("2024-01-01").adding(days: index * 10),
      time: index.isMultiple(of: 2) ? TestCalendar.time("08:30") : nil, kind: kind,
      name: kind == .other ? "Shockwave – 衝撃波 \"ESWT\"" : (index == 1 ? "tenotomy" : nil), side: side,
      level: kind == .psoasRelease ? .centralCompartment : nil,
      approach: kind.category == .surgery ? (index.isMultiple(of: 2) ? .open : .arthroscopic) : nil,
      target: injection ? (kind == .prp ? .other : .iliopsoasBursa) : nil,
      guidance: injection ? .ultrasound : nil, agent: injection ? "dextrose 15%" : nil,
      dose: injection ? "2 ml" : nil, round: kind == .prolotherapy ? 2 : nil,
      provider: index.isMultiple(of: 3) ? "Dr \"Quote\" O'Brien – 医師" : nil,
      finding: kind == .psoasRelease ? "cup overhanging\nby 4 mm" : nil, note: index == 0 ? awkwardText : nil)
  }

  /// Pain at every location, with and without side, time, activity and note, and one with nothing but
  /// the score.
  static let pain: [PainEntry] =
    BodyLocation.allCases.enumerated().map { index, location in
      PainEntry(
        day: day("2024-03-01").adding(days: index),
        time: index.isMultiple(of: 2) ? TestCalendar.time("21:45") : nil,
        score: index % 11, location: location, side: [Side.left, .right, .both, nil][index % 4],
        activity: Activity.allCases[index % Activity.allCases.count], note: index == 3 ? awkwardText : nil)
    } + [PainEntry(day: day("2024-03-20"), score: 10)]

  /// Every symptom, with counts, severities, both, neither.
  static let symptoms: [SymptomEntry] = SymptomKind.allCases.enumerated().map { index, kind in
    SymptomEntry(
      day: day("2024-04-01").adding(days: index),
      time: index.isMultiple(of: 3) ? TestCalendar.time("00:00") : nil,
      kind: kind, count: index % 3 == 0 ? nil : index, severity: index % 2 == 0 ? index % 11 : nil,
      point: kind == .triggerPoint ? .lowerPsoas : nil,
      location: index % 4 == 0 ? nil : BodyLocation.allCases[index % BodyLocation.allCases.count],
      side: index % 5 == 0 ? nil : .right, activity: index % 2 == 1 ? .car : nil,
      note: index == 4 ? awkwardText : nil)
  }

  /// A closed period, a one-day one, and an open one with every detail.
  static let aids: [AidPeriod] = [
    AidPeriod(
      aid: .twoCrutches, from: day("2024-05-01"), to: day("2024-05-15"), weightBearing: .pwb, side: .right),
    AidPeriod(aid: .walker, from: day("2024-05-15"), to: day("2024-05-16")),
    AidPeriod(aid: .cane, from: day("2024-05-16"), weightBearing: .wbat, side: .both, note: awkwardText),
  ]

  /// The first patient's entries.
  static var firstEntries: [DiaryEntry] {
    treatments.map(DiaryEntry.treatment) + pain.map(DiaryEntry.pain) + symptoms.map(DiaryEntry.symptom)
      + aids.map(DiaryEntry.aid)
  }

  /// The second patient's: a few of their own.
  static let secondEntries: [DiaryEntry] = [
    .treatment(Treatment(day: day("2023-02-02"), kind: .totalHipReplacement, side: .left)),
    .pain(
      PainEntry(
        day: day("2023-02-03"), time: TestCalendar.time("12:00"), score: 7, location: .groin, side: .left)),
    .aid(AidPeriod(aid: .oneCrutch, from: day("2023-02-02"))),
  ]

  /// Every entry with its patient, the second patient's interleaved with the first's.
  static var entries: [(entry: DiaryEntry, patient: Patient)] {
    var all = firstEntries.map { (entry: $0, patient: first) }
    for (offset, entry) in secondEntries.enumerated() {
      all.insert((entry: entry, patient: second), at: offset * 7)
    }
    return all
  }
}
