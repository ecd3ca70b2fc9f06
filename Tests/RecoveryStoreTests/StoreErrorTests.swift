import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// The store's errors name one kind of failure each and carry its data: the file, the entry, SQLite's
/// result code or the system's errno, matched here case by case against real files.
struct StoreErrorTests {
  @Test func aFileThatCannotBeWrittenIsReadOnly() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("diary.sqlite")
      do {
        let store = try RecoveryStore(path: path)
        try store.add(Sample.fullPain, for: try store.defaultPatient(), today: Sample.today)
      }
      // Root ignores permission bits; an immutable file refuses writes even to root.
      let readOnly: Bool
      if getuid() == 0 {
        readOnly = try ChildProcess.run("/usr/bin/chattr", ["+i", path]).succeeded
      } else {
        readOnly = chmod(path, 0o400) == 0
      }
      guard readOnly else { try Test.cancel("cannot make \(path) read-only here") }
      defer { if getuid() == 0 { _ = try? ChildProcess.run("/usr/bin/chattr", ["-i", path]) } }

      let store = try RecoveryStore(path: path)
      let error = #expect(throws: StoreError.self) {
        try store.add(Sample.minimalTreatment, for: try store.defaultPatient(), today: Sample.today)
      }
      #expect(error == .readOnly(path: path))
      #expect(try store.entries(for: try store.defaultPatient()).count == 1)
    }
  }

  @Test func anExistingBackupTargetIsNamedAndKept() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let target = directory.file("kept.sqlite")
      try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: target))
      let error = #expect(throws: StoreError.self) { try store.backup(to: target) }
      #expect(error == .backupTargetExists(path: target))
      #expect(try String(contentsOfFile: target, encoding: .utf8) == "keep me\n")
    }
  }

  @Test func aBackupOntoTheDatabaseItselfIsRefused() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let error = #expect(throws: StoreError.self) { try store.backup(to: store.path, overwrite: true) }
      #expect(error == .sameFileAsDatabase(path: store.path))
    }
  }

  @Test func aFolderIsNamedAsAFolder() throws {
    try TemporaryDirectory.with { directory in
      let folder = directory.file("a-folder")
      try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
      #expect(throws: StoreError.isAFolder(path: folder)) { try RecoveryStore(path: folder) }
      let store = try Sample.store(in: directory)
      #expect(throws: StoreError.isAFolder(path: folder)) { try store.backup(to: folder) }
    }
  }

  @Test func whatTheFileSystemSaidIsCarriedAsErrno() throws {
    try TemporaryDirectory.with { directory in
      let file = directory.file("a-file")
      try Data("x\n".utf8).write(to: URL(fileURLWithPath: file))
      let inside = file + "/diary.sqlite"
      #expect(throws: StoreError.fileSystem(path: inside, errno: .notADirectory)) {
        try RecoveryStore(path: inside)
      }
      let missing = directory.file("missing.sqlite")
      let store = try Sample.store(in: directory)
      #expect(throws: StoreError.fileSystem(path: missing, errno: .noSuchFileOrDirectory)) {
        try store.restore(from: missing)
      }
      #expect(Errno.noSuchFileOrDirectory.description == "No such file or directory")
    }
  }

  @Test func aLockHeldLongerThanTheTimeoutIsBusyWithTheTimeout() throws {
    try TemporaryDirectory.with { directory in
      let path = directory.file("diary.sqlite")
      do { _ = try RecoveryStore(path: path) }
      let holder = try LockHolder(path)
      defer { holder.stop() }
      try #require(try holder.waitUntilLocked(), "sqlite3 did not take the write lock")

      let store = try RecoveryStore(path: path, busyTimeoutSeconds: 0)
      let error = #expect(throws: StoreError.self) {
        try store.add(Sample.fullPain, for: try store.defaultPatient(), today: Sample.today)
      }
      #expect(error == .busy(path: path, timeoutSeconds: 0))
    }
  }

  @Test func aConstraintFailureIsAnSQLiteErrorWithItsNamedCode() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let me = try store.defaultPatient()
      #expect(
        try SQLiteShell.run(
          store.path, "CREATE TRIGGER planted BEFORE INSERT ON pain BEGIN SELECT RAISE(ABORT, 'planted'); END"
        ).succeeded)

      let error = try #require(#expect(throws: SQLiteError.self) { try store.add(Sample.fullPain, for: me) })

      #expect(error.extendedResultCode == .SQLITE_CONSTRAINT_TRIGGER)
      #expect(error.resultCode == .SQLITE_CONSTRAINT)
      #expect(error.message == "planted")
      #expect(error.sql?.hasPrefix("INSERT INTO pain") == true)
      let matchedByPrimaryCode =
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT: true
        default: false
        }
      #expect(matchedByPrimaryCode)
      #expect(error.description.hasPrefix("SQLite error 19: planted - while executing INSERT INTO pain"))
    }
  }

  @Test func anEditThatChangesTheTypeIsRefusedAsSuch() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let me = try store.defaultPatient()
      let pain = try store.add(Sample.fullPain, for: me, today: Sample.today)

      let error = #expect(throws: StoreError.self) {
        try store.edit(id: pain.id!, for: me, today: Sample.today) { entry in
          entry = .symptom(SymptomEntry(day: Sample.today, kind: .catching))
        }
      }

      #expect(error == .typeChangeNotAllowed(id: pain.id!, from: .pain, to: .symptom))
      #expect(try store.entry(id: pain.id!, for: me) == pain)
    }
  }

  @Test func checkLeavesTheFutureDateRuleToTheDayOfEntry() throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let me = try store.defaultPatient()
      let farDay = Sample.day("9999-12-31")
      try store.add(.pain(PainEntry(day: farDay, score: 4)), for: me, today: farDay)
      #expect(try store.check() == [])
    }
  }

  /// At least one value of every case.
  static let everyCase: [StoreError] = [
    .notADatabase(path: "/d/x.sqlite"), .damaged(path: "/d/x.sqlite"),
    .notARecoveryDatabase(path: "/d/x.sqlite"),
    .newerSchema(path: "/d/x.sqlite", found: 9, supported: 2), .isAFolder(path: "/d"),
    .fileSystem(path: "/d/x.sqlite", errno: .permissionDenied),
    .cannotOpen(path: "/d/x.sqlite", code: .SQLITE_CANTOPEN),
    .readOnly(path: "/d/x.sqlite"), .diskFull(path: "/d/x.sqlite"),
    .ioError(path: "/d/x.sqlite", code: .SQLITE_IOERR_WRITE),
    .busy(path: "/d/x.sqlite", timeoutSeconds: 10),
    .backupTargetExists(path: "/d/b.sqlite"), .sameFileAsDatabase(path: "/d/x.sqlite"),
    .noFreeNameForKeptCopy(path: "/d/x.sqlite"),
    .unreadableEntry(path: "/d/x.sqlite", table: "pain", id: 3, column: "from_day", value: "secret"),
    .invalidPatientName(""), .noSuchPatient(name: "carl", known: ["anna"]),
    .noSuchEntry(id: 4, patient: "anna"),
    .invalidEntry(.nameRequired), .nothingChanged(id: 5), .typeChangeNotAllowed(id: 6, from: .aid, to: .pain),
    .nothingToUndo(patient: "anna"), .entryRemoved(id: 7),
    .entryOfOtherPatient(id: 8, patient: "bob", owner: "anna"),
    .patientExists(name: "anna"), .patientRemoved(name: "anna"), .patientHasEntries(name: "anna", count: 2),
    .defaultPatientNotRemovable(name: "default"),
    .duplicateSurgery(existing: 1, kind: .hipResurfacing, side: .both, day: CalendarDay("2022-11-14")!),
  ]

  @Test(arguments: everyCase)
  func descriptionsNameNoCommandLineOptionNorEntryContent(_ error: StoreError) {
    // A new case of StoreError fails to compile here until it is added to `everyCase`.
    switch error {
    case .notADatabase, .damaged, .notARecoveryDatabase, .newerSchema, .isAFolder, .fileSystem, .cannotOpen,
      .readOnly, .diskFull, .ioError, .busy, .backupTargetExists, .sameFileAsDatabase, .noFreeNameForKeptCopy,
      .unreadableEntry, .invalidPatientName, .noSuchPatient, .noSuchEntry, .invalidEntry, .nothingChanged,
      .typeChangeNotAllowed, .nothingToUndo, .entryRemoved, .entryOfOtherPatient, .patientExists,
      .patientRemoved, .patientHasEntries, .defaultPatientNotRemovable, .duplicateSurgery:
      break
    }
    let text = error.description
    #expect(!text.contains("--"), "\(text)")
    #expect(!text.contains("recovery "), "\(text)")
    #expect(!text.contains("secret"), "\(text)")
    #expect(text.first?.isUppercase == true || text.hasPrefix("/") || text.hasPrefix("#"), "\(text)")
    #expect(text.hasSuffix("."), "\(text)")
    #expect(!text.contains("\n"))
  }

  @Test func resultCodesReadAsSQLiteNamesThem() {
    #expect(ResultCode.SQLITE_BUSY.description == "5 (database is locked)")
    #expect(ResultCode.SQLITE_CONSTRAINT_CHECK.primaryResultCode == .SQLITE_CONSTRAINT)
    #expect(ResultCode.SQLITE_CONSTRAINT_CHECK.rawValue == 275)
    #expect(!ResultCode.SQLITE_CONSTRAINT_CHECK.isPrimary)
  }
}
