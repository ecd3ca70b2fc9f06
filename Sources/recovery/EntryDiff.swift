import RecoveryExchange
import RecoveryModel

/// What changed between two versions of an entry, field by field: `score 6 -> 5`.
enum EntryDiff {
  /// Fields that name the entry rather than describe it, and `category`, which follows `kind`.
  static let unchanging: Set<EntryField> = [.id, .uid, .type, .patient, .category, .removed]

  /// The changed fields in ``EntryField`` order, or `no change`.
  static func changes(from before: DiaryEntry, to after: DiaryEntry, patient: String) -> [String] {
    let old = EntryExport.texts(of: before, patient: patient)
    let new = EntryExport.texts(of: after, patient: patient)
    var result: [String] = []
    for field in EntryField.allCases where !unchanging.contains(field) {
      let oldText = old[field] ?? ""
      let newText = new[field] ?? ""
      if newText != oldText {
        result.append("\(field.rawValue) \(show(oldText)) -> \(show(newText))")
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
