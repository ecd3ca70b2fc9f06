import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

extension ImportedEntry {
  /// Reads one CSV row: `cells[i]` is the value of `columns[i]`, an empty or missing cell meaning
  /// the field is not given.
  ///
  /// The same as ``init(record:columns:)`` over a record of `cells`.
  /// - Throws: ``EntryReadError`` naming the first field that cannot be read.
  public init(cells: [String], columns: [EntryField]) throws(EntryReadError) {
    try self.init(record: CSVRecord(cells: cells), columns: columns)
  }

  /// Reads one CSV record: cell `i` is the value of `columns[i]`, an empty or missing cell meaning
  /// the field is not given.
  ///
  /// The result, and the error, are those of ``init(fields:)`` over the record's non-empty cells as
  /// text (bytes that are not UTF-8 read as U+FFFD: check ``CSVRecord/isUTF8`` first). Pain and
  /// symptom rows that read without a problem are converted here straight from the bytes, making text
  /// only for the note and the patient, which is many times cheaper than going through the entry
  /// types' `Decodable`; every other row, and any row with a problem, goes through ``init(fields:)``.
  /// - Throws: ``EntryReadError`` naming the first field that cannot be read.
  public init(record: CSVRecord, columns: [EntryField]) throws(EntryReadError) {
    if let direct = Self.direct(record: record, columns: columns) {
      self = direct
      return
    }
    var fields: [EntryField: ImportedValue] = [:]
    fields.reserveCapacity(min(record.count, columns.count))
    for (index, field) in zip(0..<record.count, columns) {
      let range = record.range(of: index)
      if !range.isEmpty { fields[field] = .text(String(decoding: record.bytes[range], as: UTF8.self)) }
    }
    try self.init(fields: fields)
  }
}

extension ImportedEntry {
  /// The entry of a pain or symptom record that reads without a problem, converted straight from
  /// its bytes; nil for any other record, which ``init(record:columns:)`` reads the generic way.
  package static func direct(record: CSVRecord, columns: [EntryField]) -> ImportedEntry? {
    record.bytes.withUnsafeBufferPointer { bytes in
      ByteRow(bytes: bytes, ends: record.ends, columns: columns).entry
    }
  }
}

/// One CSV record's cells by field, for the direct conversion of pain and symptom rows.
///
/// Every reading accepts exactly what the generic path accepts: words are compared byte for byte
/// with the vocabulary (a cell with a byte outside ASCII is compared as text, since text compares
/// by canonical equivalence), numbers follow `Int(_:)`, days and times share `CalendarDay` and
/// `TimeOfDay`'s parsers. A cell that does not read makes ``entry`` nil, and the row goes the
/// generic way, which names the problem.
private struct ByteRow {
  typealias Cell = Range<Int>

  let bytes: UnsafeBufferPointer<UInt8>
  /// The non-empty cell of each field read here (the last one, as `ImportedEntry/init(fields:)`'s
  /// dictionary would keep it), nil when not given.
  var type, uid, patient, date, time, kind, score, count, severity, point, location, side, activity,
    note, removed: Cell?

  init(bytes: UnsafeBufferPointer<UInt8>, ends: [Int], columns: [EntryField]) {
    self.bytes = bytes
    var start = 0
    for index in 0..<min(ends.count, columns.count) {
      let end = ends[index]
      defer { start = end }
      guard end > start else { continue }
      let cell = start..<end
      switch columns[index] {
      case .type: type = cell
      case .uid: uid = cell
      case .patient: patient = cell
      case .date: date = cell
      case .time: time = cell
      case .kind: kind = cell
      case .score: score = cell
      case .count: count = cell
      case .severity: severity = cell
      case .point: point = cell
      case .location: location = cell
      case .side: side = cell
      case .activity: activity = cell
      case .note: note = cell
      case .removed: removed = cell
      default: break
      }
    }
  }

  /// The entry, or nil when the row is of another type or has a problem.
  var entry: ImportedEntry? {
    guard let typeCell = self.type, let entryType = typeTable.word(self[typeCell]),
      entryType == .pain || entryType == .symptom
    else { return nil }
    let uid: UUID? = if let uidCell = self.uid { uuid(uidCell) } else { ImportedEntry.placeholder }
    guard let uid,
      let day = self.date.flatMap({ CalendarDay(utf8: self[$0]) }),
      let time = optional(self.time, { TimeOfDay(utf8: self[$0]) }),
      let location = optional(self.location, { locationTable.word(self[$0]) }),
      let side = optional(self.side, { sideTable.word(self[$0]) }),
      let activity = optional(self.activity, { activityTable.word(self[$0]) }),
      let removed = removedFlag
    else { return nil }
    let note = self.note.map(text)
    let entry: DiaryEntry
    if entryType == .pain {
      guard let score = self.score.flatMap(integer) else { return nil }
      entry = .pain(
        PainEntry(
          id: nil, uid: uid, day: day, time: time, score: score, location: location, side: side,
          activity: activity, note: note))
    } else {
      guard let kind = self.kind.flatMap({ symptomTable.word(self[$0]) }),
        let count = optional(self.count, integer), let severity = optional(self.severity, integer),
        let point = optional(self.point, { pointTable.word(self[$0]) })
      else { return nil }
      entry = .symptom(
        SymptomEntry(
          id: nil, uid: uid, day: day, time: time, kind: kind, count: count, severity: severity,
          point: point, location: location, side: side, activity: activity, note: note))
    }
    return ImportedEntry(
      entry: entry, patient: self.patient.map(text), removed: removed, uidGiven: self.uid != nil)
  }

  subscript(cell: Cell) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(rebasing: bytes[cell])
  }

  /// An optional field: `.some(nil)` when not given, nil when given and not read by `read`.
  func optional<Value>(_ cell: Cell?, _ read: (Cell) -> Value?) -> Value?? {
    guard let cell else { return .some(nil) }
    return read(cell).map { .some($0) }
  }

  /// The cell as text.
  func text(_ cell: Cell) -> String {
    String(decoding: self[cell], as: UTF8.self)
  }

  /// The cell as `Int(_:)` reads it: digits after an optional `+` or `-`, and, as the generic
  /// decoder takes them, a point and zeros after them (`5.0`).
  func integer(_ cell: Cell) -> Int? {
    var digits = self[cell]
    if let dot = digits.lastIndex(of: UInt8(ascii: ".")),
      digits[(dot + 1)...].allSatisfy({ $0 == UInt8(ascii: "0") })
    {
      digits = UnsafeBufferPointer(rebasing: digits[..<dot])
      guard !digits.isEmpty else { return nil }
    }
    guard digits.count <= 18 else { return Int(text(cell)) }
    var index = 0
    let negative = digits[0] == UInt8(ascii: "-")
    if negative || digits[0] == UInt8(ascii: "+") { index = 1 }
    guard index < digits.count else { return nil }
    var value = 0
    while index < digits.count {
      let digit = digits[index] &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      value = value * 10 + Int(digit)
      index += 1
    }
    return negative ? -value : value
  }

  /// The cell as a UUID: 36 characters in the usual form read here, anything else by
  /// `UUID(uuidString:)`.
  func uuid(_ cell: Cell) -> UUID? {
    let text = self[cell]
    guard text.count == 36 else { return UUID(uuidString: self.text(cell)) }
    var value = ImportedEntry.placeholder.uuid
    let read = withUnsafeMutableBytes(of: &value) { value -> Bool in
      var index = 0
      for offset in 0..<16 {
        if index == 8 || index == 13 || index == 18 || index == 23 {
          guard text[index] == UInt8(ascii: "-") else { return false }
          index += 1
        }
        guard let high = Self.hexDigit(text[index]), let low = Self.hexDigit(text[index + 1]) else {
          return false
        }
        value[offset] = high << 4 | low
        index += 2
      }
      return true
    }
    return read ? UUID(uuid: value) : UUID(uuidString: self.text(cell))
  }

  static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
    default: nil
    }
  }

  /// `removed`: false when not given or `false`, true when `true`, nil otherwise.
  var removedFlag: Bool? {
    guard let removed else { return false }
    let flag = self[removed]
    if flag.elementsEqual("false".utf8) { return false }
    if flag.elementsEqual("true".utf8) { return true }
    return nil
  }

  /// A vocabulary's words as bytes, to find a cell's word without making its text.
  struct WordTable<Word: Vocabulary> {
    let words: [(bytes: [UInt8], word: Word)]

    init() {
      words = Word.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    /// The word whose raw value `cell` is, in any case, or nil.
    func word(_ cell: UnsafeBufferPointer<UInt8>) -> Word? {
      for entry in words where entry.bytes.count == cell.count {
        if entry.bytes.withUnsafeBufferPointer({ $0.elementsEqual(cell) }) { return entry.word }
      }
      if cell.contains(where: { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) {
        let lowered = cell.map { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) ? $0 | 0x20 : $0 }
        for entry in words where entry.bytes == lowered { return entry.word }
      }
      // Text compares by canonical equivalence: leave what is not ASCII to the vocabulary itself.
      guard cell.contains(where: { $0 >= 0x80 }) else { return nil }
      return Word(rawValue: String(decoding: cell, as: UTF8.self))
    }
  }
}

private let typeTable = ByteRow.WordTable<EntryType>()
private let locationTable = ByteRow.WordTable<BodyLocation>()
private let sideTable = ByteRow.WordTable<Side>()
private let activityTable = ByteRow.WordTable<Activity>()
private let symptomTable = ByteRow.WordTable<SymptomKind>()
private let pointTable = ByteRow.WordTable<TriggerPoint>()
