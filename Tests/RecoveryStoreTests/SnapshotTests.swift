import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// What the change log keeps of an entry on disk: a versioned object with pinned keys.
struct SnapshotTests {
  static let uid = UUID(uuidString: "0DDFF4AC-D986-41D4-844C-83C320ECF37F")!

  /// Adds `entry` to a new store and returns the `after` column of its addition, as stored.
  func storedSnapshot(of entry: DiaryEntry) throws -> String {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    try store.add(entry, for: try store.defaultPatient(), today: Sample.today)
    return try SQLiteShell.output(fixture.database, "SELECT after FROM change WHERE action = 'add'")
  }

  @Test(arguments: [
    (
      DiaryEntry.treatment(
        Treatment(
          uid: uid, day: TestCalendar.day("2024-10-28"), time: TimeOfDay("07:45"), kind: .psoasRelease,
          name: "tenotomy", side: .right, level: .centralCompartment, approach: .arthroscopic,
          agent: "bupivacaine", dose: "10 ml", round: 1, provider: "Dr Example", finding: "cup overhanging",
          note: "a/b")),
      #"{"agent":"bupivacaine","approach":"arthroscopic","category":"surgery","date":"2024-10-28","#
        + #""dose":"10 ml","finding":"cup overhanging","id":1,"kind":"psoas-release","#
        + #""level":"central-compartment","name":"tenotomy","note":"a/b","provider":"Dr Example","round":1,"#
        + #""side":"right","time":"07:45","type":"treatment","uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f","v":1}"#
    ),
    (
      .treatment(
        Treatment(
          uid: uid, day: TestCalendar.day("2023-06-05"), kind: .cortisone, target: .iliopsoasBursa,
          guidance: .ultrasound)),
      #"{"category":"injection","date":"2023-06-05","guidance":"ultrasound","id":1,"kind":"cortisone","#
        + #""target":"iliopsoas-bursa","type":"treatment","uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f","v":1}"#
    ),
    (
      .pain(
        PainEntry(
          uid: uid, day: TestCalendar.day("2024-11-20"), time: TimeOfDay("21:30"), score: 6, location: .groin,
          side: .right, activity: .stairs, note: "evening")),
      #"{"activity":"stairs","date":"2024-11-20","id":1,"location":"groin","note":"evening","score":6,"#
        + #""side":"right","time":"21:30","type":"pain","uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f","v":1}"#
    ),
    (
      .symptom(
        SymptomEntry(
          uid: uid, day: TestCalendar.day("2024-11-18"), time: TimeOfDay("08:00"), kind: .triggerPoint,
          count: 3,
          severity: 7, point: .lowerPsoas, location: .groin, side: .left, activity: .sitting, note: "tender")),
      #"{"activity":"sitting","count":3,"date":"2024-11-18","id":1,"kind":"trigger-point","location":"groin","#
        + #""note":"tender","point":"lower-psoas","severity":7,"side":"left","time":"08:00","type":"symptom","#
        + #""uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f","v":1}"#
    ),
    (
      .aid(
        AidPeriod(
          uid: uid, aid: .twoCrutches, from: TestCalendar.day("2024-10-28"),
          to: TestCalendar.day("2024-11-11"),
          weightBearing: .pwb, side: .both, note: "50%")),
      #"{"aid":"two-crutches","from":"2024-10-28","id":1,"note":"50%","side":"both","to":"2024-11-11","#
        + #""type":"aid","uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f","v":1,"weightBearing":"pwb"}"#
    ),
    (
      .aid(AidPeriod(uid: uid, aid: .cane, from: TestCalendar.day("2024-11-11"))),
      #"{"aid":"cane","from":"2024-11-11","id":1,"to":null,"type":"aid","#
        + #""uid":"0ddff4ac-d986-41d4-844c-83c320ecf37f","v":1}"#
    ),
  ])
  func snapshotsOnDiskHavePinnedKeysAndAVersion(entry: DiaryEntry, json: String) throws {
    #expect(try storedSnapshot(of: entry) == json)
  }

  @Test func aSnapshotOfANewerVersionIsRefusedNotMisread() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    let pain = try store.add(Sample.pain(6), for: me, today: Sample.today)
    let id = try #require(pain.id)
    try store.edit(id: id, for: me, today: Sample.today) { entry in entry = Sample.pain(5) }
    try SQLiteShell.output(fixture.database, #"UPDATE change SET after = replace(after, '"v":1', '"v":2')"#)

    #expect(throws: DecodingError.self) { try store.history(id: id, for: me) }
    #expect(throws: DecodingError.self) { try store.undo(for: me) }
    #expect(try store.entry(id: id, for: me).id == id)
  }
}
