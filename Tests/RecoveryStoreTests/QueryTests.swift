import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Queries by record type, kind and date range over one small diary.
struct QueryTests {
  /// The diary: a name for each entry, so that expectations read as names rather than numbers.
  static let diary: [(String, DiaryEntry)] = [
    ("pain 01-05", Sample.pain(4, on: "2024-01-05")),
    ("cortisone 01-10", .treatment(Treatment(day: Sample.day("2024-01-10"), kind: .cortisone))),
    ("catching 01-15", .symptom(SymptomEntry(day: Sample.day("2024-01-15"), kind: .catching, count: 2))),
    ("pain 01-20", Sample.pain(6, on: "2024-01-20")),
    ("crutches 01-01..01-12", Sample.aid(.twoCrutches, "2024-01-01", "2024-01-12")),
    ("cane from 01-18", Sample.aid(.cane, "2024-01-18", nil)),
    ("physio 01-25", .treatment(Treatment(day: Sample.day("2024-01-25"), kind: .physiotherapy))),
    ("clicking 01-31", .symptom(SymptomEntry(day: Sample.day("2024-01-31"), kind: .clicking))),
    ("walker 2023-12-01..12-20", Sample.aid(.walker, "2023-12-01", "2023-12-20")),
  ]

  /// Stores the diary and returns the names of the entries `query` finds, in the order found.
  func names(matching query: EntryQuery) throws -> [String] {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      var names: [Int: String] = [:]
      for (name, record) in Self.diary {
        names[try #require(try store.add(record, for: patient, today: Sample.today).id)] = name
      }
      return try store.entries(for: patient, matching: query).map { names[$0.id ?? 0] ?? "?" }
    }
  }

  @Test func emptyQueryFindsEverythingInDiaryOrder() throws {
    #expect(
      try names(matching: EntryQuery()) == [
        "walker 2023-12-01..12-20", "crutches 01-01..01-12", "pain 01-05", "cortisone 01-10",
        "catching 01-15",
        "cane from 01-18", "pain 01-20", "physio 01-25", "clicking 01-31",
      ])
  }

  static let typeCases: [(Set<EntryType>, [String])] = [
    ([.pain], ["pain 01-05", "pain 01-20"]),
    ([.treatment], ["cortisone 01-10", "physio 01-25"]),
    ([.symptom], ["catching 01-15", "clicking 01-31"]),
    ([.aid], ["walker 2023-12-01..12-20", "crutches 01-01..01-12", "cane from 01-18"]),
    ([.treatment, .symptom], ["cortisone 01-10", "catching 01-15", "physio 01-25", "clicking 01-31"]),
  ]

  @Test(arguments: typeCases)
  func byType(types: Set<EntryType>, expected: [String]) throws {
    #expect(try names(matching: EntryQuery(types: types)) == expected)
  }

  static let kindCases: [(EntryKind, [String])] = [
    (.treatment(.cortisone), ["cortisone 01-10"]),
    (.treatment(.physiotherapy), ["physio 01-25"]),
    (.symptom(.catching), ["catching 01-15"]),
    (.aid(.cane), ["cane from 01-18"]),
    (.aid(.twoCrutches), ["crutches 01-01..01-12"]),
    (.treatment(.prp), []),
  ]

  @Test(arguments: kindCases)
  func byKind(kind: EntryKind, expected: [String]) throws {
    #expect(try names(matching: EntryQuery(kind: kind)) == expected)
  }

  @Test func kindOfAnotherTypeFindsNothing() throws {
    #expect(try names(matching: EntryQuery(types: [.pain], kind: .treatment(.cortisone))).isEmpty)
    #expect(try names(matching: EntryQuery(types: [.symptom], kind: .treatment(.cortisone))).isEmpty)
  }

  static let rangeCases: [(String, String, [String])] = [
    // Bounds are inclusive; an aid period matches when any of its days falls in the range.
    (
      "2024-01-10", "2024-01-20",
      ["crutches 01-01..01-12", "cortisone 01-10", "catching 01-15", "cane from 01-18", "pain 01-20"]
    ),
    ("2024-01-13", "2024-01-17", ["catching 01-15"]),
    ("2024-02-01", "2024-12-31", ["cane from 01-18"]),
    ("2023-12-10", "2023-12-31", ["walker 2023-12-01..12-20"]),
    ("2023-01-01", "2023-11-30", []),
    ("2024-01-05", "2024-01-05", ["crutches 01-01..01-12", "pain 01-05"]),
    ("2024-01-31", "2024-01-31", ["cane from 01-18", "clicking 01-31"]),
  ]

  @Test(arguments: rangeCases)
  func byDateRange(from: String, through: String, expected: [String]) throws {
    #expect(
      try names(matching: EntryQuery(from: Sample.day(from), through: Sample.day(through))) == expected)
  }

  @Test func openEndedRanges() throws {
    #expect(
      try names(matching: EntryQuery(through: Sample.day("2024-01-04"))) == [
        "walker 2023-12-01..12-20", "crutches 01-01..01-12",
      ])
    #expect(
      try names(matching: EntryQuery(from: Sample.day("2024-01-25"))) == [
        "cane from 01-18", "physio 01-25", "clicking 01-31",
      ])
  }

  @Test func typeKindAndRangeTogether() throws {
    #expect(
      try names(
        matching: EntryQuery(
          types: [.aid], kind: .aid(.twoCrutches), from: Sample.day("2024-01-11"),
          through: Sample.day("2024-01-31")))
        == ["crutches 01-01..01-12"])
    #expect(
      try names(
        matching: EntryQuery(
          types: [.aid], kind: .aid(.twoCrutches), from: Sample.day("2024-01-13"),
          through: Sample.day("2024-01-31"))
      )
      .isEmpty)
  }
}
