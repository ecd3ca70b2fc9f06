import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The story `recovery demo` tells, as diary entries: a bilateral hip resurfacing, two years of painful
/// catching in the right groin, three injection treatments that did not help, and a psoas release that
/// did.
///
/// Dated events are fixed; daily pain and symptoms between them are drawn from a ``SplitMix64``
/// generator, so the same seed gives identical entries, uids included, on every run:
///
/// | date | event |
/// |---|---|
/// | 2022-11-14 | hip resurfacing, both sides; two crutches to 2022-12-19, then a cane to 2023-01-09 |
/// | from 2022-12 | right groin pain most days (about 5-6/10), catching several times a day |
/// | 2023-06-05 | cortisone, right iliopsoas bursa, ultrasound guided |
/// | 2023-11-20 | PRP, right iliopsoas tendon, ultrasound guided |
/// | 2024-03-04, 04-01, 04-29 | prolotherapy rounds 1-3 (dextrose), right |
/// | 2024-10-28 | psoas release, right, arthroscopic, central compartment: cup overhanging |
/// | 2024-10-28 to 2024-11-11 | two crutches, partial weight bearing |
/// | after the release | pain falls to about 2/10 by weeks 3-4; catching stops |
///
/// Two sessions of trigger-point self-massage (2023-09-10, 2024-08-15) sit where no injection's
/// follow-up window can see them. Around the release the patient answers HOOS JR and iHOT-12 a week
/// before it and at two and four weeks after, records the surgeon's target of two weeks on crutches
/// (met: off them on day 14), and logs walking without an aid (day 16), driving (day 21) and sleeping
/// on the operated side (day 24). After each surgery the patient takes oxycodone, tapering from 10 mg
/// twice a day to 5 mg twice a day over two weeks, with regular paracetamol; after the release one more
/// oxycodone dose as needed on day 17, so the report shows the patient opioid-free from day 18. Around
/// each injection they take ibuprofen 400 mg three times a day for three days. Entries carry no entry
/// ids: a store assigns those.
public enum SeedStory {
  /// The seed `recovery demo` uses.
  public static let defaultSeed: UInt64 = 0x2022_1114_2024_1028
  /// The story's "today": four weeks after the psoas release.
  public static let reportDay = CalendarDay(year: 2024, month: 11, day: 25)!
  /// The patient's name in the demo.
  public static let patientName = "demo"

  /// The day of the bilateral hip resurfacing.
  public static let resurfacingDay = CalendarDay(year: 2022, month: 11, day: 14)!
  /// The day of the psoas release.
  public static let releaseDay = CalendarDay(year: 2024, month: 10, day: 28)!
  /// The days of the cortisone injection, the PRP injection and the three prolotherapy rounds.
  public static let injectionDays = (
    cortisone: CalendarDay(year: 2023, month: 6, day: 5)!,
    prp: CalendarDay(year: 2023, month: 11, day: 20)!,
    prolotherapy: [
      CalendarDay(year: 2024, month: 3, day: 4)!, CalendarDay(year: 2024, month: 4, day: 1)!,
      CalendarDay(year: 2024, month: 4, day: 29)!,
    ]
  )

  /// The story's entries up to ``reportDay``.
  public static func history(seed: UInt64 = defaultSeed) -> History {
    var writer = Writer(seed: seed)
    writer.writeTreatmentsAndAids()
    var day = resurfacingDay
    while day <= reportDay {
      writer.writeDay(day)
      day = day.adding(days: 1)
    }
    writer.writeOutcomes()
    writer.writeMedications()
    return History(
      patient: patientName, treatments: writer.treatments, pain: writer.pain, symptoms: writer.symptoms,
      aids: writer.aids, scores: writer.scores, milestones: writer.milestones, targets: writer.targets,
      medications: writer.medications)
  }

  /// The story's entries as records, in diary order.
  public static func entries(seed: UInt64 = defaultSeed) -> [DiaryEntry] {
    history(seed: seed).entries
  }

  /// Builds the entries; the numbers that shape the story live here.
  private struct Writer {
    /// Draws the daily data.
    var random: SplitMix64
    /// Draws uids, kept apart from ``random`` so adding an entry does not reshuffle every day's data.
    var uids: SplitMix64
    var treatments: [Treatment] = []
    var pain: [PainEntry] = []
    var symptoms: [SymptomEntry] = []
    var aids: [AidPeriod] = []
    /// Draws the uids of questionnaires, milestones and targets, apart from ``uids`` so those entries
    /// leave every other entry's uid as it was.
    var outcomeUids: SplitMix64
    var scores: [ScoreEntry] = []
    var milestones: [MilestoneEntry] = []
    var targets: [MilestoneTarget] = []
    /// Draws the uids of medications, apart from the others so that they leave every other uid as it
    /// was.
    var medicationUids: SplitMix64
    var medications: [MedicationEntry] = []

    init(seed: UInt64) {
      random = SplitMix64(seed: seed)
      uids = SplitMix64(seed: seed ^ 0x5EED_0F_0D5)
      outcomeUids = SplitMix64(seed: seed ^ 0x0C0_3E5)
      medicationUids = SplitMix64(seed: seed ^ 0x0ED_1CA7E)
    }

    /// Oxycodone tapering and paracetamol after each surgery, one more oxycodone dose as needed after
    /// the release, and ibuprofen for three days from each injection.
    mutating func writeMedications() {
      for surgery in [SeedStory.resurfacingDay, SeedStory.releaseDay] {
        medications += [
          MedicationEntry(
            uid: medicationUids.uuid(), drug: .oxycodone, day: surgery, isCourse: true,
            to: surgery.adding(days: 7), dose: 10, times: 2),
          MedicationEntry(
            uid: medicationUids.uuid(), drug: .oxycodone, day: surgery.adding(days: 7), isCourse: true,
            to: surgery.adding(days: 14), dose: 5, times: 2),
          MedicationEntry(
            uid: medicationUids.uuid(), drug: .paracetamol, day: surgery, isCourse: true,
            to: surgery.adding(days: 21), dose: 1000, times: 4),
        ]
      }
      medications.append(
        MedicationEntry(
          uid: medicationUids.uuid(), drug: .oxycodone, day: SeedStory.releaseDay.adding(days: 17),
          time: TimeOfDay(hour: 22, minute: 0), dose: 5, asNeeded: true, note: "Could not sleep."))
      let injections =
        [SeedStory.injectionDays.cortisone, SeedStory.injectionDays.prp]
        + SeedStory.injectionDays.prolotherapy
      for day in injections {
        medications.append(
          MedicationEntry(
            uid: medicationUids.uuid(), drug: .ibuprofen, day: day, isCourse: true, to: day.adding(days: 3),
            dose: 400, times: 3))
      }
    }

    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    mutating func writeTreatmentsAndAids() {
      let right = Side.right
      let fixed: [Treatment] = [
        Treatment(
          uid: uids.uuid(), day: SeedStory.resurfacingDay, kind: .hipResurfacing, side: .both,
          approach: .open, note: "Both hips on the same day."),
        Treatment(
          uid: uids.uuid(), day: SeedStory.injectionDays.cortisone, kind: .cortisone, side: right,
          target: .iliopsoasBursa, guidance: .ultrasound, agent: "triamcinolone", dose: "40 mg",
          note: "Mixed with local anaesthetic."),
        Treatment(
          uid: uids.uuid(), day: Self.day("2023-09-10"), kind: .selfMassage, side: right,
          note: "Lower psoas and iliacus trigger points, 10 minutes."),
        Treatment(
          uid: uids.uuid(), day: SeedStory.injectionDays.prp, kind: .prp, side: right,
          target: .iliopsoasTendon, guidance: .ultrasound, note: "Leukocyte-poor."),
      ]
      treatments += fixed
      for (index, day) in SeedStory.injectionDays.prolotherapy.enumerated() {
        treatments.append(
          Treatment(
            uid: uids.uuid(), day: day, kind: .prolotherapy, side: right, agent: "dextrose 15%",
            round: index + 1, note: "In case the catching came from scar tissue."))
      }
      treatments.append(
        Treatment(
          uid: uids.uuid(), day: Self.day("2024-08-15"), kind: .selfMassage, side: right,
          note: "Upper and lower psoas trigger points."))
      treatments.append(
        Treatment(
          uid: uids.uuid(), day: SeedStory.releaseDay, kind: .psoasRelease, side: right,
          level: .centralCompartment, approach: .arthroscopic, finding: "cup overhanging",
          note: "Released at the central compartment to keep stability."))
      aids = [
        AidPeriod(
          uid: uids.uuid(), aid: .twoCrutches, from: SeedStory.resurfacingDay, to: Self.day("2022-12-19"),
          weightBearing: .wbat),
        AidPeriod(uid: uids.uuid(), aid: .cane, from: Self.day("2022-12-19"), to: Self.day("2023-01-09")),
        AidPeriod(
          uid: uids.uuid(), aid: .twoCrutches, from: SeedStory.releaseDay, to: Self.day("2024-11-11"),
          weightBearing: .pwb),
      ]
    }

    /// -1, 0 or +1: the day-to-day wobble of a pain score.
    mutating func wobble() -> Int {
      let draw = random.unit()
      return draw < 0.2 ? -1 : draw < 0.8 ? 0 : 1
    }

    mutating func time(hours: ClosedRange<Int>) -> TimeOfDay {
      TimeOfDay(hour: random.int(in: hours), minute: random.int(in: 0...59))!
    }

    mutating func addPain(
      _ day: CalendarDay, _ score: Int, hours: ClosedRange<Int>, location: BodyLocation, side: Side,
      activity: Activity? = nil, note: String? = nil
    ) {
      pain.append(
        PainEntry(
          uid: uids.uuid(), day: day, time: time(hours: hours), score: min(max(score, 0), 10),
          location: location, side: side, activity: activity, note: note))
    }

    mutating func writeDay(_ day: CalendarDay) {
      let sinceResurfacing = day.days(since: SeedStory.resurfacingDay)
      let sinceRelease = day.days(since: SeedStory.releaseDay)
      if day < Self.day("2022-12-01") {
        // Wound pain in both hips, easing over the first two weeks.
        if random.chance(0.9) {
          let base = 6.0 - 2.0 * Double(sinceResurfacing) / 16
          addPain(day, Int(base.rounded()) + wobble(), hours: 8...10, location: .hip, side: .both)
        }
        if sinceResurfacing >= 7, random.chance(0.4) {
          addCatching(day, count: random.int(in: 1...2), severity: nil)
        }
      } else if sinceRelease < 0 {
        writeChronicDay(day)
      } else if random.chance(0.95) || day == SeedStory.reportDay {
        // After the release: wound pain settling to about 2/10 by weeks 3-4, and no more catching.
        let base = max(2.0, 5.5 - 3.5 * Double(sinceRelease) / 17)
        let activity: Activity? = random.chance(0.3) ? .walking : nil
        addPain(
          day, Int(base.rounded()) + wobble(), hours: 8...20, location: .groin, side: .right,
          activity: activity)
      }
      writeTriggerPoints(day)
    }

    /// A day between the resurfacing and the release: right groin pain about 5-6/10 most days, catching
    /// several times a day, worse on stairs and getting into a car; the injections change nothing
    /// beyond a few days.
    mutating func writeChronicDay(_ day: CalendarDay) {
      guard random.chance(0.85) else { return }
      let draw = random.unit()
      var score = draw < 0.1 ? 4 : draw < 0.45 ? 5 : draw < 0.85 ? 6 : 7
      let sinceCortisone = day.days(since: SeedStory.injectionDays.cortisone)
      // The steroid eases things for under a week, well before its follow-up window opens on day 7.
      if (1...5).contains(sinceCortisone) { score -= 2 }
      // A short flare after PRP and each prolotherapy round.
      let regenerative = [SeedStory.injectionDays.prp] + SeedStory.injectionDays.prolotherapy
      if regenerative.contains(where: { (1...3).contains(day.days(since: $0)) }) { score += 1 }
      let activityDraw = random.unit()
      let activity: Activity? =
        activityDraw < 0.35 ? .stairs : activityDraw < 0.6 ? .car : activityDraw < 0.75 ? .sitToStand : nil
      addPain(day, score, hours: 7...10, location: .groin, side: .right, activity: activity)
      if sinceCortisone == 0 {
        // The local anaesthetic's same-day relief: the before/after pair a clinician asks about.
        addPain(
          day, max(score - 4, 1), hours: 14...15, location: .groin, side: .right,
          note: "An hour after the injection.")
      }
      if random.chance(0.3) {
        // Psoas pain also refers to the front of the thigh and the lower back.
        let location: BodyLocation = random.chance(0.5) ? .frontThigh : .lowerBack
        addPain(day, score - 2 - random.int(in: 0...1), hours: 18...21, location: location, side: .right)
      }
      if random.chance(0.8) {
        addCatching(day, count: random.int(in: 2...6), severity: random.int(in: 4...6))
      }
    }

    mutating func addCatching(_ day: CalendarDay, count: Int, severity: Int?) {
      let draw = random.unit()
      let activity: Activity? = draw < 0.5 ? .stairs : draw < 0.8 ? .car : nil
      symptoms.append(
        SymptomEntry(
          uid: uids.uuid(), day: day, time: time(hours: 11...19), kind: .catching, count: count,
          severity: severity, location: .groin, side: .right, activity: activity))
    }

    /// Questionnaires a week before the release and two and four weeks after it, improving as the pain
    /// eases: HOOS JR from raw 14 to 9 to 5 (46.652, 61.815, 73.472), iHOT-12 from about 38 to 56 to
    /// 71; the surgeon's target of two weeks on crutches; and the milestones of the first month.
    mutating func writeOutcomes() {
      let release = SeedStory.releaseDay
      let visits = [release.adding(days: -7), release.adding(days: 14), release.adding(days: 28)]
      // In the questionnaire's order: stairs, uneven ground, rising from sitting, bending to the
      // floor, lying in bed, sitting. Stairs and rising (hip flexion) stay the hardest.
      let hoos = [[3, 2, 3, 2, 2, 2], [2, 1, 2, 2, 1, 1], [1, 1, 1, 1, 0, 1]]
      let ihot = [
        [30, 35, 40, 45, 30, 40, 35, 50, 45, 40, 30, 35], [50, 55, 60, 55, 50, 60, 55, 65, 60, 55, 50, 55],
        [70, 70, 75, 70, 65, 75, 70, 80, 75, 70, 65, 70],
      ]
      for (index, day) in visits.enumerated() {
        let time = TimeOfDay(hour: 9, minute: 30)
        // The answers are fixed and valid, so the constructors cannot throw here.
        scores.append(
          try! ScoreEntry.hoosJR(
            answers: hoos[index], day: day, time: time, side: .right, uid: outcomeUids.uuid()))
        scores.append(
          try! ScoreEntry.ihot12(
            answers: ihot[index], day: day, time: time, side: .right, uid: outcomeUids.uuid()))
      }
      if let surgery = treatments.first(where: { $0.kind == .psoasRelease }) {
        targets.append(
          MilestoneTarget(
            uid: outcomeUids.uuid(), day: release, kind: .offCrutches, days: 14, surgery: surgery.uid,
            note: "Two weeks on crutches."))
      }
      let reached: [(Int, MilestoneKind, String)] = [
        (16, .walkWithoutAid, "Round the block without crutches."),
        (21, .drive, "Short drive to the shops; getting in is fine now."),
        (24, .sleepOnSide, "Slept on the right side."),
      ]
      for (days, kind, note) in reached {
        milestones.append(
          MilestoneEntry(
            uid: outcomeUids.uuid(), day: release.adding(days: days), time: TimeOfDay(hour: 20, minute: 0),
            kind: kind, side: .right, note: note))
      }
    }

    /// Tender points found on the days around each self-massage.
    static let triggerPoints: [CalendarDay: (TriggerPoint, Int, String)] = [
      day("2023-09-08"): (.lowerPsoas, 6, "Tender just inside the front hip bone."),
      day("2023-09-10"): (.iliacus, 5, "Tender on the inner upper thigh below the groin."),
      day("2024-08-14"): (.upperPsoas, 5, "Tender beside the navel."),
      day("2024-08-15"): (.lowerPsoas, 6, "Tender just inside the front hip bone."),
    ]

    mutating func writeTriggerPoints(_ day: CalendarDay) {
      guard let (point, severity, note) = Self.triggerPoints[day] else { return }
      symptoms.append(
        SymptomEntry(
          uid: uids.uuid(), day: day, time: TimeOfDay(hour: 21, minute: 0), kind: .triggerPoint,
          severity: severity, point: point, side: .right, note: note))
    }
  }
}
