import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// A row's or object's values by field, as ``ImportedEntry/init(fields:)`` is given them, read as
/// the entry's builder asks (`DiaryEntry.init(type:reading:)` in RecoveryModel): each value as its
/// field's kind, a value that ``ImportedValue/isAbsent`` as not given.
///
/// `id` is never given (the database numbers its entries); a `uid` not given reads as
/// ``ImportedEntry/placeholder``, until the importer derives one.
struct ImportedFields: ImportedFieldReader {
  /// The values, indexed by the field's position in `EntryField`'s cases: the builder looks fields
  /// up a dozen times per row, and hashing the keys would cost more than the rest.
  private var values: [ImportedValue?]

  init(_ fields: [EntryField: ImportedValue]) {
    values = Array(repeating: nil, count: EntryField.allCases.count)
    for (field, value) in fields where !value.isAbsent { values[field.position] = value }
  }

  /// The value of `field`, nil when not given.
  private func value(_ field: EntryField) -> ImportedValue? {
    values[field.position]
  }

  var uidGiven: Bool { value(.uid) != nil }

  var namedType: EntryType? { value(.type).flatMap { EntryType(rawValue: $0.written) } }

  func entryType() throws -> EntryType? {
    try value(.type)?.word(for: .type, EntryType.self)
  }

  func uid(_ field: EntryField) throws -> UUID? {
    guard let value = value(field) else { return field == .uid ? ImportedEntry.placeholder : nil }
    return try value.uid(for: field)
  }

  func day(_ field: EntryField) throws -> CalendarDay? { try value(field)?.day() }
  func time(_ field: EntryField) throws -> TimeOfDay? { try value(field)?.time() }

  func word<Word: Vocabulary>(_ field: EntryField, in words: WordTable<Word>) throws -> Word? {
    try value(field)?.word(for: field, Word.self)
  }

  func integer(_ field: EntryField) throws -> Int? {
    field == .id ? nil : try value(field)?.integer(for: field)
  }

  func decimal(_ field: EntryField) throws -> Double? { try value(field)?.decimal(for: field) }
  func text(_ field: EntryField) throws -> String? { try value(field)?.text(for: field) }
  func flag(_ field: EntryField) throws -> Bool? { try value(field)?.flag(for: field) }
  func answers(_ field: EntryField) throws -> [Int]? { try value(field)?.answers(for: field) }
}

/// The fields of one imported row or object, for ``ImportedEntry/init(reading:)``: the entry's
/// builder reads them, and these say its type and whether a uid was given.
protocol ImportedFieldReader: EntryFieldReader {
  /// The `type` field read as a word, nil when not given.
  func entryType() throws -> EntryType?
  /// The type the `type` field names exactly, for the message of a missing field.
  var namedType: EntryType? { get }
  /// Whether the row gives a `uid`.
  var uidGiven: Bool { get }
}

extension ImportedFieldReader {
  func missing(_ field: EntryField) -> any Error {
    EntryReadError.missingField(field, type: field == .type ? nil : namedType)
  }
}

extension ImportedEntry {
  /// Reads one row or object: its `type`, then the fields its type's builder reads, in the order of
  /// the type's field table, then `patient` and `removed`.
  /// - Throws: ``EntryReadError`` naming the first field that cannot be read.
  init(reading reader: some ImportedFieldReader) throws(EntryReadError) {
    do {
      guard let type = try reader.entryType() else { throw reader.missing(.type) }
      self.init(
        entry: try DiaryEntry(type: type, reading: reader), patient: try reader.text(.patient),
        removed: try reader.flag(.removed) ?? false, uidGiven: reader.uidGiven)
    } catch let error as EntryReadError {
      throw error
    } catch let error as EntryError {
      throw .invalidEntry(error)
    } catch {
      // The readers throw only the two above.
      throw .invalidValue(field: .type, value: "", expected: "\(error)")
    }
  }
}
