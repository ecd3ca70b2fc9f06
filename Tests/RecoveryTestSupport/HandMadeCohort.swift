import RecoveryModel

/// Six patients whose cohort figures can be worked out by hand, as of ``asOf``
/// (windows: baseline days -14..-1; psoas release 14-42, cortisone 7-42, PRP 28-84, other surgeries 42-84).
///
/// - Ann: psoas release (central compartment) 2024-06-01, pain 8 before and 2 after: -6 points,
///   -75%, substantial improvement; two crutches for 14 days.
/// - Bob: psoas release (lesser trochanter) 2024-05-01, pain 6 before and 5 after: -1, -16.7%, no
///   meaningful change; crutches 7 days. Cortisone into the iliopsoas bursa 2024-08-01 and again
///   2024-08-20, one course: pain 5 before and 2 after, -3, -60%, substantial improvement.
/// - Cat: psoas release (no level) 2024-12-20 and cortisone (no target) 2024-12-28, both pending on
///   the report day; crutches from 2024-12-20, still in use: 12 days so far (the report day counted),
///   left out of the cohort's crutch days and counted as still on crutches.
/// - Dan: nothing logged.
/// - Eve: psoas release (central compartment) 2024-03-01, pain 7 before and 4 after: -3, -42.9%,
///   meaningful improvement; no crutches (0 days). PRP into the iliopsoas tendon 2024-07-01 with 2
///   days of pain after it, and an `other` treatment, both insufficient data. Eve's entries carry
///   notes, a provider, a finding and a free treatment name, none of which a cohort may show.
/// - Fay: total hip replacement 2024-01-10 without pain data (insufficient data); crutches 42 days.
///
/// Psoas releases: 4 responses of 4 patients; judged 3 (1 substantial, 1 meaningful, 1 no change) and
/// 1 pending; changes -6, -3, -1 (median -3, quartiles -4.5 and -2); crutch days 0, 7, 14 (median 7,
/// quartiles 3.5 and 10.5) and one still on crutches.
///
/// Questionnaires (thresholds: Oxford 8, iHOT-12 13, HOOS JR 22 between scores 0-90 days before and
/// 270-365 days after surgery):
/// - Ann: Oxford 20 before her release and 32 after (+12, reached); a later 10, after the report
///   day, does not count. iHOT-12 40 to 60 (+20, reached).
/// - Bob: Oxford 25 to 28 for his right hip (+3, short of the threshold); a 40 for the left hip does
///   not count for his right-sided release.
/// - Cat: Oxford 18 before her release and none after: no change.
/// - Eve: Oxford 18 to 27 (+9, reached); iHOT-12 30 to 40.5 (+10.5, short).
/// - Fay: HOOS JR 46.652 (raw 14) before her hip replacement and 76.776 (raw 4) after (+30.124, on
///   day 91: early, not judged); her April score is her only entry from March to December.
///
/// Psoas releases' Oxford: 3 changes of 3 patients, +3, +9, +12 (median 9, quartiles 6 and 10.5), 2
/// reached; iHOT-12: 2 changes, +10.5 and +20 (median 15.25, quartiles 12.875 and 17.625), 1 reached.
/// Hip replacement's HOOS JR: 1 change, +30.124, not judged.
package enum HandMadeCohort {
  package static let asOf = TestCalendar.day("2024-12-31")

  /// The free text in the cohort's entries, which no cohort output may contain.
  package static let freeText = [
    "Ann's secret note", "Dr Hidden", "cup overhanging badly", "Moon water", "Eve's pain note",
    "Fay's aid note", "Ann's score note",
  ]

  package static var patients: [CohortStore.Patient] {
    [
      CohortStore.Patient(
        name: "Ann Example", uid: CohortStore.patientUID(1),
        history: History(
          treatments: [
            Treatment(
              day: day("2024-06-01"), kind: .psoasRelease, side: .right, level: .centralCompartment,
              note: "Ann's secret note")
          ],
          pain: scores("2024-05-18", 14, 8) + scores("2024-06-15", 29, 2),
          aids: [AidPeriod(aid: .twoCrutches, from: day("2024-06-01"), to: day("2024-06-15"))],
          scores: [
            oxford("2024-05-25", 20, side: .right, note: "Ann's score note"), oxford("2024-09-01", 32),
            oxford("2025-01-10", 10), ihot12("2024-05-25", Array(repeating: 40, count: 12)),
            ihot12("2024-09-01", Array(repeating: 60, count: 12)),
          ])),
      CohortStore.Patient(
        name: "Bob Example", uid: CohortStore.patientUID(2),
        history: History(
          treatments: [
            Treatment(day: day("2024-05-01"), kind: .psoasRelease, side: .right, level: .lesserTrochanter),
            Treatment(day: day("2024-08-01"), kind: .cortisone, side: .right, target: .iliopsoasBursa),
            Treatment(day: day("2024-08-20"), kind: .cortisone, side: .right, target: .iliopsoasBursa),
          ],
          pain: scores("2024-04-17", 14, 6) + scores("2024-05-15", 29, 5) + scores("2024-07-18", 14, 5)
            + scores("2024-08-27", 36, 2),
          aids: [AidPeriod(aid: .oneCrutch, from: day("2024-05-01"), to: day("2024-05-08"))],
          scores: [
            oxford("2024-04-20", 25), oxford("2024-07-01", 28, side: .right),
            oxford("2024-09-01", 40, side: .left),
          ])),
      CohortStore.Patient(
        name: "Cat Example", uid: CohortStore.patientUID(3),
        history: History(
          treatments: [
            Treatment(day: day("2024-12-20"), kind: .psoasRelease, side: .left),
            Treatment(day: day("2024-12-28"), kind: .cortisone, side: .left),
          ],
          pain: scores("2024-12-06", 14, 6),
          aids: [AidPeriod(aid: .twoCrutches, from: day("2024-12-20"))],
          scores: [oxford("2024-12-10", 18)])),
      CohortStore.Patient(name: "Dan Example", uid: CohortStore.patientUID(4), history: History()),
      CohortStore.Patient(
        name: "Eve Example", uid: CohortStore.patientUID(5),
        history: History(
          treatments: [
            Treatment(
              day: day("2024-03-01"), kind: .psoasRelease, side: .right, level: .centralCompartment,
              provider: "Dr Hidden", finding: "cup overhanging badly"),
            Treatment(day: day("2024-07-01"), kind: .prp, side: .right, target: .iliopsoasTendon),
            Treatment(day: day("2024-10-01"), kind: .other, name: "Moon water", side: .right),
          ],
          pain: scores("2024-02-16", 14, 7) + scores("2024-03-15", 29, 4) + scores("2024-06-17", 14, 6)
            + scores("2024-07-29", 2, 3)
            + [
              PainEntry(
                day: day("2024-01-05"), score: 6, location: .groin, side: .right, note: "Eve's pain note")
            ],
          scores: [
            oxford("2024-02-20", 18), oxford("2024-06-01", 27),
            ihot12("2024-02-20", Array(repeating: 30, count: 12)),
            ihot12("2024-06-01", Array(repeating: 40, count: 11) + [46]),
          ])),
      CohortStore.Patient(
        name: "Fay Example", uid: CohortStore.patientUID(6),
        history: History(
          treatments: [Treatment(day: day("2024-01-10"), kind: .totalHipReplacement, side: .left)],
          aids: [
            AidPeriod(
              aid: .twoCrutches, from: day("2024-01-10"), to: day("2024-02-21"), note: "Fay's aid note")
          ],
          scores: [
            score(.hoosJR, "2024-01-05", [3, 3, 2, 2, 2, 2]),
            score(.hoosJR, "2024-04-10", [1, 1, 1, 1, 0, 0]),
          ])),
    ]
  }

  private static func day(_ text: String) -> CalendarDay {
    TestCalendar.day(text)
  }

  /// An Oxford Hip Score given as a total.
  private static func oxford(
    _ date: String, _ total: Int, side: Side? = nil, note: String? = nil
  ) -> ScoreEntry {
    try! ScoreEntry.oxford(total: total, day: day(date), side: side, note: note)
  }

  /// An iHOT-12 from its twelve answers.
  private static func ihot12(_ date: String, _ answers: [Int]) -> ScoreEntry {
    score(.ihot12, date, answers)
  }

  /// A questionnaire from its answers.
  private static func score(_ instrument: Instrument, _ date: String, _ answers: [Int]) -> ScoreEntry {
    try! ScoreEntry.scoring(instrument, answers: answers, day: day(date))
  }

  /// `count` days of groin pain `score` from `start`.
  private static func scores(_ start: String, _ count: Int, _ score: Int) -> [PainEntry] {
    (0..<count).map { PainEntry(day: day(start).adding(days: $0), score: score, location: .groin) }
  }
}
