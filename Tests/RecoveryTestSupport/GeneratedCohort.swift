import RecoveryDemo
import RecoveryModel

/// A cohort of many patients drawn from a seed, for checking that the cohort adds up what the
/// single-patient reports say.
///
/// Each patient has a year of pain logged on most days (on the right side or without a side), a
/// stretch without any, one to four treatments of any kind (psoas releases with or without a level,
/// injections with or without a target, repeats that form courses), crutch periods after surgeries,
/// some symptoms and notes, and a few questionnaires of any instrument on random days and sides (some
/// before and after a surgery, some after the report day); some patients have nothing logged at all,
/// or only entries after the report day.
package enum GeneratedCohort {
  /// The report day the cohort is made for.
  package static let asOf = TestCalendar.day("2024-12-31")

  /// `count` patients drawn from `seed`.
  package static func patients(_ count: Int, seed: UInt64) -> [CohortStore.Patient] {
    var random = SplitMix64(seed: seed)
    let start = TestCalendar.day("2024-01-01")
    return (1...count).map { number in
      let name = "Patient \(number)"
      let uid = CohortStore.patientUID(1000 + number)
      if random.chance(0.08) { return CohortStore.Patient(name: name, uid: uid, history: History()) }
      if random.chance(0.04) {
        let late = PainEntry(day: asOf.adding(days: 3), score: 5, location: .groin)
        return CohortStore.Patient(name: name, uid: uid, history: History(pain: [late]))
      }
      var treatments: [Treatment] = []
      var aids: [AidPeriod] = []
      var day = start.adding(days: random.int(in: 10...60))
      for _ in 0..<random.int(in: 1...4) {
        let kind = random.pick(TreatmentKind.allCases)
        let side = random.pick([Side.right, .right, .left, .both, nil])
        var treatment = Treatment(day: day, kind: kind, side: side)
        if kind == .other { treatment.name = "Secret method \(number)" }
        if kind == .psoasRelease {
          treatment.level = random.pick([nil] + ReleaseLevel.allCases.map(Optional.some))
        }
        if kind.category == .injection {
          treatment.target = random.pick([nil] + InjectionTarget.allCases.map(Optional.some))
          if random.chance(0.3) { treatment.round = 1 }
        }
        if random.chance(0.3) { treatment.note = "Note \(number) \(treatments.count)" }
        treatments.append(treatment)
        if kind.category == .injection, random.chance(0.35) {
          // A repeat soon after, which joins the course.
          var repeated = treatment
          repeated.day = day.adding(days: random.int(in: 10...30))
          repeated.note = nil
          repeated.round = treatment.round.map { $0 + 1 }
          treatments.append(repeated)
          day = repeated.day
        }
        if kind.category == .surgery, random.chance(0.7) {
          let to = random.chance(0.15) ? nil : day.adding(days: random.int(in: 1...60))
          aids.append(
            AidPeriod(aid: random.pick([.twoCrutches, .oneCrutch]), from: day, to: to))
          guard let to else { break }
          // Periods of one aid may not overlap: the next treatment comes after this one ends.
          day = max(day, to)
        }
        day = day.adding(days: random.int(in: 20...120))
        if day > asOf { break }
      }
      treatments = treatments.filter { $0.day <= asOf }
      let gapStart = random.int(in: 0...300)
      let gapLength = random.int(in: 0...60)
      var pain: [PainEntry] = []
      for offset in 0..<366 where random.chance(0.85) && !(gapStart..<(gapStart + gapLength)).contains(offset)
      {
        pain.append(
          PainEntry(
            day: start.adding(days: offset), score: random.int(in: 0...10), location: .groin,
            side: random.pick([Side.right, .left, nil]),
            note: random.chance(0.02) ? "Pain note \(number)" : nil))
      }
      let symptoms = (0..<random.int(in: 0...5)).map { _ in
        SymptomEntry(
          day: start.adding(days: random.int(in: 0...365)), kind: .catching, count: random.int(in: 0...3))
      }
      let scores = (0..<random.int(in: 0...6)).map { _ in
        let day = start.adding(days: random.int(in: 0...380))
        let side = random.pick([Side.right, .left, .both, nil])
        let instrument = random.pick(Instrument.allCases)
        let answers = (0..<instrument.answerCount).map { _ in random.int(in: instrument.answerRange) }
        return try! ScoreEntry.scoring(instrument, answers: answers, day: day, side: side)
      }
      return CohortStore.Patient(
        name: name, uid: uid,
        history: History(treatments: treatments, pain: pain, symptoms: symptoms, aids: aids, scores: scores))
    }
  }
}
