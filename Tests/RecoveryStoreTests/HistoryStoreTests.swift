import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Edit, remove, undo and history, check, backup and restore, on real database files.
struct HistoryStoreTests {
  private let today = TestCalendar.today

  /// The pain entry inside a record.
  private func painEntry(_ record: DiaryEntry?) throws -> PainEntry {
    guard case .pain(let entry)? = record else {
      throw TestFailure("not a pain entry: \(String(describing: record))")
    }
    return entry
  }

  /// A change for `edit` that sets a pain entry's score (and optionally its note).
  private func setting(score: Int? = nil, note: String? = nil) -> (inout DiaryEntry) throws -> Void {
    { record in
      guard case .pain(var entry) = record else { throw TestFailure("not a pain entry") }
      if let score { entry.score = score }
      if let note { entry.note = note }
      record = .pain(entry)
    }
  }

  private func everything(_ store: RecoveryStore, _ patient: Patient) throws -> [DiaryEntry] {
    try store.entries(for: patient, matching: EntryQuery(includeRemoved: true))
  }

  // MARK: - Edit, remove, history

  @Test func editRecordsANewVersionAndKeepsTheEarlierOne() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    let added = try store.add(Sample.pain(6, note: "first"), for: me, today: today)
    let number = try #require(added.id)

    let (before, after) = try store.edit(id: number, for: me, today: today, setting(score: 5))

    #expect(before == added)
    #expect(after.id == number)
    #expect(after.uid == added.uid)
    let now = try painEntry(try store.entry(id: number, for: me))
    #expect(now.score == 5)
    #expect(now.note == "first")
    let history = try store.history(id: number, for: me)
    #expect(history.map(\.action) == [.add, .edit])
    #expect(history.map(\.entry) == [added, after])
    #expect(try painEntry(history[0].entry).score == 6)
    #expect(try store.entries(for: me) == [after])
  }

  @Test func historyListsEveryVersionOldestFirstWithTheEntryAfterEachChange() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    let first = try store.add(Sample.pain(6, note: "first"), for: me, today: today)
    let number = try #require(first.id)
    let second = try store.edit(id: number, for: me, today: today, setting(note: "second")).after
    try store.remove(id: number, for: me, reason: "typed twice")
    try store.undo(for: me)
    let third = try store.edit(id: number, for: me, today: today, setting(score: 3)).after

    let history = try store.history(id: number, for: me)

    #expect(history.map(\.action) == [.add, .edit, .remove, .undo, .edit])
    #expect(history.map(\.entry) == [first, second, nil, second, third])
    #expect(history.map(\.undone) == [false, false, true, false, false])
    #expect(history[2].reason == "typed twice")
    #expect(history[3].undoes == history[2].sequence)
    #expect(history.map(\.sequence) == history.map(\.sequence).sorted())
    #expect(Set(history.map(\.sequence)).count == history.count)
    let stamp = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d{4}/
    #expect(history.allSatisfy { (try? stamp.wholeMatch(in: $0.recordedAt.description)) != nil })
    #expect(try store.entry(id: number, for: me) == third)
  }

  @Test func removeHidesTheEntryFromListsButKeepsItAndItsHistory() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    let kept = try store.add(Sample.pain(2, on: "2024-11-01"), for: me, today: today)
    let gone = try store.add(Sample.pain(8, on: "2024-11-02", note: "wrong day"), for: me, today: today)
    let also = try store.add(Sample.pain(4, on: "2024-11-03"), for: me, today: today)
    let number = try #require(gone.id)

    let removed = try store.remove(id: number, for: me, reason: "wrong day")

    #expect(removed == gone)
    #expect(try store.entries(for: me) == [kept, also])
    #expect(try everything(store, me) == [kept, gone, also])
    #expect(try store.removedEntryIDs(for: me) == [number])
    let error = #expect(throws: StoreError.self) { try store.entry(id: number, for: me) }
    #expect(error == .noSuchEntry(id: number, patient: me.name))
    let history = try store.history(id: number, for: me)
    #expect(history.map(\.action) == [.add, .remove])
    #expect(history.last?.reason == "wrong day")
    let again = #expect(throws: StoreError.self) { try store.remove(id: number, for: me) }
    #expect(again == .entryRemoved(id: number))
  }

  // MARK: - Undo

  @Test func undoWalksBackAddsEditsAndRemovalsNewestFirst() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    let a = try store.add(Sample.pain(6, on: "2024-11-01"), for: me, today: today)
    let b = try store.add(Sample.pain(4, on: "2024-11-02"), for: me, today: today)
    let aNumber = try #require(a.id)
    let bNumber = try #require(b.id)
    let edited = try store.edit(id: aNumber, for: me, today: today, setting(score: 5)).after
    try store.remove(id: bNumber, for: me)
    #expect(try store.entries(for: me) == [edited])

    let first = try store.undo(for: me)
    #expect(first.action == .remove)
    #expect(first.ids == bNumber...bNumber)
    #expect(first.entry == b)
    #expect(try store.entries(for: me) == [edited, b])

    let second = try store.undo(for: me)
    #expect(second.action == .edit)
    #expect(second.ids == aNumber...aNumber)
    #expect(second.entry == a)
    #expect(second.previous == edited)
    #expect(try store.entries(for: me) == [a, b])

    let third = try store.undo(for: me)
    #expect(third.action == .add)
    #expect(third.ids == bNumber...bNumber)
    #expect(third.previous == b)
    #expect(try store.entries(for: me) == [a])

    let fourth = try store.undo(for: me)
    #expect(fourth.action == .add)
    #expect(fourth.ids == aNumber...aNumber)
    #expect(try store.entries(for: me) == [])

    let error = #expect(throws: StoreError.self) { try store.undo(for: me) }
    #expect(error == .nothingToUndo(patient: me.name))
    // Undoing destroys nothing: every version is still in the history.
    #expect(try store.history(id: aNumber, for: me).map(\.action) == [.add, .edit, .undo, .undo])
    #expect(try everything(store, me) == [a, b])
  }

  @Test func undoOfABatchAddHidesTheWholeBatch() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    let single = try store.add(Sample.pain(3, on: "2024-10-01"), for: me, today: today)
    let batch = (1...5).map { Sample.pain($0, on: "2024-11-0\($0)") }
    var stored: [DiaryEntry] = []
    let count = try store.add(contentsOf: batch, for: me, today: today) { stored.append($0) }
    #expect(count == 5)
    let numbers = try stored.map { try #require($0.id) }

    let undone = try store.undo(for: me)

    #expect(undone.action == .add)
    #expect(undone.ids == numbers.first!...numbers.last!)
    #expect(undone.entry == nil)
    #expect(try store.entries(for: me) == [single])
    #expect(try store.removedEntryIDs(for: me) == Set(numbers))
    let history = try store.history(id: numbers[2], for: me)
    #expect(history.map(\.action) == [.add, .undo])
    #expect(history.map(\.entry) == [stored[2], nil])
    #expect(try store.undo(for: me).ids == single.id!...single.id!)
  }

  @Test func undoTouchesOnlyThePatientWhoAsks() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let alice = try store.patientCreatingIfNeeded(named: "alice")
    let bob = try store.patientCreatingIfNeeded(named: "bob")
    let hers = try store.add(Sample.pain(6), for: alice, today: today)
    let his = try store.add(Sample.pain(2), for: bob, today: today)
    let edited = try store.edit(id: hers.id!, for: alice, today: today, setting(score: 7)).after

    let undone = try store.undo(for: bob)

    #expect(undone.ids == his.id!...his.id!)
    #expect(try store.entries(for: bob) == [])
    #expect(try store.entries(for: alice) == [edited])
    let error = #expect(throws: StoreError.self) { try store.undo(for: bob) }
    #expect(error == .nothingToUndo(patient: "bob"))
  }

  // MARK: - Refusals write nothing

  /// Entries that `edit` and `remove` must not find.
  enum MissingEntry: String, CaseIterable, Sendable {
    case neverExisted, anotherPatients, alreadyRemoved
  }

  @Test(arguments: MissingEntry.allCases)
  func editingOrRemovingAnEntryThatIsNotThereThrowsAndWritesNothing(_ missing: MissingEntry) throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    let other = try store.patientCreatingIfNeeded(named: "someone else")
    try store.add(Sample.pain(6), for: me, today: today)
    let removed = try store.add(Sample.pain(5), for: me, today: today)
    try store.remove(id: removed.id!, for: me)
    let theirs = try store.add(Sample.pain(4), for: other, today: today)
    let number =
      switch missing {
      case .neverExisted: 99
      case .anotherPatients: theirs.id!
      case .alreadyRemoved: removed.id!
      }
    let changes = try SQLiteShell.rowCount("change", in: fixture.database)
    let mine = try everything(store, me)
    let others = try everything(store, other)

    let editError = #expect(throws: StoreError.self) {
      try store.edit(id: number, for: me, today: today, setting(score: 1))
    }
    let removeError = #expect(throws: StoreError.self) { try store.remove(id: number, for: me) }

    let expected: StoreError =
      switch missing {
      case .neverExisted: .noSuchEntry(id: number, patient: me.name)
      case .anotherPatients: .entryOfOtherPatient(id: number, patient: me.name, owner: other.name)
      case .alreadyRemoved: .entryRemoved(id: number)
      }
    #expect(editError == expected)
    #expect(removeError == expected)
    #expect(try SQLiteShell.rowCount("change", in: fixture.database) == changes)
    #expect(try everything(store, me) == mine)
    #expect(try everything(store, other) == others)
    #expect(try store.removedEntryIDs(for: me) == [removed.id!])
  }

  /// Edits that break a rule of the model or of the store.
  enum BadEdit: String, CaseIterable, Sendable {
    case scoreOutOfRange, futureDay, noteTooLong, periodEndsBeforeStart, overlapsAnotherPeriod, changesNothing
  }

  @Test(arguments: BadEdit.allCases)
  func anEditThatBreaksARuleThrowsAndWritesNothing(_ bad: BadEdit) throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    let pain = try store.add(Sample.pain(6, note: "same"), for: me, today: today)
    let earlier = try store.add(
      Sample.aid(.twoCrutches, "2024-10-01", "2024-10-15"), for: me, today: today)
    let later = try store.add(
      Sample.aid(.twoCrutches, "2024-11-01", "2024-11-10"), for: me, today: today)
    let changes = try SQLiteShell.rowCount("change", in: fixture.database)
    let before = try everything(store, me)
    let tooLong = String(repeating: "x", count: 1_048_577)

    let (number, change, expected): (Int, (inout DiaryEntry) throws -> Void, StoreError) =
      switch bad {
      case .scoreOutOfRange:
        (pain.id!, setting(score: 11), .invalidEntry(.outOfRange(field: .score, value: 11, range: 0...10)))
      case .futureDay:
        (
          pain.id!,
          { record in record = Sample.pain(6, on: "2025-01-01", note: "same").with(uid: pain.uid) },
          .invalidEntry(.futureDate(TestCalendar.day("2025-01-01"), today: today))
        )
      case .noteTooLong:
        (
          pain.id!, setting(note: tooLong),
          .invalidEntry(.textTooLong(field: .note, bytes: 1_048_577, limit: 1_048_576))
        )
      case .periodEndsBeforeStart:
        (
          later.id!,
          { record in
            guard case .aid(var period) = record else { return }
            period.to = TestCalendar.day("2024-10-20")
            record = .aid(period)
          },
          .invalidEntry(
            .periodEndsBeforeStart(from: TestCalendar.day("2024-11-01"), to: TestCalendar.day("2024-10-20")))
        )
      case .overlapsAnotherPeriod:
        (
          later.id!,
          { record in
            guard case .aid(var period) = record else { return }
            period.from = TestCalendar.day("2024-10-10")
            record = .aid(period)
          },
          .invalidEntry(
            .overlappingPeriod(
              aid: .twoCrutches, existing: earlier.id!, from: TestCalendar.day("2024-10-01"),
              to: TestCalendar.day("2024-10-15")))
        )
      case .changesNothing:
        (pain.id!, setting(score: 6, note: "same"), .nothingChanged(id: pain.id!))
      }

    let error = #expect(throws: StoreError.self) {
      try store.edit(id: number, for: me, today: today, change)
    }

    #expect(error == expected)
    #expect(try SQLiteShell.rowCount("change", in: fixture.database) == changes)
    #expect(try everything(store, me) == before)
    #expect(try store.history(id: number, for: me).map(\.action) == [.add])
  }

  // MARK: - Check

  /// A database with every kind of entry and every kind of change.
  private func fillDiary(_ store: RecoveryStore, _ me: Patient) throws {
    try store.add(
      .treatment(
        Treatment(
          day: TestCalendar.day("2024-10-28"), kind: .psoasRelease, side: .right, level: .lesserTrochanter)
      ),
      for: me, today: today)
    try store.add(Sample.pain(6, on: "2024-11-01"), for: me, today: today)
    try store.add(
      .symptom(
        SymptomEntry(day: TestCalendar.day("2024-11-02"), kind: .triggerPoint, severity: 4, point: .iliacus)),
      for: me, today: today)
    try store.add(Sample.aid(.twoCrutches, "2024-10-28", "2024-11-11"), for: me, today: today)
    try store.add(Sample.aid(.cane, "2024-11-11", nil), for: me, today: today)
    try store.add(contentsOf: (1...4).map { Sample.pain($0, on: "2024-11-1\($0)") }, for: me, today: today)
    try store.edit(id: 2, for: me, today: today, setting(score: 5))
    try store.remove(id: 7, for: me, reason: "duplicate")
    try store.remove(id: 8, for: me)
    try store.undo(for: me)
  }

  @Test func checkFindsNothingWrongInAHealthyDatabase() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    try fillDiary(store, me)
    let other = try store.patientCreatingIfNeeded(named: "other")
    try store.add(Sample.aid(.twoCrutches, "2024-10-30", nil), for: other, today: today)

    #expect(try store.check() == [])
  }

  /// Damage planted with the sqlite3 shell behind the store's back: the SQL, and the entry number and
  /// words the problem `check` reports must carry.
  enum Damage: String, CaseIterable, Sendable {
    case painScoreOutOfRange, negativeEpisodeCount, unknownSide, impossibleDate, duplicateNumber,
      overlappingPeriods, noRecordedAddition, missingPatient

    var sql: String {
      switch self {
      case .painScoreOutOfRange:
        "PRAGMA ignore_check_constraints=1; UPDATE pain SET score = 12 WHERE id = 2"
      case .negativeEpisodeCount:
        "PRAGMA ignore_check_constraints=1; UPDATE symptom SET kind = 'catching', point = NULL, count = -4 WHERE id = 3"
      case .unknownSide:
        "PRAGMA ignore_check_constraints=1; UPDATE pain SET side = 'middle' WHERE id = 2"
      case .impossibleDate:
        "PRAGMA ignore_check_constraints=1; UPDATE pain SET day = '2023-02-29' WHERE id = 2"
      case .duplicateNumber:
        """
        INSERT INTO symptom (id, uid, patient_id, day, kind, recorded_at)
        VALUES (2, '00000000-0000-4000-8000-000000000002', 1, '2024-11-20', 'catching', '2024-11-20T08:00:00+0000')
        """
      case .overlappingPeriods:
        """
        DROP TRIGGER aid_no_overlap_update;
        UPDATE aid SET aid = 'two-crutches', from_day = '2024-11-01', to_day = NULL WHERE id = 5
        """
      case .noRecordedAddition:
        "DELETE FROM change WHERE first_id = 3"
      case .missingPatient:
        "UPDATE pain SET patient_id = 42 WHERE id = 2"
      }
    }

    var number: Int {
      switch self {
      case .negativeEpisodeCount, .noRecordedAddition: 3
      case .overlappingPeriods: 5
      default: 2
      }
    }

    var words: String {
      switch self {
      case .painScoreOutOfRange: "12"
      case .negativeEpisodeCount: "-4"
      case .unknownSide: "unreadable side"
      case .impossibleDate: "unreadable date"
      case .duplicateNumber: "more than one entry"
      case .overlappingPeriods: "overlaps #4"
      case .noRecordedAddition: "no recorded addition"
      case .missingPatient: "missing patient"
      }
    }
  }

  @Test(arguments: Damage.allCases)
  func checkReportsPlantedDamageWithTheEntryNumber(_ damage: Damage) throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    do {
      let store = try RecoveryStore(path: fixture.database)
      try fillDiary(store, try store.defaultPatient())
      #expect(try store.check() == [])
    }
    try SQLiteShell.output(fixture.database, damage.sql)

    let problems = try RecoveryStore(path: fixture.database).check()

    #expect(
      problems.contains { $0.entryID == damage.number && $0.message.contains(damage.words) },
      "\(damage): \(problems)")
    // SQLite's own integrity check also sees a broken CHECK constraint, as a line without a number.
    #expect(
      problems.allSatisfy { $0.entryID == damage.number || $0.message.hasPrefix("SQLite integrity check") },
      "\(damage): \(problems)")
  }

  // MARK: - Backup

  @Test func backupWritesAnOwnerOnlyCopyThatOpensWithTheSameEntriesAndHistory() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    try fillDiary(store, me)
    let copyPath = fixture.file("backup.sqlite")

    try store.backup(to: copyPath)

    #expect(FileState.mode(copyPath) == 0o600)
    let copy = try RecoveryStore(path: copyPath)
    let copyPatient = try copy.defaultPatient()
    #expect(copyPatient == me)
    #expect(try everything(copy, copyPatient) == everything(store, me))
    #expect(try copy.removedEntryIDs(for: copyPatient) == store.removedEntryIDs(for: me))
    #expect(try copy.history(id: 2, for: copyPatient) == store.history(id: 2, for: me))
    #expect(try copy.check() == [])
  }

  @Test func backupRefusesAnExistingFileUnlessToldToOverwrite() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    try store.add(Sample.pain(6), for: me, today: today)
    let target = fixture.file("precious.txt")
    let precious = Data("not to be lost\n".utf8)
    try precious.write(to: URL(fileURLWithPath: target))

    let error = #expect(throws: StoreError.self) { try store.backup(to: target) }

    #expect(error == .backupTargetExists(path: target))
    #expect(FileState.bytes(target) == precious)

    try store.backup(to: target, overwrite: true)
    #expect(FileState.mode(target) == 0o600)
    let copy = try RecoveryStore(path: target)
    #expect(try copy.entries(for: copy.defaultPatient()) == store.entries(for: me))
  }

  // MARK: - Restore

  @Test func restoreKeepsTheCurrentDatabaseBesideItAndReplacesItsContents() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    try store.add(Sample.pain(6, on: "2024-11-01"), for: me, today: today)
    try store.add(Sample.pain(5, on: "2024-11-02"), for: me, today: today)
    let backupPath = fixture.file("backup.sqlite")
    try store.backup(to: backupPath)
    let backedUp = try everything(store, me)
    try store.add(Sample.pain(9, on: "2024-11-03", note: "only in the current one"), for: me, today: today)
    try store.edit(id: 1, for: me, today: today, setting(score: 2))
    let current = try everything(store, me)

    let kept = try #require(try store.restore(from: backupPath))

    #expect(kept.hasPrefix(fixture.database + ".before-restore-"))
    #expect(FileManager.default.fileExists(atPath: kept))
    #expect(FileState.mode(kept) == 0o600)
    let keptStore = try RecoveryStore(path: kept)
    #expect(try everything(keptStore, keptStore.defaultPatient()) == current)
    #expect(try keptStore.history(id: 1, for: keptStore.defaultPatient()).map(\.action) == [.add, .edit])
    #expect(try everything(store, me) == backedUp)
    let reopened = try RecoveryStore(path: fixture.database)
    #expect(try everything(reopened, reopened.defaultPatient()) == backedUp)
    #expect(try reopened.check() == [])
    #expect(FileState.mode(fixture.database) == 0o600)
  }

  @Test func restoringTwiceKeepsEveryEarlierDatabase() throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    try store.add(Sample.pain(1), for: me, today: today)
    let backupPath = fixture.file("backup.sqlite")
    try store.backup(to: backupPath)
    try store.add(Sample.pain(2), for: me, today: today)
    try store.add(Sample.pain(3), for: me, today: today)
    let beforeFirstRestore = try everything(store, me)

    let first = try #require(try store.restore(from: backupPath))
    let second = try #require(try store.restore(from: backupPath))

    // Two restores within the same second must not keep their copies under the same name: the first
    // kept copy is the only place the three entries are left.
    #expect(first != second)
    let keptStore = try RecoveryStore(path: first)
    #expect(try everything(keptStore, keptStore.defaultPatient()) == beforeFirstRestore)
  }

  /// Files `restore` must refuse.
  enum BadBackup: String, CaseIterable, Sendable {
    case text, empty, missing, otherProgram, newerSchema, truncated, corrupted
  }

  /// Writes `bad` at `path`, from the healthy backup at `healthy`.
  private func plant(_ bad: BadBackup, at path: String, from healthy: String) throws {
    let url = URL(fileURLWithPath: path)
    switch bad {
    case .text: try Data("date,score\n2024-11-20,6\n".utf8).write(to: url)
    case .empty: try Data().write(to: url)
    case .missing: break
    case .otherProgram: try SQLiteShell.output(path, "CREATE TABLE pain (score); INSERT INTO pain VALUES (6)")
    case .newerSchema:
      try FileManager.default.copyItem(atPath: healthy, toPath: path)
      try SQLiteShell.output(path, "PRAGMA user_version = 99")
    case .truncated:
      var bytes = try #require(FileState.bytes(healthy))
      bytes.removeLast(bytes.count / 2)
      try bytes.write(to: url)
    case .corrupted:
      var bytes = try #require(FileState.bytes(healthy))
      var random = SplitMix64(seed: 4)
      let middle = bytes.count / 2
      for offset in middle..<(middle + 8192) { bytes[offset] = UInt8(truncatingIfNeeded: random.next()) }
      try bytes.write(to: url)
    }
  }

  @Test(arguments: BadBackup.allCases)
  func restoreRefusesABadFileAndChangesNothing(_ bad: BadBackup) throws {
    let fixture = try TemporaryDirectory()
    defer { fixture.remove() }
    let store = try RecoveryStore(path: fixture.database)
    let me = try store.defaultPatient()
    try store.add(
      contentsOf: (0..<300).map { Sample.pain($0 % 11, note: String(repeating: "n", count: $0 * 7)) },
      for: me,
      today: today)
    let healthy = fixture.file("healthy.sqlite")
    try store.backup(to: healthy)
    try store.add(Sample.pain(7, note: "after the backup"), for: me, today: today)
    let badPath = fixture.file("bad.sqlite")
    try plant(bad, at: badPath, from: healthy)
    let badBytes = FileState.bytes(badPath)
    let entries = try everything(store, me)
    let changes = try SQLiteShell.rowCount("change", in: fixture.database)

    let error = #expect(throws: StoreError.self) { try store.restore(from: badPath) }

    let expected: StoreError =
      switch bad {
      case .text, .empty, .truncated, .corrupted: .notADatabase(path: badPath)
      case .missing: .fileSystem(path: badPath, errno: .noSuchFileOrDirectory)
      case .otherProgram: .notARecoveryDatabase(path: badPath)
      case .newerSchema: .newerSchema(path: badPath, found: 99, supported: RecoveryStore.schemaVersion)
      }
    #expect(error == expected)
    #expect(FileState.bytes(badPath) == badBytes)
    #expect(try everything(store, me) == entries)
    #expect(try SQLiteShell.rowCount("change", in: fixture.database) == changes)
    #expect(try !fixture.fileNames().contains { $0.contains("before-restore") })
    #expect(try RecoveryStore(path: fixture.database).check() == [])
  }
}
