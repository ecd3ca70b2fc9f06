import Foundation
import RecoveryDemo
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Scores, milestones and targets in a real database file: stored and read back whole, corrected with
/// history, and refused by the schema when a row breaks the instrument's rules.
struct ScoreStoreTests {
  static let day = Sample.day("2024-11-01")

  static let release = Treatment(day: Sample.day("2024-10-28"), kind: .psoasRelease, side: .right)

  /// A store holding a psoas release as #1.
  func withStore(_ body: (RecoveryStore, Patient) throws -> Void) throws {
    try TemporaryDirectory.with { directory in
      let store = try Sample.store(in: directory)
      let patient = try store.defaultPatient()
      try store.add(.treatment(Self.release), for: patient, today: Sample.today)
      try body(store, patient)
    }
  }

  @Test func everyTypeReadsBackAsStored() throws {
    try withStore { store, patient in
      let entries: [DiaryEntry] = [
        .score(
          try ScoreEntry.hoosJR(
            answers: [2, 1, 3, 0, 1, 2], day: Self.day, time: Sample.time("08:15"), side: .right,
            note: "before physio")),
        .score(
          try ScoreEntry.ihot12(
            answers: [100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 0, 0], day: Self.day, side: .both)),
        .score(try ScoreEntry.oxford(answers: [4, 4, 3, 3, 2, 4, 4, 1, 0, 4, 3, 4], day: Self.day)),
        .score(try ScoreEntry.oxford(total: 40, day: Self.day, note: "from the clinic's form")),
        .milestone(
          MilestoneEntry(day: Self.day, time: Sample.time("17:00"), kind: .drive, side: .right, note: "short")
        ),
        .milestone(MilestoneEntry(day: Self.day, kind: .painFreeDay)),
        .target(
          MilestoneTarget(
            day: Self.day, kind: .offCrutches, days: 14, surgery: Self.release.uid, note: "Dr X")),
        .target(
          MilestoneTarget(day: Self.day, kind: .milestone(.drive), days: 42, surgery: Self.release.uid)),
      ]
      var stored: [DiaryEntry] = []
      for entry in entries { stored.append(try store.add(entry, for: patient, today: Sample.today)) }
      for (entry, back) in zip(entries, stored) {
        var expected = entry
        expected.id = back.id
        #expect(try store.entry(id: back.id!, for: patient) == expected)
      }
      #expect(try store.entries(for: patient, matching: EntryQuery(types: [.score])).count == 4)
      #expect(try store.entries(for: patient, matching: EntryQuery(types: [.milestone])).count == 2)
      #expect(try store.entries(for: patient, matching: EntryQuery(types: [.target])).count == 2)
      #expect(try store.check().isEmpty)
    }
  }

  @Test func everyHOOSJRScoreIsStoredExactly() throws {
    try withStore { store, patient in
      for raw in 0...24 {
        var left = raw
        let answers = (0..<6).map { _ in
          let answer = min(4, left)
          left -= answer
          return answer
        }
        let entry = DiaryEntry.score(try ScoreEntry.hoosJR(answers: answers, day: Self.day))
        let id = try store.add(entry, for: patient, today: Sample.today).id!
        guard case .score(let back) = try store.entry(id: id, for: patient) else {
          Issue.record("#\(id) is not a score")
          continue
        }
        #expect(back.score == Instrument.hoosJRIntervalScores[raw])
        #expect(back.raw == raw)
      }
      let sql = try SQLiteShell.output(store.path, "SELECT group_concat(score, ' ') FROM score ORDER BY id")
      #expect(sql.hasPrefix("100.0 92.34 85.257"))
      #expect(sql.hasSuffix("15.633 8.104 0.0"))
    }
  }

  @Test func editingAnswersRescoresWithHistoryAndUndo() throws {
    try withStore { store, patient in
      let first = try ScoreEntry.hoosJR(answers: [2, 1, 1, 1, 1, 1], day: Self.day)
      let id = try store.add(.score(first), for: patient, today: Sample.today).id!
      let (_, after) = try store.edit(id: id, for: patient, today: Sample.today) { entry in
        guard case .score(let score) = entry else { return }
        entry = .score(
          try ScoreEntry.hoosJR(
            answers: [0, 0, 0, 0, 0, 1], day: score.day, side: .left, id: score.id, uid: score.uid))
      }
      guard case .score(let edited) = after else {
        Issue.record("not a score")
        return
      }
      #expect(edited.score == 92.340)
      #expect(edited.uid == first.uid)
      let history = try store.history(id: id, for: patient)
      #expect(history.map(\.action) == [.add, .edit])
      guard case .score(let added)? = history.first?.entry else {
        Issue.record("no first version")
        return
      }
      #expect(added.score == 67.516)
      try store.undo(for: patient)
      guard case .score(let restored) = try store.entry(id: id, for: patient) else {
        Issue.record("not a score")
        return
      }
      #expect(restored.score == 67.516)
      #expect(restored.answers == [2, 1, 1, 1, 1, 1])
      try store.remove(id: id, for: patient)
      #expect(try store.entries(for: patient, matching: EntryQuery(types: [.score])).isEmpty)
      try store.undo(for: patient)
      #expect(try store.entries(for: patient, matching: EntryQuery(types: [.score])).count == 1)
    }
  }

  @Test func aTargetMustCountFromOneOfThePatientsSurgeries() throws {
    try withStore { store, patient in
      let cortisone = try store.add(
        .treatment(Treatment(day: Self.day, kind: .cortisone)), for: patient, today: Sample.today)
      for uid in [UUID(), cortisone.uid] {
        let target = MilestoneTarget(day: Self.day, kind: .offCrutches, days: 14, surgery: uid)
        #expect(throws: StoreError.invalidEntry(.unknownSurgery(uid))) {
          try store.add(.target(target), for: patient, today: Sample.today)
        }
      }
      let other = try store.patientCreatingIfNeeded(named: "other")
      let theirs = MilestoneTarget(day: Self.day, kind: .offCrutches, days: 14, surgery: Self.release.uid)
      #expect(throws: StoreError.invalidEntry(.unknownSurgery(Self.release.uid))) {
        try store.add(.target(theirs), for: other, today: Sample.today)
      }
      #expect(try SQLiteShell.value(store.path, "SELECT count(*) FROM target") == "0")

      let kept = try store.add(.target(theirs), for: patient, today: Sample.today)
      try store.remove(id: 1, for: patient)
      // The surgery's removal leaves the target's own corrections possible.
      try store.edit(id: kept.id!, for: patient, today: Sample.today) { entry in
        guard case .target(var target) = entry else { return }
        target.days = 21
        entry = .target(target)
      }
      #expect(throws: StoreError.invalidEntry(.unknownSurgery(Self.release.uid))) {
        try store.add(.target(theirs), for: patient, today: Sample.today)
      }
    }
  }

  @Test func checkFindsATargetWhoseSurgeryIsGone() throws {
    try withStore { store, patient in
      let target = try store.add(
        .target(MilestoneTarget(day: Self.day, kind: .offCrutches, days: 14, surgery: Self.release.uid)),
        for: patient, today: Sample.today)
      try store.remove(id: 1, for: patient)
      // The surgery's removal orphans the target: check says so.
      let orphaned = try store.check()
      #expect(orphaned.map(\.entryID) == [target.id])
      #expect(orphaned.first?.message.hasSuffix("which was removed") == true)
      try SQLiteShell.output(
        store.path,
        "UPDATE target SET surgery = '00000000-0000-0000-0000-000000000001' WHERE id = \(target.id!)")
      let problems = try store.check()
      #expect(problems.map(\.entryID) == [target.id])
      #expect(problems.first?.message.contains("not a surgery") == true)
    }
  }

  @Test func theSchemaAcceptsEveryScoreTheModelAcceptsAndNoOther() throws {
    let seed = TestSeed.fixed(31)
    var random = SplitMix64(seed: seed.value)
    try withStore { store, patient in
      var stored = 0
      for round in 0..<200 {
        let instrument = random.pick(Instrument.allCases)
        let valid = random.int(in: 0...2) != 0
        let count = valid ? instrument.answerCount : random.int(in: 0...(instrument.answerCount + 2))
        let range = instrument.answerRange
        let answers = (0..<count).map { _ in
          valid || random.int(in: 0...5) != 0
            ? random.int(in: range) : random.int(in: (range.lowerBound - 3)...(range.upperBound + 3))
        }
        let raw = answers.reduce(0, +)
        // As given, not computed: the store must check what the model checks.
        let guess =
          instrument == .hoosJR
          ? Instrument.hoosJRIntervalScores[min(max(raw, 0), 24)]
          : Double(raw) / (instrument == .ihot12 ? 12 : 1)
        let entry = ScoreEntry(
          day: Self.day, instrument: instrument, answers: answers, raw: raw, score: guess)
        let modelAccepts = (try? entry.validate(today: Sample.today)) != nil
        do {
          try store.add(.score(entry), for: patient, today: Sample.today)
          #expect(modelAccepts, "\(seed), round \(round): stored \(answers)")
          stored += 1
        } catch StoreError.invalidEntry {
          #expect(!modelAccepts, "\(seed), round \(round): refused \(answers)")
        }
        // The schema alone, without the model in front of it, agrees; its ids count down, below the
        // store's, which count up from the highest.
        let text = answers.map(String.init).joined(separator: " ")
        let sql = Self.insert(
          "score",
          [
            "id": "\(1_000_000 - round)", "uid": "'\(UUID().uuidString.lowercased())'",
            "instrument": "'\(instrument.rawValue)'", "answers": "'\(text)'", "raw": "\(raw)",
            "score": "\(guess)",
          ])
        let result = try SQLiteShell.run(store.path, sql)
        #expect(
          result.succeeded == modelAccepts, "\(seed), round \(round): SQLite on \(answers): \(result.error)")
      }
      #expect(stored > 50)
    }
  }

  /// A raw INSERT into one of the new tables, with `values` overriding the columns of a correct row.
  static func insert(_ table: String, _ values: [String: String]) -> String {
    let base: [String: [(String, String)]] = [
      "score": [
        ("instrument", "'hoos-jr'"), ("answers", "'2 1 1 1 1 1'"), ("raw", "7"), ("score", "67.516"),
      ],
      "milestone": [("kind", "'drive'")],
      "target": [
        ("kind", "'off-crutches'"), ("days", "14"), ("surgery", "'\(release.uid.uuidString.lowercased())'"),
        ("time", "NULL"),
      ],
    ]
    let columns =
      [
        ("id", "1000"), ("uid", "'6f1c2d3e-4b5a-4c6d-8e7f-90a1b2c3d4e5'"), ("patient_id", "1"),
        ("day", "'2024-11-01'"), ("recorded_at", "'2024-11-20T10:00:00+0000'"),
      ] + base[table]!
    let names = columns.map(\.0).joined(separator: ", ")
    let row = columns.map { values[$0.0] ?? $0.1 }.joined(separator: ", ")
    return "INSERT INTO \(table) (\(names)) VALUES (\(row))"
  }

  static let ihot = "'100 100 100 100 100 100 100 100 100 100 0 0'"

  static let rawRows: [(String, String, [String: String], Bool)] = [
    ("a correct HOOS JR row", "score", [:], true),
    ("a HOOS JR row with five answers", "score", ["answers": "'2 1 1 1 1'"], false),
    ("a HOOS JR answer of 5", "score", ["answers": "'2 1 1 1 1 5'"], false),
    ("a HOOS JR row without answers", "score", ["answers": "NULL"], false),
    ("a HOOS JR score off the table", "score", ["score": "70.0"], false),
    ("a HOOS JR raw sum of 25", "score", ["raw": "25", "score": "0.0"], false),
    (
      "a correct iHOT-12 row", "score",
      ["instrument": "'ihot-12'", "answers": ihot, "raw": "1000", "score": "1000 / 12.0"], true
    ),
    (
      "an iHOT-12 answer of 101", "score",
      [
        "instrument": "'ihot-12'", "answers": "'101 100 100 100 100 100 100 100 100 100 0 0'", "raw": "1001",
        "score": "1001 / 12.0",
      ], false
    ),
    (
      "an iHOT-12 answer with a leading zero", "score",
      [
        "instrument": "'ihot-12'", "answers": "'100 100 100 100 100 100 100 100 100 100 00 0'", "raw": "1000",
        "score": "1000 / 12.0",
      ], false
    ),
    (
      "an iHOT-12 row with eleven answers", "score",
      [
        "instrument": "'ihot-12'", "answers": "'100 100 100 100 100 100 100 100 100 100 0'", "raw": "1000",
        "score": "1000 / 12.0",
      ], false
    ),
    (
      "an iHOT-12 mean rounded", "score",
      ["instrument": "'ihot-12'", "answers": ihot, "raw": "1000", "score": "83.3"], false
    ),
    (
      "an Oxford total alone", "score",
      ["instrument": "'oxford'", "answers": "NULL", "raw": "40", "score": "40.0"], true
    ),
    (
      "an Oxford total of 49", "score",
      ["instrument": "'oxford'", "answers": "NULL", "raw": "49", "score": "49.0"], false
    ),
    ("an unknown instrument", "score", ["instrument": "'womac'"], false),
    ("a NULL score", "score", ["score": "NULL"], false),
    ("a correct milestone row", "milestone", [:], true),
    ("an unknown milestone", "milestone", ["kind": "'off-crutches'"], false),
    ("a correct target row", "target", [:], true),
    ("a target of 0 days", "target", ["days": "0"], false),
    ("a target with a time of day", "target", ["time": "'10:00'"], false),
    ("a target of an unknown kind", "target", ["kind": "'fly'"], false),
    ("a target without a surgery", "target", ["surgery": "NULL"], false),
  ]

  @Test(arguments: rawRows.map(\.0))
  func theSchemaHoldsEachInstrumentsRules(name: String) throws {
    let (_, table, values, accepted) = try #require(Self.rawRows.first { $0.0 == name })
    try withStore { store, _ in
      let result = try SQLiteShell.run(store.path, Self.insert(table, values))
      let count = try SQLiteShell.value(store.path, "SELECT count(*) FROM \(table)")
      if accepted {
        #expect(result.succeeded, "\(result.error)")
        #expect(count == "1")
      } else {
        #expect(result.status != 0, "SQLite accepted \(name)")
        #expect(count == "0")
      }
    }
  }

  @Test func theChangeTableAcceptsTheNewTypesOnly() throws {
    try withStore { store, _ in
      let insert = { (type: String) in
        "INSERT INTO change (patient_id, action, entry_type, first_id, last_id, recorded_at) VALUES"
          + " (1, 'add', '\(type)', 5, 5, '2024-11-20T10:00:00+0000')"
      }
      for type in EntryType.allCases {
        let result = try SQLiteShell.run(store.path, insert(type.rawValue))
        #expect(result.succeeded, "\(type): \(result.error)")
      }
      let refused = try SQLiteShell.run(store.path, insert("mood"))
      #expect(refused.status != 0)
    }
  }
}

extension ScoreStoreTests {
  /// The pseudonym key is made on first use, kept, and the same for every later call and connection.
  @Test func thePseudonymKeyIsMadeOnceAndKept() throws {
    try withStore { store, _ in
      #expect(try SQLiteShell.value(store.path, "SELECT count(*) FROM secret") == "0")
      let key = try store.pseudonymKey()
      #expect(key.count == 32)
      #expect(try store.pseudonymKey() == key)
      #expect(try RecoveryStore(path: store.path).pseudonymKey() == key)
      #expect(try SQLiteShell.value(store.path, "SELECT count(*) FROM secret") == "1")
      let hex = key.map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
      #expect(try SQLiteShell.value(store.path, "SELECT value FROM secret") == hex)
    }
  }
}
