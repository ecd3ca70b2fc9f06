import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// Reading an imported file's rows and objects as entries.
///
/// Every imported row or object, CSV or JSON, becomes an entry through the builder the store's row
/// reading also uses, which reads each field as the kind the entry type's field table gives it
/// (`EntryType.columns` in RecoveryModel): a new field or entry type imports without code of its own
/// here.
extension ImportedEntry {
  /// Reads one row or object: its values by field, absent ones left out or ``ImportedValue/isAbsent``.
  ///
  /// `id` is ignored (the database numbers its entries), as is `category` (it follows from the kind),
  /// and any field the entry's type does not have.
  /// - Throws: ``EntryReadError`` naming the first field that cannot be read.
  public init(fields: [EntryField: ImportedValue]) throws(EntryReadError) {
    try self.init(reading: ImportedFields(fields))
  }

  /// The uid a row without one reads with (all zeros), until the importer derives its own.
  static let placeholder = UUID(uuid: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
}
