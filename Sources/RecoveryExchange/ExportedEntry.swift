import RecoveryModel

/// A diary entry as scripts and exports see it: its fields, whose entry it is, and, when asked,
/// whether it was removed, all in one flat JSON object with `EntryField` keys.
///
/// This is the object `recovery list --format json` prints for each entry:
///
/// ```swift
/// let data = try JSONEncoder().encode(entries.map { ExportedEntry($0, patient: me.name) })
/// let back = try JSONDecoder().decode([ExportedEntry].self, from: data)
/// ```
public struct ExportedEntry: Sendable, Equatable, Codable {
  /// The entry.
  public var entry: DiaryEntry
  /// The name of the patient whose diary holds it.
  public var patient: String
  /// Whether the entry was removed; nil leaves the field out.
  public var removed: Bool?

  /// Wraps an entry.
  public init(_ entry: DiaryEntry, patient: String, removed: Bool? = nil) {
    self.entry = entry
    self.patient = patient
    self.removed = removed
  }

  /// Reads the entry, `patient` and the optional `removed`.
  public init(from decoder: any Decoder) throws {
    entry = try DiaryEntry(from: decoder)
    let fields = try decoder.container(keyedBy: EntryField.self)
    patient = try fields.decode(String.self, forKey: .patient)
    removed = try fields.decodeIfPresent(Bool.self, forKey: .removed)
  }

  /// Writes the entry's object with `patient` and, when set, `removed` added.
  public func encode(to encoder: any Encoder) throws {
    try entry.encode(to: encoder)
    var fields = encoder.container(keyedBy: EntryField.self)
    try fields.encode(patient, forKey: .patient)
    try fields.encodeIfPresent(removed, forKey: .removed)
  }
}
