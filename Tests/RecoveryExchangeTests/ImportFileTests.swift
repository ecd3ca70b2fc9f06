import Foundation
import RecoveryDemo
import RecoveryExchange
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// Importing and exporting files through the library, in process, on real SQLite files: what the
/// command line does, without a process per case.
struct ImportFileTests {
  /// Writes `text` to `name` in `folder` and returns the path.
  func write(_ text: String, to name: String, in folder: TemporaryDirectory) throws -> String {
    let path = folder.file(name)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  /// The demo diary in a new store in `folder`.
  func demoStore(in folder: TemporaryDirectory) throws -> (RecoveryStore, Patient) {
    let store = try RecoveryStore(path: folder.database)
    let patient = try store.defaultPatient()
    try store.add(contentsOf: SeedStory.entries(), for: patient, today: SeedStory.reportDay)
    return (store, patient)
  }

  /// Exports `patient`'s entries with `writer` into `path`.
  func export(
    _ store: RecoveryStore, _ patient: Patient, with writer: some ExportWriter, to path: String
  ) throws -> Int {
    var writer = writer
    let file = try ExportFile(path: path, replacing: false)
    let output = BufferedOutput(descriptor: file.descriptor, name: path)
    let count = try store.export([patient], with: &writer, to: output)
    try output.flush()
    try file.commit()
    return count
  }

  /// The entries without their ids, for comparing two stores.
  func withoutIDs(_ entries: [DiaryEntry]) -> [DiaryEntry] {
    entries.map { entry in
      var entry = entry
      entry.id = nil
      return entry
    }
  }

  @Test func rowsOfPatientsInTurnEachReachTheirOwnDiary() throws {
    try TemporaryDirectory.with { folder in
      let names = ["alice", "bob", "alice", "alice", "bob", "carol", "alice"]
      var text = "patient,type,date,score\n"
      for (index, name) in names.enumerated() { text += "\(name),pain,2024-11-\(10 + index),\(index)\n" }
      let path = try write(text, to: "turns.csv", in: folder)
      let store = try RecoveryStore(path: folder.database)
      let today = CalendarDay(year: 2024, month: 12, day: 31)!
      let report = try store.importFile(at: path, format: .csv, options: ImportOptions(today: today))
      #expect(report.summary.committed && report.summary.new == names.count)
      for name in Set(names) {
        let patient = try #require(try store.patients().first { $0.name == name })
        let scores = try store.entries(for: patient).compactMap { entry -> Int? in
          if case .pain(let pain) = entry { pain.score } else { nil }
        }
        #expect(scores.sorted() == names.indices.filter { names[$0] == name }, "\(name)")
      }
    }
  }

  @Test func undoingAnImportOfSeveralTypesRemovesEveryOneOfThem() throws {
    try TemporaryDirectory.with { folder in
      let text = """
        patient,type,date,score,kind
        alice,pain,2024-11-10,4,
        alice,symptom,2024-11-11,,catching
        bob,pain,2024-11-11,3,
        alice,pain,2024-11-12,2,
        bob,pain,2024-11-13,1,

        """
      let path = try write(text, to: "mixed.csv", in: folder)
      let store = try RecoveryStore(path: folder.database)
      let today = CalendarDay(year: 2024, month: 12, day: 31)!
      let report = try store.importFile(at: path, format: .csv, options: ImportOptions(today: today))
      #expect(report.summary.committed && report.summary.new == 5)
      let alice = try #require(try store.patients().first { $0.name == "alice" })
      let bob = try #require(try store.patients().first { $0.name == "bob" })
      #expect(try store.entries(for: alice).map(\.type) == [.pain, .symptom, .pain])
      // Alice's import was of two types: undoing it removes both; Bob's, of pain only, stays.
      let undone = try store.undo(for: alice)
      #expect(undone.action == .add)
      #expect(try store.entries(for: alice).isEmpty)
      #expect(try store.entries(for: bob).count == 2)
      try store.undo(for: bob)
      #expect(try store.entries(for: bob).isEmpty)
    }
  }

  @Test func oneBadRowAmongThousandsWritesNothingAndNamesItsLine() throws {
    try TemporaryDirectory.with { folder in
      var text = "type,date,score,location\n"
      for index in 0..<3000 { text += "pain,2024-11-\(10 + index % 18),\(index % 11),groin\n" }
      text += "pain,2024-11-01,12,groin\n"
      let path = try write(text, to: "pain.csv", in: folder)
      let store = try RecoveryStore(path: folder.database)
      let today = CalendarDay(year: 2024, month: 12, day: 31)!
      let report = try store.importFile(at: path, format: .csv, options: ImportOptions(today: today))
      #expect(!report.summary.committed)
      #expect(report.summary.new == 3000 && report.summary.refused == 1 && report.summary.problemCount == 1)
      #expect(
        report.problems == [
          ImportProblem(
            line: 3002, .refused(.invalidEntry(.outOfRange(field: .score, value: 12, range: 0...10))))
        ])
      #expect(try store.entries(for: try store.defaultPatient()).isEmpty)
    }
  }

  @Test func importingAgainAddsNothingWhileIdenticalRowsStayTwo() throws {
    try TemporaryDirectory.with { folder in
      let text = "type,date,score\npain,2024-11-01,5\npain,2024-11-01,5\npain,2024-11-02,4\n"
      let path = try write(text, to: "pain.csv", in: folder)
      let store = try RecoveryStore(path: folder.database)
      let options = ImportOptions(today: SeedStory.reportDay)
      let first = try store.importFile(at: path, format: .csv, options: options)
      #expect(first.summary.new == 3 && first.summary.committed)
      let second = try store.importFile(at: path, format: .csv, options: options)
      #expect(second.summary.new == 0 && second.summary.unchanged == 3 && second.summary.committed)
      #expect(try store.entries(for: try store.defaultPatient()).count == 3)
    }
  }

  @Test func fileProblemsAndRefusalsComeInFileOrderUpToTheLimit() throws {
    try TemporaryDirectory.with { folder in
      // Line 2 does not read, line 3 is refused by the store, line 4 has a cell too many.
      let text = "type,date,score\npain,2024-11-01,five\npain,2024-11-01,11\npain,2024-11-02,4,extra\n"
      let path = try write(text, to: "pain.csv", in: folder)
      let store = try RecoveryStore(path: folder.database)
      let all = try store.importFile(
        at: path, format: .csv, options: ImportOptions(today: SeedStory.reportDay))
      #expect(all.problems.map(\.line) == [2, 3, 4])
      #expect(all.problems.last?.kind == .tooManyCells(found: 4, columns: 3))
      #expect(all.summary.refused == 3 && all.summary.problemCount == 3)
      let two = try store.importFile(
        at: path, format: .csv, options: ImportOptions(today: SeedStory.reportDay, problemLimit: 2))
      #expect(two.problems.map(\.line) == [2, 3] && two.summary.problemCount == 3)
    }
  }

  @Test(arguments: [ImportFormat.json, .csv])
  func anExportImportsIntoAnEmptyStoreLosingNothing(format: ImportFormat) throws {
    try TemporaryDirectory.with { folder in
      let (store, patient) = try demoStore(in: folder)
      let path = folder.file("diary.\(format.rawValue)")
      let count =
        format == .json
        ? try export(store, patient, with: JSONExportWriter(), to: path)
        : try export(store, patient, with: CSVExportWriter(marking: false), to: path)
      #expect(count == SeedStory.entries().count)
      let other = try RecoveryStore(path: folder.file("other.sqlite"))
      let report = try other.importFile(
        at: path, format: format, options: ImportOptions(today: SeedStory.reportDay))
      #expect(report.problems.isEmpty && report.summary.committed)
      let imported = try other.entries(for: try other.patients().first { $0.name == patient.name }!)
      #expect(withoutIDs(imported) == withoutIDs(try store.entries(for: patient)))
    }
  }

  @Test func theExportAndTheFHIRWriterEscapeStringsThroughOneEscaper() {
    let text = "a\"b\\c\nd\u{8}e\u{C}f\u{1F}g\u{7F}h\u{2028}i\u{2029}j é"
    #expect(JSONText.quoted(text) == #""a\"b\\c\nd\u0008e\u000cf\u001fg"# + "\u{7F}h\u{2028}i\u{2029}j é\"")
    #expect(
      JSONText.quoted(text, escapingSeparators: true)
        == #""a\"b\\c\nd\u0008e\u000cf\u001fg\u007fh\u2028i\u2029j é""#)
    // An E2 that starts another character stays as it is.
    #expect(JSONText.quoted("–…", escapingSeparators: true) == "\"–…\"")
    #expect(JSONText.number(40) == "40" && JSONText.number(67.516) == "67.516")
  }
}
