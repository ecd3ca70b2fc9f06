import Foundation
import RecoveryModel
import RecoveryTestSupport

/// A hand-made diary of what is hard to export: two patients (one with a name that is no name), every
/// treatment kind, symptom, questionnaire and milestone, an Oxford total without answers, targets with
/// their surgeries, entries with and without time and side, an open aid period and a one-day one, and
/// free text with quotes, backslashes, line breaks, control characters and non-Latin script.
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

  // The answers below are fixed and valid, so scoring them cannot throw.

  /// Every questionnaire: HOOS JR from its answers with a time, a side and awkward text, and at its
  /// worst (score 0); iHOT-12 with a mean that is no whole number, without time or side; the Oxford
  /// Hip Score from its answers and from a total alone.
  static let scores: [ScoreEntry] = [
    try! ScoreEntry.hoosJR(
      answers: [2, 1, 1, 1, 1, 1], day: day("2024-06-01"), time: TestCalendar.time("09:15"), side: .right,
      note: awkwardText),
    try! ScoreEntry.hoosJR(answers: [4, 4, 4, 4, 4, 4], day: day("2024-06-01"), side: .left),
    try! ScoreEntry.ihot12(
      answers: [80, 75, 90, 60, 85, 70, 95, 80, 65, 90, 70, 86], day: day("2024-06-02")),
    try! ScoreEntry.oxford(
      answers: [4, 4, 3, 4, 2, 4, 4, 3, 4, 4, 0, 4], day: day("2024-06-03"), side: .both),
    try! ScoreEntry.oxford(
      total: 40, day: day("2024-06-04"), time: TestCalendar.time("23:59"), side: .left, note: "total only"),
  ]

  /// Every milestone, with and without time, side and note.
  static let milestones: [MilestoneEntry] = MilestoneKind.allCases.enumerated().map { index, kind in
    MilestoneEntry(
      day: day("2024-06-10").adding(days: index),
      time: index.isMultiple(of: 2) ? TestCalendar.time("18:00") : nil, kind: kind,
      side: [Side.left, .right, .both, nil][index % 4], note: index == 1 ? awkwardText : nil)
  }

  /// Targets counted from the psoas release (off crutches, with awkward text) and from the hip
  /// replacement (driving, at the longest target the model allows).
  static let targets: [MilestoneTarget] = {
    let release = treatments.first { $0.kind == .psoasRelease }!
    let replacement = treatments.first { $0.kind == .totalHipReplacement }!
    return [
      MilestoneTarget(
        day: release.day, kind: .offCrutches, days: 14, surgery: release.uid, note: awkwardText),
      MilestoneTarget(
        day: replacement.day, kind: .milestone(.drive), days: MilestoneTarget.daysRange.upperBound,
        surgery: replacement.uid),
    ]
  }()

  /// Every drug: doses with and without a time, a dose or a note, as needed; and courses, ended, open
  /// and one day long.
  static let medications: [MedicationEntry] =
    Drug.allCases.enumerated().map { index, drug in
      MedicationEntry(
        drug: drug, name: drug == .other ? awkwardText : nil, day: day("2024-06-01").adding(days: index),
        time: index.isMultiple(of: 2) ? TestCalendar.time("23:59") : nil,
        dose: index.isMultiple(of: 3) ? nil : drug.largestDose / 2, times: index % 4 + 1,
        asNeeded: index.isMultiple(of: 5), note: index == 1 ? awkwardText : nil)
    } + [
      MedicationEntry(
        drug: .paracetamol, day: day("2024-05-01"), isCourse: true, to: day("2024-05-22"), dose: 1000,
        times: 4),
      MedicationEntry(drug: .celecoxib, day: day("2024-05-01"), isCourse: true, dose: 200, times: 2),
      MedicationEntry(
        drug: .tramadol, day: day("2024-05-02"), isCourse: true, to: day("2024-05-03"), times: 2),
    ]

  /// The first patient's entries.
  static var firstEntries: [DiaryEntry] {
    treatments.map(DiaryEntry.treatment) + pain.map(DiaryEntry.pain) + symptoms.map(DiaryEntry.symptom)
      + aids.map(DiaryEntry.aid) + scores.map(DiaryEntry.score) + milestones.map(DiaryEntry.milestone)
      + targets.map(DiaryEntry.target) + medications.map(DiaryEntry.medication)
  }

  /// The second patient's hip replacement.
  static let secondSurgery = Treatment(day: day("2023-02-02"), kind: .totalHipReplacement, side: .left)

  /// The second patient's: a few of their own, a target counted from their own surgery among them.
  static let secondEntries: [DiaryEntry] = [
    .treatment(secondSurgery),
    .pain(
      PainEntry(
        day: day("2023-02-03"), time: TestCalendar.time("12:00"), score: 7, location: .groin, side: .left)),
    .aid(AidPeriod(aid: .oneCrutch, from: day("2023-02-02"))),
    .target(
      MilestoneTarget(
        day: day("2023-02-02"), kind: .milestone(.walkWithoutAid), days: 42, surgery: secondSurgery.uid)),
    .score(try! ScoreEntry.oxford(total: 0, day: day("2023-02-01"), side: .left)),
    .milestone(MilestoneEntry(day: day("2023-03-20"), kind: .walkWithoutAid, side: .left)),
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
