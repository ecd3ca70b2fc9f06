import RecoveryModel

/// The fields of a CSV file's columns, and the column of each field, found once for the header
/// rather than for every row. A class, so that each row's reading shares it with one count of
/// references rather than one for each of its arrays.
final class CSVColumns {
  /// The field of each column.
  let fields: [EntryField]
  /// The column of each field, by the field's position in `EntryField`'s cases; -1 for a field no
  /// column holds.
  let columnOfField: [Int]
  /// The columns of days (`date`, `from` and `to`), whose cells may be dates as spreadsheets write
  /// them.
  let dayColumns: [Int]

  init(_ fields: [EntryField]) {
    self.fields = fields
    var columns = [Int](repeating: -1, count: EntryField.allCases.count)
    // The last column of a field, as a dictionary of the row's cells would keep it.
    for (column, field) in fields.enumerated() { columns[field.position] = column }
    columnOfField = columns
    dayColumns = fields.indices.filter { [.date, .from, .to].contains(fields[$0]) }
  }
}
