import Foundation
import RecoveryExchange
import RecoveryModel
import RecoveryStore
import Testing

/// The documented JSON object of an entry: pinned keys, absent fields left out, and read back whole.
struct EntryCodingTests {
  static let uid = UUID(uuidString: "0DDFF4AC-D986-41D4-844C-83C320ECF37F")!
  static let day = CalendarDay("2024-11-20")!
  static let time = TimeOfDay("21:30")!

  /// One entry of each type with every field set.
  static let full: [DiaryEntry] = [
    .treatment(
      Treatment(
        id: 7, uid: uid, day: day, time: time, kind: .psoasRelease, name: "tenotomy", side: .right,
        level: .centralCompartment, approach: .arthroscopic, target: .iliopsoasTendon, guidance: .ultrasound,
        agent: "bupivacaine", dose: "10 ml", round: 2, provider: "Dr Example", finding: "cup overhanging",
        note: "first, \"quoted\"\nsecond line")),
    .pain(
      PainEntry(
        id: 42, uid: uid, day: day, time: time, score: 6, location: .groin, side: .left, activity: .stairs,
        note: "evening")),
    .symptom(
      SymptomEntry(
        id: 3, uid: uid, day: day, time: time, kind: .triggerPoint, count: 4, severity: 7, point: .lowerPsoas,
        location: .frontThigh, side: .both, activity: .sitting, note: "tender")),
    .aid(
      AidPeriod(
        id: 9, uid: uid, aid: .twoCrutches, from: day, to: day.adding(days: 14), weightBearing: .pwb,
        side: .both, note: "50%")),
  ]

  /// One entry of each type with only what is required.
  static let bare: [DiaryEntry] = [
    .treatment(Treatment(uid: uid, day: day, kind: .cortisone)),
    .pain(PainEntry(uid: uid, day: day, score: 0)),
    .symptom(SymptomEntry(uid: uid, day: day, kind: .catching)),
    .aid(AidPeriod(uid: uid, aid: .cane, from: day)),
  ]

  static func json(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  @Test(arguments: full + bare)
  func entryRoundTrips(entry: DiaryEntry) throws {
    let data = try JSONEncoder().encode(entry)
    #expect(try JSONDecoder().decode(DiaryEntry.self, from: data) == entry)
  }

  @Test(arguments: full + bare, [nil, true, false])
  func exportedEntryRoundTrips(entry: DiaryEntry, removed: Bool?) throws {
    let exported = ExportedEntry(entry, patient: "Ann", removed: removed)
    let data = try JSONEncoder().encode(exported)
    #expect(try JSONDecoder().decode(ExportedEntry.self, from: data) == exported)
  }

  @Test func fullEntriesHaveTheDocumentedKeys() throws {
    let lowercaseUID = "0ddff4ac-d986-41d4-844c-83c320ecf37f"
    #expect(
      try Self.json(Self.full[0])
        == #"{"agent":"bupivacaine","approach":"arthroscopic","category":"surgery","date":"2024-11-20","#
        + #""dose":"10 ml","finding":"cup overhanging","guidance":"ultrasound","id":7,"kind":"psoas-release","#
        + #""level":"central-compartment","name":"tenotomy","note":"first, \"quoted\"\nsecond line","#
        + #""provider":"Dr Example","round":2,"side":"right","target":"iliopsoas-tendon","time":"21:30","#
        + #""type":"treatment","uid":"\#(lowercaseUID)"}"#)
    #expect(
      try Self.json(Self.full[1])
        == #"{"activity":"stairs","date":"2024-11-20","id":42,"location":"groin","note":"evening","score":6,"#
        + #""side":"left","time":"21:30","type":"pain","uid":"\#(lowercaseUID)"}"#)
    #expect(
      try Self.json(Self.full[2])
        == #"{"activity":"sitting","count":4,"date":"2024-11-20","id":3,"kind":"trigger-point","#
        + #""location":"front-thigh","note":"tender","point":"lower-psoas","severity":7,"side":"both","#
        + #""time":"21:30","type":"symptom","uid":"\#(lowercaseUID)"}"#)
    #expect(
      try Self.json(Self.full[3])
        == #"{"aid":"two-crutches","from":"2024-11-20","id":9,"note":"50%","side":"both","to":"2024-12-04","#
        + #""type":"aid","uid":"\#(lowercaseUID)","weightBearing":"pwb"}"#)
  }

  @Test func absentFieldsAreLeftOutButAnOpenPeriodEndsInNull() throws {
    let lowercaseUID = "0ddff4ac-d986-41d4-844c-83c320ecf37f"
    #expect(
      try Self.bare.map(Self.json) == [
        #"{"category":"injection","date":"2024-11-20","kind":"cortisone","type":"treatment","uid":"\#(lowercaseUID)"}"#,
        #"{"date":"2024-11-20","score":0,"type":"pain","uid":"\#(lowercaseUID)"}"#,
        #"{"date":"2024-11-20","kind":"catching","type":"symptom","uid":"\#(lowercaseUID)"}"#,
        #"{"aid":"cane","from":"2024-11-20","to":null,"type":"aid","uid":"\#(lowercaseUID)"}"#,
      ])
  }

  @Test func exportedEntryAddsPatientAndRemovedToTheSameObject() throws {
    let pain = Self.bare[1]
    #expect(try Self.json(ExportedEntry(pain, patient: "Ann")).contains(#""patient":"Ann","score":0"#))
    #expect(try !Self.json(ExportedEntry(pain, patient: "Ann")).contains("removed"))
    #expect(try Self.json(ExportedEntry(pain, patient: "Ann", removed: true)).contains(#""removed":true"#))
  }

  @Test func readingIgnoresCategoryAndAcceptsAnUppercaseUID() throws {
    let json =
      #"{"category":"therapy","date":"2024-11-20","kind":"cortisone","type":"treatment","#
      + #""uid":"0DDFF4AC-D986-41D4-844C-83C320ECF37F"}"#
    #expect(try JSONDecoder().decode(DiaryEntry.self, from: Data(json.utf8)) == Self.bare[0])
  }

  @Test(arguments: [
    #"{"date":"2024-11-20","score":0,"uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f"}"#,
    #"{"date":"2024-11-20","score":0,"type":"mood","uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f"}"#,
    #"{"date":"2024-11-20","score":0,"type":"pain","uid":"not-a-uuid"}"#,
    #"{"date":"2024-02-30","score":0,"type":"pain","uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f"}"#,
    #"{"date":"2024-11-20","type":"pain","uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f"}"#,
  ])
  func malformedObjectsAreRefused(json: String) {
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(DiaryEntry.self, from: Data(json.utf8)) }
  }

  @Test func fieldsAreInCSVOrder() {
    #expect(
      EntryField.allCases.map(\.rawValue) == [
        "id", "uid", "type", "patient", "date", "from", "to", "time", "kind", "category", "name",
        "instrument", "answers", "raw", "score", "count", "severity", "point", "location", "side", "activity",
        "aid", "weightBearing", "level", "approach", "target", "guidance", "agent", "dose", "drug", "times",
        "asNeeded", "round", "days",
        "surgery", "provider", "finding", "note", "removed",
      ])
  }
}
