import RecoveryModel

/// The aligned table `recovery list` prints for people.
enum EntryTable {
  static let noteWidth = 40

  /// - Parameter removed: ids of removed entries, marked in the TYPE column.
  static func render(_ entries: [DiaryEntry], removed: Set<Int> = []) -> String {
    let header = ["#", "DATE", "TIME", "TYPE", "ENTRY", "NOTE"]
    let rows = entries.map { entry -> [String] in
      // An aid period's length is part of what it is: "cane, from 2024-10-28 to 2024-11-02 (5 days)".
      let what = entry.type == .aid ? EntryDescription.line(entry) : EntryDescription.what(entry)
      return [
        "#\(entry.id ?? 0)", entry.day.description, entry.time?.description ?? "",
        entry.type.rawValue + (removed.contains(entry.id ?? 0) ? " (removed)" : ""),
        what, shortNote(of: entry),
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
    case .score(let s): note = s.note
    case .milestone(let m): note = m.note
    case .target(let t): note = t.note
    case .medication(let m): note = m.note
    }
    guard let note else { return "" }
    let firstLine = note.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
    let clean = String(firstLine.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    if clean.count <= noteWidth && firstLine.count == note.count { return clean }
    return String(clean.prefix(noteWidth - 1)) + "…"
  }
}
