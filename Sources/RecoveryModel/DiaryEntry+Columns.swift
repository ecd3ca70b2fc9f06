// Each entry type's fields, described once: the field in files, the SQL column, the kind and the
// property it reads. The store's INSERT, SELECT and row reading, and the exports' cells, are derived from these
// tables; the order is the columns' order in the store's SELECT list.

extension Treatment {
  /// The fields of a treatment; `category` is only exchanged (it follows from the kind).
  public static let columns: [EntryColumnReading<Treatment>] = [
    .id({ $0.id }), .uid(.uid, "uid", { $0.uid }), .day(.date, "day", { $0.day }), .time({ $0.time }),
    .word(.kind, "kind", { $0.kind }), .word(.category, nil, { $0.category }),
    .text(.name, "name", { $0.name }),
    .word(.side, "side", { $0.side }), .word(.level, "level", { $0.level }),
    .word(.approach, "approach", { $0.approach }),
    .word(.target, "target", { $0.target }), .word(.guidance, "guidance", { $0.guidance }),
    .text(.agent, "agent", { $0.agent }), .text(.dose, "dose", { $0.dose }),
    .integer(.round, "round", { $0.round }),
    .text(.provider, "provider", { $0.provider }), .text(.finding, "finding", { $0.finding }),
    .note({ $0.note }),
  ]
}

extension PainEntry {
  /// The fields of a pain rating.
  public static let columns: [EntryColumnReading<PainEntry>] = [
    .id({ $0.id }), .uid(.uid, "uid", { $0.uid }), .day(.date, "day", { $0.day }), .time({ $0.time }),
    .integer(.score, "score", { $0.score }), .word(.location, "location", { $0.location }),
    .word(.side, "side", { $0.side }),
    .word(.activity, "activity", { $0.activity }), .note({ $0.note }),
  ]
}

extension SymptomEntry {
  /// The fields of a symptom.
  public static let columns: [EntryColumnReading<SymptomEntry>] = [
    .id({ $0.id }), .uid(.uid, "uid", { $0.uid }), .day(.date, "day", { $0.day }), .time({ $0.time }),
    .word(.kind, "kind", { $0.kind }), .integer(.count, "count", { $0.count }),
    .integer(.severity, "severity", { $0.severity }),
    .word(.point, "point", { $0.point }), .word(.location, "location", { $0.location }),
    .word(.side, "side", { $0.side }),
    .word(.activity, "activity", { $0.activity }), .note({ $0.note }),
  ]
}

extension AidPeriod {
  /// The fields of a walking-aid period; an open period's `to` is `null` in files.
  public static let columns: [EntryColumnReading<AidPeriod>] = [
    .id({ $0.id }), .uid(.uid, "uid", { $0.uid }), .word(.aid, "aid", { $0.aid }),
    .day(.from, "from_day", { $0.from }),
    EntryColumnReading(.to, "to_day", .day) { $0.to.map { .day($0) } ?? .null },
    .word(.weightBearing, "weight_bearing", { $0.weightBearing }), .word(.side, "side", { $0.side }),
    .note({ $0.note }),
  ]
}

extension ScoreEntry {
  /// The fields of a questionnaire score; answers not given are `null` in files.
  public static let columns: [EntryColumnReading<ScoreEntry>] = [
    .id({ $0.id }), .uid(.uid, "uid", { $0.uid }), .day(.date, "day", { $0.day }), .time({ $0.time }),
    .word(.instrument, "instrument", { $0.instrument }),
    EntryColumnReading(.answers, "answers", .answers) { $0.answers.map { .integers($0) } ?? .null },
    .integer(.raw, "raw", { $0.raw }), EntryColumnReading(.score, "score", .decimal) { .decimal($0.score) },
    .word(.side, "side", { $0.side }), .note({ $0.note }),
  ]
}

extension MilestoneEntry {
  /// The fields of a milestone.
  public static let columns: [EntryColumnReading<MilestoneEntry>] = [
    .id({ $0.id }), .uid(.uid, "uid", { $0.uid }), .day(.date, "day", { $0.day }), .time({ $0.time }),
    .word(.kind, "kind", { $0.kind }), .word(.side, "side", { $0.side }), .note({ $0.note }),
  ]
}

extension MilestoneTarget {
  /// The fields of a milestone target.
  public static let columns: [EntryColumnReading<MilestoneTarget>] = [
    .id({ $0.id }), .uid(.uid, "uid", { $0.uid }), .day(.date, "day", { $0.day }),
    .word(.kind, "kind", { $0.kind }),
    .integer(.days, "days", { $0.days }), .uid(.surgery, "surgery", { $0.surgery }), .note({ $0.note }),
  ]
}

extension MedicationEntry {
  /// The fields of a medication: a dose has `date` and `time`, a course `from` and `to` (`null` while
  /// it goes on); the store keeps the day in one column and marks courses in `course`. `asNeeded` is
  /// given in files only when true.
  public static let columns: [EntryColumnReading<MedicationEntry>] = [
    .id({ $0.id }), .uid(.uid, "uid", { $0.uid }), .day(nil, "day", { $0.day }),
    EntryColumnReading(.date, nil, .day) { $0.isCourse ? nil : .day($0.day) },
    EntryColumnReading(.from, nil, .day) { $0.isCourse ? .day($0.day) : nil }, .time({ $0.time }),
    .word(.drug, "drug", { $0.drug }), .text(.name, "name", { $0.name }),
    EntryColumnReading(nil, "course", .flag) { .flag($0.isCourse) },
    EntryColumnReading(.to, "to_day", .day) { $0.isCourse ? $0.to.map { .day($0) } ?? .null : nil },
    EntryColumnReading(.dose, "dose", .decimal) { $0.dose.map { .decimal($0) } },
    .integer(.times, "times", { $0.times }),
    EntryColumnReading(.asNeeded, "prn", .flag) { $0.asNeeded ? .flag(true) : nil }, .note({ $0.note }),
  ]
}

extension EntryType {
  /// The type's fields, as its table's ``EntryColumnReading/column``s.
  public var columns: [EntryColumn] {
    switch self {
    case .treatment: Treatment.columns.map({ $0.column })
    case .pain: PainEntry.columns.map({ $0.column })
    case .symptom: SymptomEntry.columns.map({ $0.column })
    case .aid: AidPeriod.columns.map({ $0.column })
    case .score: ScoreEntry.columns.map({ $0.column })
    case .milestone: MilestoneEntry.columns.map({ $0.column })
    case .target: MilestoneTarget.columns.map({ $0.column })
    case .medication: MedicationEntry.columns.map({ $0.column })
    }
  }
}

extension DiaryEntry {
  /// Calls `body` with each field of the entry's type and its value in the entry, in the table's
  /// order.
  public func forEachColumn(_ body: (EntryColumn, FieldValue?) throws -> Void) rethrows {
    switch self {
    case .treatment(let entry): try Self.visit(Treatment.columns, entry, body)
    case .pain(let entry): try Self.visit(PainEntry.columns, entry, body)
    case .symptom(let entry): try Self.visit(SymptomEntry.columns, entry, body)
    case .aid(let entry): try Self.visit(AidPeriod.columns, entry, body)
    case .score(let entry): try Self.visit(ScoreEntry.columns, entry, body)
    case .milestone(let entry): try Self.visit(MilestoneEntry.columns, entry, body)
    case .target(let entry): try Self.visit(MilestoneTarget.columns, entry, body)
    case .medication(let entry): try Self.visit(MedicationEntry.columns, entry, body)
    }
  }

  /// Reads the table's columns in place, without copying each column (and retaining its reading)
  /// for every entry.
  private static func visit<Entry>(
    _ columns: [EntryColumnReading<Entry>], _ entry: Entry, _ body: (EntryColumn, FieldValue?) throws -> Void
  ) rethrows {
    try columns.withUnsafeBufferPointer { columns in
      for index in columns.indices {
        try body(columns[index].column, columns[index].value(of: entry))
      }
    }
  }
}
