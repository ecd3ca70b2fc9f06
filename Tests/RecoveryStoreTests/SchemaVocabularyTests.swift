import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// The schema's CHECK lists are written out literally; every word the model knows must still be
/// accepted by them, or a valid entry would fail with an SQLite error.
struct SchemaVocabularyTests {
  static let day = Sample.day("2024-11-01")

  /// Entries that between them use every word of every vocabulary.
  static let entries: [(String, [DiaryEntry])] = [
    (
      "drugs, each at its largest dose",
      Drug.allCases.map {
        .medication(
          MedicationEntry(
            drug: $0, name: $0 == .other ? "dexamethasone" : nil, day: day, dose: $0.largestDose))
      }
    ),
    (
      "treatment kinds",
      TreatmentKind.allCases.map {
        .treatment(Treatment(day: day, kind: $0, name: $0 == .other ? "acupuncture" : nil))
      }
    ),
    (
      "release levels",
      ReleaseLevel.allCases.map { .treatment(Treatment(day: day, kind: .psoasRelease, level: $0)) }
    ),
    (
      "approaches on every surgery",
      TreatmentKind.allCases.filter { $0.category == .surgery }.flatMap { kind in
        SurgicalApproach.allCases.map { .treatment(Treatment(day: day, kind: kind, approach: $0)) }
      }
    ),
    (
      "targets and guidance on every injection",
      TreatmentKind.allCases.filter { $0.category == .injection }.flatMap { kind in
        InjectionTarget.allCases.flatMap { target in
          ImageGuidance.allCases.map {
            .treatment(Treatment(day: day, kind: kind, target: target, guidance: $0))
          }
        }
      }
    ),
    (
      "sides on treatments", Side.allCases.map { .treatment(Treatment(day: day, kind: .cortisone, side: $0)) }
    ),
    (
      "body locations in pain",
      BodyLocation.allCases.map { .pain(PainEntry(day: day, score: 3, location: $0)) }
    ),
    ("sides in pain", Side.allCases.map { .pain(PainEntry(day: day, score: 3, side: $0)) }),
    ("activities in pain", Activity.allCases.map { .pain(PainEntry(day: day, score: 3, activity: $0)) }),
    (
      "symptom kinds",
      SymptomKind.allCases.map {
        .symptom(SymptomEntry(day: day, kind: $0, point: $0 == .triggerPoint ? .iliacus : nil))
      }
    ),
    (
      "trigger points",
      TriggerPoint.allCases.map { .symptom(SymptomEntry(day: day, kind: .triggerPoint, point: $0)) }
    ),
    (
      "body locations, sides and activities in symptoms",
      BodyLocation.allCases.map { .symptom(SymptomEntry(day: day, kind: .numbness, location: $0)) }
        + Side.allCases.map { .symptom(SymptomEntry(day: day, kind: .swelling, side: $0)) }
        + Activity.allCases.map { .symptom(SymptomEntry(day: day, kind: .clicking, activity: $0)) }
    ),
    ("walking aids", WalkingAid.allCases.map { .aid(AidPeriod(aid: $0, from: day)) }),
    (
      "instruments and sides on scores",
      [
        .score(try! ScoreEntry.hoosJR(answers: [4, 4, 4, 4, 4, 4], day: day)),
        .score(try! ScoreEntry.ihot12(answers: [0, 9, 10, 99, 100, 55, 1, 2, 3, 4, 5, 6], day: day)),
        .score(try! ScoreEntry.oxford(answers: [0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1], day: day)),
        .score(try! ScoreEntry.oxford(total: 48, day: day)),
      ] + Side.allCases.map { .score(try! ScoreEntry.oxford(total: 20, day: day, side: $0)) }
    ),
    (
      "milestones and their sides",
      MilestoneKind.allCases.map { .milestone(MilestoneEntry(day: day, kind: $0)) }
        + Side.allCases.map { .milestone(MilestoneEntry(day: day, kind: .sleepOnSide, side: $0)) }
    ),
    (
      "weight bearing and sides on aids",
      // Consecutive, touching periods of one aid, so that none overlaps another.
      (WeightBearing.allCases.map(Optional.some) + Side.allCases.map { _ in nil }).enumerated().map {
        index, weight in
        .aid(
          AidPeriod(
            aid: .walker, from: day.adding(days: index), to: day.adding(days: index + 1),
            weightBearing: weight,
            side: index >= WeightBearing.allCases.count
              ? Side.allCases[index - WeightBearing.allCases.count] : nil))
      }
    ),
  ]

  /// The surgery the targets count from, stored before each list.
  static let surgery = DiaryEntry.treatment(Treatment(day: day, kind: .psoasRelease))

  /// A target of every kind.
  static let targets: [DiaryEntry] = TargetKind.allCases.map {
    .target(MilestoneTarget(day: day, kind: $0, days: 14, surgery: surgery.uid))
  }

  @Test(arguments: entries.map(\.0) + ["target kinds"])
  func schemaAcceptsEveryWordOfTheModel(vocabulary: String) throws {
    let records = try #require(
      (Self.entries + [("target kinds", Self.targets)]).first { $0.0 == vocabulary }?.1)
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      try store.add(Self.surgery, for: patient, today: Sample.today)
      for record in records {
        // One at a time, so that a refusal names the word.
        #expect(throws: Never.self, "\(record)") { try store.add(record, for: patient, today: Sample.today) }
      }
      let stored = try store.entries(for: patient).filter { $0.uid != Self.surgery.uid }
      #expect(stored.count == records.count)
      #expect(Set(stored.map(\.uid)) == Set(records.map(\.uid)))
    }
  }
}
