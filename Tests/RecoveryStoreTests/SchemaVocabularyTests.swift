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

  @Test(arguments: entries.map(\.0))
  func schemaAcceptsEveryWordOfTheModel(vocabulary: String) throws {
    let records = try #require(Self.entries.first { $0.0 == vocabulary }?.1)
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      for record in records {
        // One at a time, so that a refusal names the word.
        #expect(throws: Never.self, "\(record)") { try store.add(record, for: patient, today: Sample.today) }
      }
      let stored = try store.entries(for: patient)
      #expect(stored.count == records.count)
      #expect(Set(stored.map(\.uid)) == Set(records.map(\.uid)))
    }
  }
}
