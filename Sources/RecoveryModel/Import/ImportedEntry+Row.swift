#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension ImportedEntry {
  /// Reads one CSV row: `cells[i]` is the value of `columns[i]`, an empty or missing cell meaning
  /// the field is not given.
  ///
  /// The result, and the error, are those of ``init(fields:)`` over the row's non-empty cells. Pain
  /// and symptom rows that read without a problem are converted here field by field, which is several
  /// times cheaper than going through the entry types' `Decodable`; every other row, and any row
  /// with a problem, goes through ``init(fields:)``.
  /// - Throws: ``EntryReadError`` naming the first field that cannot be read.
  public init(cells: [String], columns: [EntryField]) throws(EntryReadError) {
    let row = Row(cells: cells, columns: columns)
    if let entry = row.entry {
      self = entry
      return
    }
    var fields: [EntryField: ImportedValue] = [:]
    fields.reserveCapacity(cells.count)
    for (field, text) in zip(columns, cells) where !text.isEmpty {
      fields[field] = .text(text)
    }
    try self.init(fields: fields)
  }

  /// One CSV row's cells by field, for the direct conversion.
  private struct Row {
    let cells: [String]
    let columns: [EntryField]

    /// The non-empty cell of `field`, if any (the last one, as ``init(fields:)``'s dictionary
    /// would keep it).
    func callAsFunction(_ field: EntryField) -> String? {
      var found: String?
      for index in 0..<min(cells.count, columns.count) where columns[index] == field && !cells[index].isEmpty
      {
        found = cells[index]
      }
      return found
    }

    /// A word of `field`: `.some(nil)` when not given, nil when not a word of the vocabulary.
    func word<Word: Vocabulary>(_ field: EntryField, _ type: Word.Type) -> Word?? {
      guard let text = self(field) else { return .some(nil) }
      return Word(rawValue: text).map { .some($0) }
    }

    /// The time: `.some(nil)` when not given, nil when not a time.
    var time: TimeOfDay?? {
      guard let text = self(.time) else { return .some(nil) }
      return TimeOfDay(text).map { .some($0) }
    }

    /// A whole number of `field`: `.some(nil)` when not given, nil when not a whole number.
    func number(_ field: EntryField) -> Int?? {
      guard let text = self(field) else { return .some(nil) }
      return Int(text).map { .some($0) }
    }

    /// The entry, or nil when the row is of another type or has a problem.
    var entry: ImportedEntry? {
      guard let typeText = self(.type), let type = EntryType(rawValue: typeText),
        type == .pain || type == .symptom
      else { return nil }
      let uidText = self(.uid)
      let uid: UUID? = if let uidText { UUID(uuidString: uidText) } else { ImportedEntry.placeholder }
      guard let uid,
        let day = self(.date).flatMap(CalendarDay.init),
        let time = self.time,
        let location = word(.location, BodyLocation.self), let side = word(.side, Side.self),
        let activity = word(.activity, Activity.self)
      else { return nil }
      let note = self(.note)
      let entry: DiaryEntry
      if type == .pain {
        guard let score = self(.score).flatMap({ Int($0) }) else { return nil }
        entry = .pain(
          PainEntry(
            id: nil, uid: uid, day: day, time: time, score: score, location: location, side: side,
            activity: activity, note: note))
      } else {
        guard let kind = self(.kind).flatMap(SymptomKind.init(rawValue:)), let count = number(.count),
          let severity = number(.severity), let point = word(.point, TriggerPoint.self)
        else { return nil }
        entry = .symptom(
          SymptomEntry(
            id: nil, uid: uid, day: day, time: time, kind: kind, count: count, severity: severity,
            point: point, location: location, side: side, activity: activity, note: note))
      }
      let removed: Bool
      switch self(.removed) {
      case nil, "false": removed = false
      case "true": removed = true
      default: return nil
      }
      return ImportedEntry(entry: entry, patient: self(.patient), removed: removed, uidGiven: uidText != nil)
    }
  }
}
