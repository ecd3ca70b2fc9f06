import RecoveryModel

extension EntryQuery {
  /// The SELECT of one type's entries matching the query, in diary order (day, time, id; an aid
  /// period by its first day), with its values to bind.
  ///
  /// The columns are `type.selectList`, then `extraColumns`.
  func select(
    _ type: EntryType, patientID: Int, extraColumns: [String] = []
  ) -> (sql: String, values: [SQLValue?]) {
    var conditions = includeRemoved ? ["patient_id = ?"] : ["patient_id = ?", "removed = 0"]
    var values: [SQLValue?] = [.integer(patientID)]
    if let kind, let column = type.kindColumn {
      conditions.append("\(column) = ?")
      values.append(.text(kind.rawValue))
    }
    if let through {
      conditions.append("\(type.dayColumn) <= ?")
      values.append(.text(through.description))
    }
    if let from {
      if type == .aid {
        // `to_day` is the first day without the aid: a period ending on `from` was not in use that
        // day, unless it is a one-day period (from_day = to_day), which occupies its day.
        conditions.append("(to_day IS NULL OR to_day > ? OR (to_day = from_day AND from_day >= ?))")
        values += [.text(from.description), .text(from.description)]
      } else if type == .medication {
        // A course that started earlier is still taken on `from` unless it ended by then.
        conditions.append("(day >= ? OR (course = 1 AND (to_day IS NULL OR to_day > ?)))")
        values += [.text(from.description), .text(from.description)]
      } else {
        conditions.append("day >= ?")
        values.append(.text(from.description))
      }
    }
    let order = type == .aid ? "from_day, id" : "day, time, id"
    let columns = ([type.selectList] + extraColumns).joined(separator: ", ")
    let sql =
      "SELECT \(columns) FROM \(type.table) WHERE \(conditions.joined(separator: " AND ")) ORDER BY \(order)"
    return (sql, values)
  }
}
