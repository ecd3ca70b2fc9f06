import RecoveryModel

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Entries as `list` prints them for scripts: an array of ``ExportedEntry`` objects, one CSV column
/// per `EntryField`, and each field's value as text.
public enum EntryExport {
  /// CSV columns, in order; `removed` only when marking.
  public static func csvColumns(marking: Bool) -> [EntryField] {
    EntryField.allCases.filter { marking || $0 != .removed }
  }

  /// Foundation's `JSONEncoder` as `list --format json` uses it: indented, keys sorted, slashes as
  /// they are (the package's one configuration, which the store's history uses compact). The diary
  /// export and derived uids use `JSONWriter`'s compact form instead.
  public static func makeEncoder() -> JSONEncoder {
    .recovery(indented: true)
  }

  /// The entries as an indented JSON array of ``ExportedEntry`` objects.
  /// - Parameters:
  ///   - entries: the entries, in the order to write them.
  ///   - patient: the name of the patient whose entries they are.
  ///   - removed: ids of removed entries.
  ///   - marking: add a `removed` true/false field to every object.
  public static func json(
    _ entries: [DiaryEntry], patient: String, removed: Set<Int> = [], marking: Bool = false
  ) throws -> String {
    let objects = entries.map { entry in
      ExportedEntry(entry, patient: patient, removed: marking ? removed.contains(entry.id ?? 0) : nil)
    }
    return String(decoding: try makeEncoder().encode(objects), as: UTF8.self)
  }

  /// Writes the entries as ``CSVExportWriter`` does: a header row, then one row per entry.
  /// - Parameters:
  ///   - entries: the entries, in the order to write them.
  ///   - patient: the patient whose entries they are.
  ///   - removed: ids of removed entries.
  ///   - marking: add the `removed` column.
  ///   - output: where the CSV goes.
  public static func csv(
    _ entries: [DiaryEntry], of patient: Patient, removed: Set<Int> = [], marking: Bool = false,
    to output: BufferedOutput
  ) throws {
    var writer = CSVExportWriter(marking: marking)
    try writer.begin(to: output)
    for entry in entries {
      try writer.add(
        entry, of: patient, removed: marking ? removed.contains(entry.id ?? 0) : nil, to: output)
    }
    try writer.end(to: output)
  }

  /// Each field's value as the text of its CSV cell, without quoting: an entry's fields by name, for
  /// comparing two versions of it. A field the entry does not have is left out.
  /// - Parameters:
  ///   - entry: the entry.
  ///   - patient: the name of the patient whose entry it is.
  public static func texts(of entry: DiaryEntry, patient: String) -> [EntryField: String] {
    var cells = EntryCells()
    cells.fill(entry, patient: patient, removed: nil)
    var texts: [EntryField: String] = [:]
    for field in EntryCells.fields {
      if let cell = cells[field] { texts[field] = cell.text }
    }
    return texts
  }
}
