import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Several patients in one database, and the default patient a single user never has to name.
struct PatientTests {
  @Test func defaultPatientIsCreatedOnceAndNamedDefault() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      #expect(try store.patients().isEmpty)
      let first = try store.defaultPatient()
      #expect(first.name == Patient.defaultName)
      #expect(Patient.defaultName == "default")
      #expect(try store.defaultPatient() == first)
      #expect(try store.patients() == [first])
      let reopened = try Sample.store(in: directory)
      #expect(try reopened.defaultPatient() == first)
    }
  }

  @Test func entriesOfOnePatientAreInvisibleToAnother() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let anna = try store.patientCreatingIfNeeded(named: "anna")
      let ben = try store.patientCreatingIfNeeded(named: "ben")
      #expect(anna.id != ben.id)
      #expect(anna.uid != ben.uid)
      let annas = try [Sample.fullRelease, Sample.fullPain, Sample.fullSymptom, Sample.minimalAid].map {
        try store.add($0, for: anna, today: Sample.today)
      }
      let bens = try store.add(Sample.minimalPain, for: ben, today: Sample.today)
      #expect(try store.entries(for: ben) == [bens])
      #expect(try store.entries(for: anna).count == annas.count)
      #expect(try store.entries(for: ben, matching: EntryQuery(kind: .aid(.cane))).isEmpty)
      #expect(try store.entries(for: ben, matching: EntryQuery(types: [.treatment])).isEmpty)
      for record in annas {
        let number = try #require(record.id)
        #expect(try store.entry(id: number, for: anna) == record)
        let error = #expect(throws: StoreError.self) { try store.entry(id: number, for: ben) }
        #expect(error == .noSuchEntry(id: number, patient: "ben"))
      }
    }
  }

  @Test func aidPeriodsOfDifferentPatientsDoNotConflict() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let anna = try store.patientCreatingIfNeeded(named: "anna")
      let ben = try store.patientCreatingIfNeeded(named: "ben")
      try store.add(Sample.aid(.twoCrutches, "2024-10-01", nil), for: anna, today: Sample.today)
      // The same aid on the same days for someone else is no overlap.
      try store.add(Sample.aid(.twoCrutches, "2024-10-05", nil), for: ben, today: Sample.today)
      // Ben's stop ends Ben's period only.
      let stopped = try store.stopAid(
        .twoCrutches, on: Sample.day("2024-10-20"), for: ben, today: Sample.today)
      #expect(stopped.from == Sample.day("2024-10-05"))
      guard case .aid(let annasPeriod)? = try store.entries(for: anna).first else {
        Issue.record("Anna's period is gone")
        return
      }
      #expect(annasPeriod.isOpen)
      let error = #expect(throws: StoreError.self) {
        try store.stopAid(.twoCrutches, on: Sample.day("2024-10-21"), for: ben, today: Sample.today)
      }
      #expect(error == .invalidEntry(.noOpenPeriod(.twoCrutches)))
    }
  }

  @Test func unknownPatientIsAnErrorListingTheKnownOnes() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      _ = try store.patientCreatingIfNeeded(named: "ben")
      _ = try store.patientCreatingIfNeeded(named: "anna")
      #expect(try store.patient(named: "carl") == nil)
      let error = #expect(throws: StoreError.self) { try store.existingPatient(named: "carl") }
      #expect(error == .noSuchPatient(name: "carl", known: ["anna", "ben"]))
      #expect(try #require(error).description.contains("anna, ben"))
      #expect(try store.patients().map(\.name) == ["anna", "ben"])
    }
  }

  @Test(arguments: ["", String(repeating: "n", count: 201)])
  func patientNameMustBeOneTo200Characters(name: String) throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      #expect(throws: StoreError.self) { try store.patientCreatingIfNeeded(named: name) }
      #expect(try store.patients().isEmpty)
    }
  }

  @Test func patientNamesAreKeptExactly() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let name = "Zoë O'Brien \"ZB\" 🦵"
      let patient = try store.patientCreatingIfNeeded(named: name)
      #expect(try store.patient(named: name) == patient)
      #expect(Array(try store.patients().map(\.name).joined().utf8) == Array(name.utf8))
    }
  }

  @Test func patientsWithEntriesLeaveOutThoseWithNoneOrOnlyRemovedOnes() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      _ = try store.defaultPatient()
      let anna = try store.patientCreatingIfNeeded(named: "anna")
      let ben = try store.patientCreatingIfNeeded(named: "ben")
      let carl = try store.patientCreatingIfNeeded(named: "carl")
      #expect(try store.patientsWithEntries().isEmpty)
      try store.add(Sample.minimalAid, for: carl, today: Sample.today)
      try store.add(Sample.minimalPain, for: anna, today: Sample.today)
      let removed = try store.add(
        .pain(PainEntry(day: Sample.today, score: 3)), for: ben, today: Sample.today)
      try store.remove(id: try #require(removed.id), for: ben)
      #expect(try store.patientsWithEntries() == [anna, carl])
    }
  }
}
