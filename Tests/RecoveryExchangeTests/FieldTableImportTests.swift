import Foundation
import RecoveryExchange
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// The imports against the entry types' field tables (`EntryType.columns`): the builder every import
/// and the store's row reading go through reads exactly each table's fields, each as its kind, and
/// an entry of every type with every field set comes back whole through a CSV and a JSON file.
struct FieldTableImportTests {
  static let uid = UUID(uuidString: "0ddff4ac-d986-41d4-844c-83c320ecf37f")!
  static let surgery = UUID(uuidString: "3f1e3b2a-1c2d-4e5f-8a9b-0c1d2e3f4a5b")!
  static let day = CalendarDay("2024-11-20")!
  static let time = TimeOfDay("21:30")!
  static let note = "first, \"quoted\"\nsecond line, 中文"

  /// An entry of each type, and each form of a type, with every field it has set.
  static func everyField() throws -> [DiaryEntry] {
    [
      .treatment(
        Treatment(
          uid: uid, day: day, time: time, kind: .psoasRelease, name: "tenotomy", side: .right,
          level: .centralCompartment, approach: .arthroscopic, target: .iliopsoasTendon,
          guidance: .ultrasound,
          agent: "bupivacaine", dose: "10 ml", round: 2, provider: "Dr Example", finding: "cup overhanging",
          note: note)),
      .pain(
        PainEntry(
          uid: uid, day: day, time: time, score: 6, location: .groin, side: .left, activity: .stairs,
          note: note)),
      .symptom(
        SymptomEntry(
          uid: uid, day: day, time: time, kind: .triggerPoint, count: 4, severity: 7, point: .lowerPsoas,
          location: .frontThigh, side: .both, activity: .sitting, note: note)),
      .aid(
        AidPeriod(
          uid: uid, aid: .twoCrutches, from: day, to: day.adding(days: 14), weightBearing: .pwb, side: .both,
          note: note)),
      .aid(AidPeriod(uid: uid, aid: .cane, from: day, to: nil, note: note)),
      .score(
        try ScoreEntry.hoosJR(
          answers: [2, 1, 1, 1, 1, 1], day: day, time: time, side: .left, note: note, uid: uid)
      ),
      .score(try ScoreEntry.oxford(total: 31, day: day, time: time, side: .right, note: note, uid: uid)),
      .milestone(
        MilestoneEntry(uid: uid, day: day, time: time, kind: .walkWithoutAid, side: .left, note: note)),
      .target(
        MilestoneTarget(
          uid: uid, day: day, kind: .milestone(.returnToWork), days: 42, surgery: surgery, note: note)),
      .medication(
        MedicationEntry(
          uid: uid, drug: .paracetamol, name: "Panadol", day: day, time: time, dose: 500, times: 2,
          asNeeded: true,
          note: note)),
      .medication(
        MedicationEntry(
          uid: uid, drug: .paracetamol, day: day, isCourse: true, to: day.adding(days: 10), dose: 2.5,
          times: 3,
          note: note)),
      .medication(MedicationEntry(uid: uid, drug: .paracetamol, day: day, isCourse: true, to: nil)),
    ]
  }

  /// A reader that gives a plausible value of every field and records each field it is asked for,
  /// with the kind it is asked for as.
  final class RecordingReader: EntryFieldReader {
    let type: EntryType
    /// Whether `from` is given: a medication course rather than doses on a day.
    let course: Bool
    var read: [(EntryField, EntryColumn.FieldKind)] = []

    init(type: EntryType, course: Bool) {
      self.type = type
      self.course = course
    }

    private func record(_ field: EntryField, _ kind: EntryColumn.FieldKind) {
      read.append((field, kind))
    }

    func uid(_ field: EntryField) throws -> UUID? {
      record(field, .uid)
      return FieldTableImportTests.uid
    }

    func day(_ field: EntryField) throws -> CalendarDay? {
      record(field, .day)
      return field == .from && type == .medication && !course ? nil : FieldTableImportTests.day
    }

    func time(_ field: EntryField) throws -> TimeOfDay? {
      record(field, .time)
      return FieldTableImportTests.time
    }

    func word<Word: Vocabulary>(_ field: EntryField, in words: WordTable<Word>) throws -> Word? {
      record(field, .word)
      return Word.allCases.first
    }

    func integer(_ field: EntryField) throws -> Int? {
      record(field, field == .id ? .id : .integer)
      return 1
    }

    func decimal(_ field: EntryField) throws -> Double? {
      record(field, .decimal)
      return 1
    }

    func text(_ field: EntryField) throws -> String? {
      record(field, .text)
      return "text"
    }

    func flag(_ field: EntryField) throws -> Bool? {
      record(field, .flag)
      return true
    }

    func answers(_ field: EntryField) throws -> [Int]? {
      record(field, .answers)
      return [1]
    }

    func missing(_ field: EntryField) -> any Error {
      EntryReadError.missingField(field, type: type)
    }
  }

  /// The fields of the type's table that files give, with their kinds: every column with a field
  /// except a treatment's `category`, which is written only (it follows from the kind).
  static func readFields(_ type: EntryType) -> [String] {
    type.columns.compactMap { column in
      guard let field = column.field, field != .category else { return nil }
      return "\(field.rawValue) \(column.kind)"
    }
  }

  @Test(arguments: EntryType.allCases)
  func theBuilderReadsEveryFieldOfTheTableAsItsKind(type: EntryType) throws {
    var read: [String] = []
    // A medication reads `date` and `time` for doses on a day, `from` and `to` for a course.
    for course in type == .medication ? [false, true] : [false] {
      let reader = RecordingReader(type: type, course: course)
      let entry = try DiaryEntry(type: type, reading: reader)
      #expect(entry.type == type)
      let fields = reader.read.map { "\($0.0.rawValue) \($0.1)" }
      #expect(Set(fields).count == fields.count, "\(type): a field read twice: \(fields)")
      read += fields
    }
    #expect(Set(read) == Set(Self.readFields(type)), "\(type)")
    // A type of one form reads its fields in the table's order, which is the order of its errors.
    if type != .medication { #expect(read == Self.readFields(type)) }
  }

  /// The entry with the id a file leaves to the database.
  func withoutID(_ entry: DiaryEntry) -> DiaryEntry {
    var entry = entry
    entry.id = nil
    return entry
  }

  /// The entries read from `items`, failing on any problem.
  func entries(_ items: [ReadItem]) -> [ImportedEntry] {
    items.compactMap { item in
      switch item {
      case .entry(let entry, _): return entry
      case .problem(let problem):
        Issue.record("\(problem)")
        return nil
      case .unreadRow(let line):
        Issue.record("line \(line) unread")
        return nil
      }
    }
  }

  @Test func everyFieldKindComesBackThroughACSVFile() throws {
    let entries = try Self.everyField()
    try TemporaryDirectory.with { folder in
      let path = folder.file("entries.csv")
      let file = try ExportFile(path: path, replacing: false)
      let output = BufferedOutput(descriptor: file.descriptor, name: path)
      let patient = Patient(id: 1, uid: Self.surgery, name: "Ana María")
      try EntryExport.csv(entries, of: patient, to: output)
      try output.flush()
      try file.commit()
      let read = self.entries(Array(CSVImportReader(input: try InputBytes(path: path))))
      #expect(read.map(\.entry) == entries.map(withoutID))
      #expect(read.allSatisfy { $0.patient == "Ana María" && $0.uidGiven && !$0.removed })
    }
  }

  @Test func everyFieldKindComesBackThroughAJSONFile() throws {
    let entries = try Self.everyField()
    let json = try EntryExport.json(
      entries, patient: "Ana María", removed: [0], marking: true)
    try TemporaryDirectory.with { folder in
      let path = folder.file("entries.json")
      try Data(json.utf8).write(to: URL(fileURLWithPath: path))
      let read = self.entries(Array(JSONImportReader(input: try InputBytes(path: path))))
      #expect(read.map(\.entry) == entries.map(withoutID))
      // Entries without ids count as id 0, which `removed` marks.
      #expect(read.allSatisfy { $0.patient == "Ana María" && $0.uidGiven && $0.removed })
    }
  }

  /// A CSV cell and a JSON value of each kind that is not of it, and the error it gives.
  @Test(arguments: [
    (
      "pain", EntryField.score, ImportedValue.text("five"),
      EntryReadError.invalidValue(field: .score, value: "five", expected: "a whole number")
    ),
    ("pain", .score, .number("5.5"), .invalidValue(field: .score, value: "5.5", expected: "a whole number")),
    ("pain", .note, .number("5"), .invalidValue(field: .note, value: "5", expected: "text")),
    ("pain", .uid, .text("not-a-uuid"), .invalidValue(field: .uid, value: "not-a-uuid", expected: "a UUID")),
    ("pain", .date, .text("2024-02-30"), .invalidEntry(.malformedDate("2024-02-30"))),
    ("pain", .time, .text("24:00"), .invalidEntry(.malformedTime("24:00"))),
    ("pain", .side, .flag(true), .invalidValue(field: .side, value: "true", expected: "a word")),
    ("medication", .dose, .text("lots"), .invalidValue(field: .dose, value: "lots", expected: "a number")),
    (
      "medication", .asNeeded, .text("yes"),
      .invalidValue(field: .asNeeded, value: "yes", expected: "true or false")
    ),
    (
      "score", .answers, .text("2,1"),
      .invalidValue(field: .answers, value: "2,1", expected: "whole numbers separated by single spaces")
    ),
    (
      "score", .answers, .list([.number("2"), .null]),
      .invalidValue(field: .answers, value: "null", expected: "a whole number")
    ),
    ("target", .surgery, .text("x"), .invalidValue(field: .surgery, value: "x", expected: "a UUID")),
  ])
  func aValueNotOfItsKindNamesTheFieldAndTheKind(
    type: String, field: EntryField, value: ImportedValue, error: EntryReadError
  ) {
    var fields: [EntryField: ImportedValue] = [
      .type: .text(type), .date: .text("2024-11-20"), .from: .text("2024-11-20"), .score: .number("5"),
      .drug: .text("paracetamol"), .instrument: .text("oxford"), .kind: .text("return-to-work"),
      .days: .number("42"), .surgery: .text(Self.surgery.uuidString),
    ]
    fields[field] = value
    #expect(throws: error) { try ImportedEntry(fields: fields) }
    // A CSV cell is text: its reading from the bytes gives the same error.
    if case .text = value {
      let columns = Array(fields.keys)
      let cells = columns.map { fields[$0]!.written }
      #expect(throws: error) { try ImportedEntry(cells: cells, columns: columns) }
    }
  }

  @Test func aMissingFieldNamesTheTypeThatNeedsIt() {
    #expect(throws: EntryReadError.missingField(.score, type: .pain)) {
      try ImportedEntry(cells: ["pain", "2024-11-20"], columns: [.type, .date])
    }
    #expect(throws: EntryReadError.missingField(.days, type: .target)) {
      try ImportedEntry(fields: [.type: .text("target"), .date: .text("2024-11-20"), .kind: .text("drive")])
    }
    #expect(throws: EntryReadError.missingField(.type, type: nil)) {
      try ImportedEntry(fields: [.date: .text("2024-11-20")])
    }
    #expect(
      throws: EntryReadError.invalidEntry(
        .unknownWord(kind: "entry type", value: "mood", choices: EntryType.choices))
    ) {
      try ImportedEntry(cells: ["mood"], columns: [.type])
    }
  }
}
