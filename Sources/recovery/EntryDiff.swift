import RecoveryModel

/// What changed between two versions of an entry, field by field: `score 6 -> 5`.
enum EntryDiff {
  static func changes(from before: DiaryEntry, to after: DiaryEntry, patient: String) -> [String] {
    let old = Dictionary(
      EntryExport.fields(before, patient: patient).map { ($0.0, $0.1?.csvText ?? "") },
      uniquingKeysWith: { a, _ in a })
    let new = EntryExport.fields(after, patient: patient)
    var result: [String] = []
    for (name, value) in new where name != "category" {
      let newText = value?.csvText ?? ""
      let oldText = old[name] ?? ""
      if newText != oldText {
        result.append("\(name) \(show(oldText)) -> \(show(newText))")
      }
    }
    return result.isEmpty ? ["no change"] : result
  }

  /// Short, one-line rendering of a field value.
  static func show(_ text: String) -> String {
    if text.isEmpty { return "(none)" }
    let line = String(text.map { $0.isNewline ? " " : $0 })
    return line.count > 40 ? "\"" + line.prefix(39) + "…\"" : (line.contains(" ") ? "\"\(line)\"" : line)
  }
}
