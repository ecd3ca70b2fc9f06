#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A diary entry read from an imported file, with whose it is and whether its uid was given.
///
/// Every imported row or object, CSV or JSON, becomes an entry through ``init(fields:)``, which reads
/// the fields through the entry types' own `Decodable` conformances: the types decide which fields
/// they need and of which kind, so a new entry type imports without code of its own here.
public struct ImportedEntry: Sendable, Equatable {
  /// The entry, without an id. Its uid is the one given, or the nil UUID when none was
  /// (``uidGiven`` is then false, and the importer derives one).
  public var entry: DiaryEntry
  /// The patient the file names, if any.
  public var patient: String?
  /// Whether the file marks the entry removed.
  public var removed: Bool
  /// Whether the file gives the entry's uid.
  public var uidGiven: Bool

  /// Creates an imported entry.
  public init(entry: DiaryEntry, patient: String?, removed: Bool, uidGiven: Bool) {
    self.entry = entry
    self.patient = patient
    self.removed = removed
    self.uidGiven = uidGiven
  }

  /// Reads one row or object: its values by field, absent ones left out or ``ImportedValue/isAbsent``.
  ///
  /// `id` is ignored (the database numbers its entries), as is `category` (it follows from the kind).
  /// - Throws: ``EntryReadError`` naming the first field that cannot be read.
  public init(fields: [EntryField: ImportedValue]) throws(EntryReadError) {
    var fields = fields
    fields[.id] = nil
    let uidGiven = fields[.uid].map { !$0.isAbsent } ?? false
    if !uidGiven { fields[.uid] = .text(Self.placeholderUID) }
    let decoder = FieldDecoder(fields: FieldValues(fields))
    do {
      entry = try DiaryEntry(from: decoder)
      patient = try decoder.optionalText(.patient)
      removed = try decoder.optionalFlag(.removed) ?? false
    } catch let error as EntryReadError {
      if case .missingField(let field, nil) = error {
        let type = fields[.type].flatMap { EntryType(rawValue: $0.written) }
        throw .missingField(field, type: type)
      }
      throw error
    } catch let error as EntryError {
      throw .invalidEntry(error)
    } catch DecodingError.dataCorrupted(let context) where context.codingPath.last?.stringValue == "uid" {
      throw .invalidValue(field: .uid, value: fields[.uid]?.written ?? "", expected: "a UUID")
    } catch {
      throw .invalidValue(field: .type, value: fields[.type]?.written ?? "", expected: "\(error)")
    }
    self.uidGiven = uidGiven
  }

  /// The uid a row without one reads with, until the importer derives its own.
  static let placeholderUID = "00000000-0000-0000-0000-000000000000"

  /// ``placeholderUID`` as a UUID, made once rather than parsed for every row.
  static let placeholder = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}
