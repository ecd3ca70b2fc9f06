import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// One synthetic patient of a clinic's store, for the cohort benchmark: about two years of diary, the
/// same on every run and machine.
///
/// Each patient has one surgery, or two (three in ten); two crutches after each, then a cane for some;
/// a cortisone injection, for some repeated as a course, PRP for some and a three-round prolotherapy
/// course for others; physiotherapy for half of them. Pain is logged on nine days in ten at the groin and
/// on most of those days at the front of the thigh too, some days twice; catching most days, clicking
/// now and then, a trigger point weekly for half of them. Pain follows each treatment's effect, drawn per
/// patient, so the cohort sees every verdict. About 2,000 entries a patient for two years.
///
/// Everything is drawn from a generator seeded with the patient's number, so a patient's history does
/// not depend on how many patients the store holds.
struct CohortPatient {
  /// The earliest first day of a history; each patient starts up to a month later.
  static let firstDay = CalendarDay(year: 2023, month: 1, day: 1)!
  /// A report day after every history, for `--as-of` and the store's "not in the future" check.
  static let asOf = CalendarDay(year: 2025, month: 6, day: 30)!
  /// The longest history that stays before ``asOf``.
  static let maximumDays = asOf.days(since: firstDay) - 31

  /// The patient's number, from 1.
  let number: Int
  /// The history's length in days.
  let days: Int

  /// The name the store knows the patient by: "patient-0042".
  var name: String {
    let digits = String(number)
    return "patient-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// A treatment planned on a day of the history, with how much it changes the patient's pain.
  private struct Planned {
    var offset: Int
    var treatment: Treatment
    /// Points added to the pain level from the day the treatment takes effect.
    var effect: Int
    /// Days before the effect shows.
    var delay: Int
  }

  /// The patient's entries in day order: each day's treatments, walking aids, pain, then symptoms.
  func entries() -> [DiaryEntry] {
    var random = BenchRandom(seed: 0xC0_4057_0000 &+ UInt64(number) &* 0x9E37_79B9)
    func uid() -> UUID { Self.uid(&random) }
    let start = Self.firstDay.adding(days: random.below(31))
    let side: Side = random.below(2) == 0 ? .right : .left
    func between(_ low: Double, _ high: Double) -> Int {
      let lower = Int(Double(days) * low)
      return lower + random.below(max(1, Int(Double(days) * high) - lower))
    }

    var plan: [Planned] = []
    var surgeries = [between(0.05, 0.25)]
    if random.below(10) < 3 { surgeries.append(between(0.45, 0.8)) }
    for offset in surgeries {
      let kinds: [TreatmentKind] = [.hipResurfacing, .totalHipReplacement, .hipArthroscopy, .psoasRelease]
      let kind = kinds[random.below(kinds.count)]
      let level =
        kind == .psoasRelease ? ReleaseLevel.allCases[random.below(ReleaseLevel.allCases.count)] : nil
      let approach: SurgicalApproach =
        kind == .hipArthroscopy || kind == .psoasRelease ? .arthroscopic : .open
      let treatment = Treatment(
        uid: uid(), day: start.adding(days: offset), kind: kind, side: side, level: level, approach: approach,
        provider: random.below(4) == 0 ? "Dr Example" : nil)
      plan.append(Planned(offset: offset, treatment: treatment, effect: random.below(5) - 3, delay: 21))
    }
    let cortisone = between(0.3, 0.4)
    let targets: [InjectionTarget] = [.iliopsoasBursa, .hipJoint, .trochantericBursa]
    let target = targets[random.below(targets.count)]
    let cortisoneEffect = random.below(5) - 3
    for (index, offset) in [cortisone, cortisone + 21 + random.below(15)].enumerated() {
      guard index == 0 || random.below(10) < 4 else { continue }
      let treatment = Treatment(
        uid: uid(), day: start.adding(days: offset), kind: .cortisone, side: side, target: target,
        guidance: .ultrasound, agent: "triamcinolone 40 mg")
      plan.append(
        Planned(offset: offset, treatment: treatment, effect: index == 0 ? cortisoneEffect : 0, delay: 5))
    }
    if random.below(2) == 0 {
      let treatment = Treatment(
        uid: uid(), day: start.adding(days: between(0.5, 0.6)), kind: .prp, side: side,
        target: .iliopsoasTendon,
        guidance: .ultrasound)
      plan.append(
        Planned(
          offset: treatment.day.days(since: start), treatment: treatment, effect: random.below(4) - 2,
          delay: 21))
    } else {
      let first = between(0.6, 0.65)
      let effect = random.below(4) - 2
      for round in 1...3 {
        let offset = first + 28 * (round - 1)
        let treatment = Treatment(
          uid: uid(), day: start.adding(days: offset), kind: .prolotherapy, side: side, agent: "dextrose 15%",
          round: round)
        plan.append(Planned(offset: offset, treatment: treatment, effect: round == 3 ? effect : 0, delay: 21))
      }
    }
    if random.below(2) == 0 {
      let treatment = Treatment(
        uid: uid(), day: start.adding(days: between(0.85, 0.95)), kind: .physiotherapy)
      plan.append(
        Planned(
          offset: treatment.day.days(since: start), treatment: treatment, effect: -random.below(2), delay: 14)
      )
    }
    plan = plan.filter { $0.offset < days }.sorted { $0.offset < $1.offset }

    // Two crutches from each surgery, then a cane for some, each stopping before the next surgery.
    var aids: [Int: [AidPeriod]] = [:]
    for (index, offset) in surgeries.enumerated() where offset < days {
      let limit = index + 1 < surgeries.count ? surgeries[index + 1] : days
      let crutchEnd = min(offset + 7 + random.below(36), limit)
      let bearing: [WeightBearing] = [.nwb, .ttwb, .pwb, .pwb]
      aids[offset, default: []].append(
        AidPeriod(
          uid: uid(), aid: .twoCrutches, from: start.adding(days: offset), to: start.adding(days: crutchEnd),
          weightBearing: bearing[random.below(bearing.count)], side: side))
      let caneEnd = min(crutchEnd + 7 + random.below(22), limit)
      if random.below(2) == 0, caneEnd > crutchEnd {
        aids[crutchEnd, default: []].append(
          AidPeriod(
            uid: uid(), aid: .cane, from: start.adding(days: crutchEnd), to: start.adding(days: caneEnd)))
      }
    }

    let baseline = 4 + random.below(4)
    let weeklyTriggerPoint = random.below(2) == 0
    let activities = Activity.allCases
    var entries: [DiaryEntry] = []
    entries.reserveCapacity(days * 3)
    for offset in 0..<days {
      let day = start.adding(days: offset)
      for planned in plan where planned.offset == offset { entries.append(.treatment(planned.treatment)) }
      for period in aids[offset] ?? [] { entries.append(.aid(period)) }
      var level = baseline
      for planned in plan where offset >= planned.offset {
        if offset >= planned.offset + planned.delay { level += planned.effect }
        // Pain peaks in the first two weeks after surgery.
        if planned.treatment.category == .surgery, offset - planned.offset < 14 { level += 2 }
      }
      func score(_ shift: Int) -> Int { min(10, max(0, level + shift + random.below(3) - 1)) }
      func activity() -> Activity? { random.below(2) == 0 ? nil : activities[random.below(activities.count)] }
      if random.below(10) < 9 {
        let note = random.below(200) == 0 ? "worse after a long walk with the dog" : nil
        entries.append(
          .pain(
            PainEntry(
              uid: uid(), day: day, time: TimeOfDay(hour: 7 + random.below(4), minute: random.below(60)),
              score: score(0), location: .groin, side: side, activity: activity(), note: note)))
        if random.below(4) < 3 {
          entries.append(
            .pain(
              PainEntry(
                uid: uid(), day: day, time: TimeOfDay(hour: 7 + random.below(4), minute: random.below(60)),
                score: score(-1), location: .frontThigh, side: side, activity: activity())))
        }
        if random.below(10) < 4 {
          entries.append(
            .pain(
              PainEntry(
                uid: uid(), day: day, time: TimeOfDay(hour: 18 + random.below(4), minute: random.below(60)),
                score: score(1), location: .groin, side: side, activity: activity())))
        }
      }
      if random.below(2) == 0 {
        entries.append(
          .symptom(
            SymptomEntry(
              uid: uid(), day: day, kind: .catching, count: 1 + random.below(6), location: .groin, side: side,
              activity: activity())))
      }
      if random.below(7) == 0 {
        entries.append(
          .symptom(SymptomEntry(uid: uid(), day: day, kind: .clicking, count: 1 + random.below(3))))
      }
      if weeklyTriggerPoint, offset % 7 == 3 {
        entries.append(
          .symptom(
            SymptomEntry(
              uid: uid(), day: day, kind: .triggerPoint, severity: 3 + random.below(5), point: .lowerPsoas,
              side: side)))
      }
      if random.below(50) == 0 {
        entries.append(.symptom(SymptomEntry(uid: uid(), day: day, kind: .numbness, location: .frontThigh)))
      }
    }
    return entries
  }

  /// A version-4 UUID from the generator.
  static func uid(_ random: inout BenchRandom) -> UUID {
    let high = (random.next() & ~0xF000) | 0x4000
    let low = (random.next() & ~(0xC000 << 48)) | (0x8000 << 48)
    func byte(_ word: UInt64, _ index: UInt64) -> UInt8 {
      UInt8(truncatingIfNeeded: word >> (56 - 8 * index))
    }
    return UUID(
      uuid: (
        byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3), byte(high, 4), byte(high, 5),
        byte(high, 6), byte(high, 7), byte(low, 0), byte(low, 1), byte(low, 2), byte(low, 3), byte(low, 4),
        byte(low, 5), byte(low, 6), byte(low, 7)
      ))
  }
}
