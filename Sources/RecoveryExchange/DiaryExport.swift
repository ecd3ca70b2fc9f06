/// The name and version of the diary export file that `recovery export --format json` writes and
/// `recovery import` reads.
///
/// The file is one JSON object with three keys:
///
/// ```json
/// {"format":"recovery-diary","version":1,"entries":[
/// {"date":"2024-11-20","id":42,"patient":"default","score":6,"type":"pain","uid":"…"}
/// ]}
/// ```
///
/// `format` is ``formatName``, `version` is ``version``, and each element of `entries` is an
/// ``ExportedEntry``'s object (with `removed` only when removed entries were asked for). A reader
/// checks both before reading the entries, so that a later version of the file can change its shape
/// without being misread.
public enum DiaryExport {
  /// The value of the file's `format` key.
  public static let formatName = "recovery-diary"

  /// The value of the file's `version` key: the version of the shape described above.
  public static let version = 1

  /// The file's top-level keys.
  public enum Key: String, CodingKey, CaseIterable, Sendable {
    /// ``DiaryExport/formatName``.
    case format
    /// ``DiaryExport/version``.
    case version
    /// The array of entries.
    case entries
  }
}
