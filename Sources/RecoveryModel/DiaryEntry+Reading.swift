// Each entry type built from its fields, read through an `EntryFieldReader` in the order of the
// type's field table (`DiaryEntry+Columns.swift`), each as the table's kind: the store reads its rows
// and the imports their records and objects through these builders. The field tables' tests check
// that every builder reads exactly its table's fields, each as its kind.

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension DiaryEntry {
  /// Builds an entry of `type` from the fields `reader` gives.
  ///
  /// `id` is read as the reader gives it (an import gives none); a field the entry needs and the
  /// reader does not give throws the reader's ``EntryFieldReader/missing(_:)`` error, and the first
  /// value that is not of its kind the reader's own error.
  @inlinable
  package init(type: EntryType, reading reader: some EntryFieldReader) throws {
    switch type {
    case .treatment: self = .treatment(try Treatment(reading: reader))
    case .pain: self = .pain(try PainEntry(reading: reader))
    case .symptom: self = .symptom(try SymptomEntry(reading: reader))
    case .aid: self = .aid(try AidPeriod(reading: reader))
    case .score: self = .score(try ScoreEntry(reading: reader))
    case .milestone: self = .milestone(try MilestoneEntry(reading: reader))
    case .target: self = .target(try MilestoneTarget(reading: reader))
    case .medication: self = .medication(try MedicationEntry(reading: reader))
    }
  }
}

extension Treatment {
  /// Builds a treatment; `category` is not read (it follows from the kind).
  @inlinable
  package init(reading reader: some EntryFieldReader) throws {
    self.init(
      id: try reader.integer(.id), uid: try reader.required(.uid, reader.uid),
      day: try reader.required(.date, reader.day), time: try reader.time(.time),
      kind: try reader.requiredWord(.kind, in: WordTables.treatmentKind), name: try reader.text(.name),
      side: try reader.word(.side, in: WordTables.side), level: try reader.word(.level, in: WordTables.level),
      approach: try reader.word(.approach, in: WordTables.approach),
      target: try reader.word(.target, in: WordTables.target),
      guidance: try reader.word(.guidance, in: WordTables.guidance), agent: try reader.text(.agent),
      dose: try reader.text(.dose), round: try reader.integer(.round), provider: try reader.text(.provider),
      finding: try reader.text(.finding), note: try reader.text(.note))
  }
}

extension PainEntry {
  /// Builds a pain rating.
  @inlinable
  package init(reading reader: some EntryFieldReader) throws {
    self.init(
      id: try reader.integer(.id), uid: try reader.required(.uid, reader.uid),
      day: try reader.required(.date, reader.day), time: try reader.time(.time),
      score: try reader.required(.score, reader.integer),
      location: try reader.word(.location, in: WordTables.location),
      side: try reader.word(.side, in: WordTables.side),
      activity: try reader.word(.activity, in: WordTables.activity), note: try reader.text(.note))
  }
}

extension SymptomEntry {
  /// Builds a symptom.
  @inlinable
  package init(reading reader: some EntryFieldReader) throws {
    self.init(
      id: try reader.integer(.id), uid: try reader.required(.uid, reader.uid),
      day: try reader.required(.date, reader.day), time: try reader.time(.time),
      kind: try reader.requiredWord(.kind, in: WordTables.symptomKind), count: try reader.integer(.count),
      severity: try reader.integer(.severity), point: try reader.word(.point, in: WordTables.point),
      location: try reader.word(.location, in: WordTables.location),
      side: try reader.word(.side, in: WordTables.side),
      activity: try reader.word(.activity, in: WordTables.activity), note: try reader.text(.note))
  }
}

extension AidPeriod {
  /// Builds a walking-aid period; no `to` is an open period.
  @inlinable
  package init(reading reader: some EntryFieldReader) throws {
    self.init(
      id: try reader.integer(.id), uid: try reader.required(.uid, reader.uid),
      aid: try reader.requiredWord(.aid, in: WordTables.aid), from: try reader.required(.from, reader.day),
      to: try reader.day(.to), weightBearing: try reader.word(.weightBearing, in: WordTables.weightBearing),
      side: try reader.word(.side, in: WordTables.side), note: try reader.text(.note))
  }
}

extension ScoreEntry {
  /// Builds a questionnaire score. `raw` and `score`, when not given, are computed from the answers
  /// (or an Oxford total); a total given alone under `score` gives `raw`. Given ones are kept as they
  /// are, for ``validate(today:)`` to check.
  @inlinable
  package init(reading reader: some EntryFieldReader) throws {
    let id = try reader.integer(.id)
    let uid = try reader.required(.uid, reader.uid)
    let day = try reader.required(.date, reader.day)
    let time = try reader.time(.time)
    let instrument = try reader.requiredWord(.instrument, in: WordTables.instrument)
    let answers = try reader.answers(.answers)
    let given = (raw: try reader.integer(.raw), score: try reader.decimal(.score))
    let completed = Self.completed(
      instrument: instrument, answers: answers, raw: given.raw, score: given.score)
    guard let score = completed.score else { throw reader.missing(.score) }
    self.init(
      id: id, uid: uid, day: day, time: time, instrument: instrument, answers: answers, raw: completed.raw,
      score: score, side: try reader.word(.side, in: WordTables.side), note: try reader.text(.note))
  }

  /// `raw` and `score` with those not given computed from the answers, or from a total given alone
  /// (under `raw`, or under `score`: an Oxford score's total is its raw sum).
  @usableFromInline
  static func completed(
    instrument: Instrument, answers: [Int]?, raw: Int?, score: Double?
  ) -> (raw: Int?, score: Double?) {
    var raw = raw
    var score = score
    if raw == nil || score == nil, let answers, let result = try? instrument.scored(answers: answers) {
      raw = raw ?? result.raw
      score = score ?? result.score
    }
    if score == nil, answers == nil, let raw, let result = try? instrument.scored(total: raw) {
      score = result.score
    }
    if raw == nil, answers == nil, let given = score, given == given.rounded(), abs(given) < 1e6,
      let result = try? instrument.scored(total: Int(given)), result.score == given
    {
      raw = result.raw
    }
    return (raw, score)
  }
}

extension MilestoneEntry {
  /// Builds a milestone.
  @inlinable
  package init(reading reader: some EntryFieldReader) throws {
    self.init(
      id: try reader.integer(.id), uid: try reader.required(.uid, reader.uid),
      day: try reader.required(.date, reader.day), time: try reader.time(.time),
      kind: try reader.requiredWord(.kind, in: WordTables.milestoneKind),
      side: try reader.word(.side, in: WordTables.side), note: try reader.text(.note))
  }
}

extension MilestoneTarget {
  /// Builds a milestone target.
  @inlinable
  package init(reading reader: some EntryFieldReader) throws {
    self.init(
      id: try reader.integer(.id), uid: try reader.required(.uid, reader.uid),
      day: try reader.required(.date, reader.day),
      kind: try reader.requiredWord(.kind, in: WordTables.targetKind),
      days: try reader.required(.days, reader.integer), surgery: try reader.required(.surgery, reader.uid),
      note: try reader.text(.note))
  }
}

extension MedicationEntry {
  /// Builds a medication: a course when `from` is given (with `to`, none while it goes on), else
  /// doses on the day `date` gives (with `time`). `times` is 1 and `asNeeded` false when not given.
  @inlinable
  package init(reading reader: some EntryFieldReader) throws {
    let id = try reader.integer(.id)
    let uid = try reader.required(.uid, reader.uid)
    let from = try reader.day(.from)
    let day = try from ?? reader.required(.date, reader.day)
    let time = from == nil ? try reader.time(.time) : nil
    let drug = try reader.requiredWord(.drug, in: WordTables.drug)
    let name = try reader.text(.name)
    let to = from != nil ? try reader.day(.to) : nil
    self.init(
      id: id, uid: uid, drug: drug, name: name, day: day, time: time, isCourse: from != nil, to: to,
      dose: try reader.decimal(.dose), times: try reader.integer(.times) ?? 1,
      asNeeded: try reader.flag(.asNeeded) ?? false, note: try reader.text(.note))
  }
}
