/// The formats `RecoveryStore.importFile(at:format:options:)` reads.
public enum ImportFormat: String, Sendable, CaseIterable {
  /// The diary export (``DiaryExport``), or a bare array of entry objects as `list --format json`
  /// prints.
  case json
  /// A header row naming entry fields, then one entry per row (``CSVImportReader``).
  case csv

  /// The format a file's name ends in: `.json`, or `.csv` (also `.tsv`); nil for any other.
  public init?(path: String) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    guard let dot = name.lastIndex(of: ".") else { return nil }
    let fileExtension = name[name.index(after: dot)...].lowercased()
    if fileExtension == "tsv" {
      self = .csv
    } else if let format = Self(rawValue: fileExtension) {
      self = format
    } else {
      return nil
    }
  }
}
