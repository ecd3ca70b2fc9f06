import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reading an imported file's rows and objects as entries.
///
/// Every imported row or object, CSV or JSON, becomes an entry through ``init(fields:)``, which reads
/// the fields through the entry types' own `Decodable` conformances: the types decide which fields
/// they need and of which kind, so a new entry type imports without code of its own here.
extension ImportedEntry {
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
      self.init(
        entry: try DiaryEntry(from: decoder), patient: try decoder.optionalText(.patient),
        removed: try decoder.optionalFlag(.removed) ?? false, uidGiven: uidGiven)
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
  }

  /// The uid a row without one reads with, until the importer derives its own.
  static let placeholderUID = "00000000-0000-0000-0000-000000000000"

  /// ``placeholderUID`` as a UUID, made once rather than parsed for every row.
  static let placeholder = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}
