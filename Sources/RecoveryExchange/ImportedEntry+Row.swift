import RecoveryModel
import RecoveryStore

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
  /// text (bytes that are not UTF-8 read as U+FFFD: check ``CSVRecord/isUTF8`` first), but read
  /// straight from the cells' bytes: only free text becomes a `String`, and a cell that does not
  /// read from its bytes is read as its text, which names the problem.
  /// - Throws: ``EntryReadError`` naming the first field that cannot be read.
  public init(record: CSVRecord, columns: [EntryField]) throws(EntryReadError) {
    try self.init(record: record, columns: CSVColumns(columns))
  }

  /// Reads one CSV record whose cells are the values of `columns`.
  init(record: CSVRecord, columns: CSVColumns) throws(EntryReadError) {
    self = try record.storage.withUnsafeBufferPointer { bytes throws(EntryReadError) in
      try record.cellEnds.withUnsafeBufferPointer { ends throws(EntryReadError) in
        try columns.columnOfField.withUnsafeBufferPointer { columnOfField throws(EntryReadError) in
          try ImportedEntry(reading: CSVFields(bytes: bytes, ends: ends, columnOfField: columnOfField))
        }
      }
    }
  }
}
