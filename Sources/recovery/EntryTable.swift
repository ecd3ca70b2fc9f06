import RecoveryModel

/// The aligned table `recovery list` prints for people.
enum EntryTable {
  static let noteWidth = 40

  /// - Parameter removed: numbers of removed entries, marked in the TYPE column.
  static func render(_ records: [DiaryEntry], removed: Set<Int> = []) -> String {
    let header = ["#", "DATE", "TIME", "TYPE", "ENTRY", "NOTE"]
    let rows = records.map { record -> [String] in
      let what: String
      if case .aid(let period) = record {
        let until = period.to.map { "until \($0) (\($0.days(since: period.from)) days)" } ?? "still in use"
        what = EntryDescription.what(record) + ", " + until
      } else {
        what = EntryDescription.what(record)
      }
      return [
        "#\(record.id ?? 0)", record.day.description, record.time?.description ?? "",
        record.type.rawValue + (removed.contains(record.id ?? 0) ? " (removed)" : ""),
        what, shortNote(of: record),
      ]
    }
    return TextTable.render(header: header, rows: rows)
  }

  /// The first line of the note, cut to fit a table cell; the full text is in JSON and CSV.
  static func shortNote(of record: DiaryEntry) -> String {
    let note: String?
    switch record {
    case .treatment(let t): note = t.note ?? t.finding
    case .pain(let p): note = p.note
    case .symptom(let s): note = s.note
    case .aid(let a): note = a.note
    }
    guard let note else { return "" }
    let firstLine = note.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    let clean = String(firstLine.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    if clean.count <= noteWidth && firstLine.count == note.count { return clean }
    return String(clean.prefix(noteWidth - 1)) + "…"
  }
}
