// Each entry type's fields, described once: the field in files, the SQL column, the kind and the key
// path. The store's INSERT, SELECT and row reading, and the exports' cells, are derived from these
// tables; the order is the columns' order in the store's SELECT list.

extension Treatment {
  /// The fields of a treatment; `category` is only exchanged (it follows from the kind).
  public static let columns: [EntryColumnReading<Treatment>] = [
    .id(\.id), .uid(.uid, "uid", \.uid), .day(.date, "day", \.day), .time(\.time),
    .word(.kind, "kind", \.kind), .word(.category, nil, \.category), .text(.name, "name", \.name),
    .word(.side, "side", \.side), .word(.level, "level", \.level), .word(.approach, "approach", \.approach),
    .word(.target, "target", \.target), .word(.guidance, "guidance", \.guidance),
    .text(.agent, "agent", \.agent), .text(.dose, "dose", \.dose), .integer(.round, "round", \.round),
    .text(.provider, "provider", \.provider), .text(.finding, "finding", \.finding), .note(\.note),
  ]
}

extension PainEntry {
  /// The fields of a pain rating.
  public static let columns: [EntryColumnReading<PainEntry>] = [
    .id(\.id), .uid(.uid, "uid", \.uid), .day(.date, "day", \.day), .time(\.time),
    .integer(.score, "score", \.score), .word(.location, "location", \.location),
    .word(.side, "side", \.side),
    .word(.activity, "activity", \.activity), .note(\.note),
  ]
}

extension SymptomEntry {
  /// The fields of a symptom.
  public static let columns: [EntryColumnReading<SymptomEntry>] = [
    .id(\.id), .uid(.uid, "uid", \.uid), .day(.date, "day", \.day), .time(\.time),
    .word(.kind, "kind", \.kind), .integer(.count, "count", \.count),
    .integer(.severity, "severity", \.severity),
    .word(.point, "point", \.point), .word(.location, "location", \.location), .word(.side, "side", \.side),
    .word(.activity, "activity", \.activity), .note(\.note),
  ]
}

extension AidPeriod {
  /// The fields of a walking-aid period; an open period's `to` is `null` in files.
  public static let columns: [EntryColumnReading<AidPeriod>] = [
    .id(\.id), .uid(.uid, "uid", \.uid), .word(.aid, "aid", \.aid), .day(.from, "from_day", \.from),
    EntryColumnReading(.to, "to_day", .day) { $0.to.map { .day($0) } ?? .null },
    .word(.weightBearing, "weight_bearing", \.weightBearing), .word(.side, "side", \.side), .note(\.note),
  ]
}

extension ScoreEntry {
  /// The fields of a questionnaire score; answers not given are `null` in files.
  public static let columns: [EntryColumnReading<ScoreEntry>] = [
    .id(\.id), .uid(.uid, "uid", \.uid), .day(.date, "day", \.day), .time(\.time),
    .word(.instrument, "instrument", \.instrument),
    EntryColumnReading(.answers, "answers", .answers) { $0.answers.map { .integers($0) } ?? .null },
    .integer(.raw, "raw", \.raw), EntryColumnReading(.score, "score", .decimal) { .decimal($0.score) },
    .word(.side, "side", \.side), .note(\.note),
  ]
}

extension MilestoneEntry {
  /// The fields of a milestone.
  public static let columns: [EntryColumnReading<MilestoneEntry>] = [
    .id(\.id), .uid(.uid, "uid", \.uid), .day(.date, "day", \.day), .time(\.time),
    .word(.kind, "kind", \.kind), .word(.side, "side", \.side), .note(\.note),
  ]
}

extension MilestoneTarget {
  /// The fields of a milestone target.
  public static let columns: [EntryColumnReading<MilestoneTarget>] = [
    .id(\.id), .uid(.uid, "uid", \.uid), .day(.date, "day", \.day), .word(.kind, "kind", \.kind),
    .integer(.days, "days", \.days), .uid(.surgery, "surgery", \.surgery), .note(\.note),
  ]
}

extension MedicationEntry {
  /// The fields of a medication: a dose has `date` and `time`, a course `from` and `to` (`null` while
  /// it goes on); the store keeps the day in one column and marks courses in `course`. `asNeeded` is
  /// given in files only when true.
  public static let columns: [EntryColumnReading<MedicationEntry>] = [
    .id(\.id), .uid(.uid, "uid", \.uid), .day(nil, "day", \.day),
    EntryColumnReading(.date, nil, .day) { $0.isCourse ? nil : .day($0.day) },
    EntryColumnReading(.from, nil, .day) { $0.isCourse ? .day($0.day) : nil }, .time(\.time),
    .word(.drug, "drug", \.drug), .text(.name, "name", \.name),
    EntryColumnReading(nil, "course", .flag) { .flag($0.isCourse) },
    EntryColumnReading(.to, "to_day", .day) { $0.isCourse ? $0.to.map { .day($0) } ?? .null : nil },
    EntryColumnReading(.dose, "dose", .decimal) { $0.dose.map { .decimal($0) } },
    .integer(.times, "times", \.times),
    EntryColumnReading(.asNeeded, "prn", .flag) { $0.asNeeded ? .flag(true) : nil }, .note(\.note),
  ]
}

extension EntryType {
  /// The type's fields, as its table's ``EntryColumnReading/column``s.
  public var columns: [EntryColumn] {
    switch self {
    case .treatment: Treatment.columns.map(\.column)
    case .pain: PainEntry.columns.map(\.column)
    case .symptom: SymptomEntry.columns.map(\.column)
    case .aid: AidPeriod.columns.map(\.column)
    case .score: ScoreEntry.columns.map(\.column)
    case .milestone: MilestoneEntry.columns.map(\.column)
    case .target: MilestoneTarget.columns.map(\.column)
    case .medication: MedicationEntry.columns.map(\.column)
    }
  }
}

extension DiaryEntry {
  /// Calls `body` with each field of the entry's type and its value in the entry, in the table's
  /// order.
  public func forEachColumn(_ body: (EntryColumn, FieldValue?) throws -> Void) rethrows {
    switch self {
    case .treatment(let entry):
      for reading in Treatment.columns { try body(reading.column, reading.value(of: entry)) }
    case .pain(let entry):
      for reading in PainEntry.columns { try body(reading.column, reading.value(of: entry)) }
    case .symptom(let entry):
      for reading in SymptomEntry.columns { try body(reading.column, reading.value(of: entry)) }
    case .aid(let entry):
      for reading in AidPeriod.columns { try body(reading.column, reading.value(of: entry)) }
    case .score(let entry):
      for reading in ScoreEntry.columns { try body(reading.column, reading.value(of: entry)) }
    case .milestone(let entry):
      for reading in MilestoneEntry.columns { try body(reading.column, reading.value(of: entry)) }
    case .target(let entry):
      for reading in MilestoneTarget.columns { try body(reading.column, reading.value(of: entry)) }
    case .medication(let entry):
      for reading in MedicationEntry.columns { try body(reading.column, reading.value(of: entry)) }
    }
  }
}
