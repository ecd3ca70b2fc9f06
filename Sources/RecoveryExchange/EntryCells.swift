import RecoveryModel

/// An entry's exported object as cells by `EntryField`: the fields ``ExportedEntry`` encodes, with
/// the same values, for writers that lay out a million entries without a `JSONEncoder` per entry.
///
/// A field the object leaves out is nil; one it writes as `null` is `FieldValue/null`. The export
/// tests check that both writers print what `list --format json` and `--format csv` print.
struct EntryCells {
  /// Every field, in `EntryField`'s order (the CSV columns' order).
  static let fields = EntryField.allCases

  /// The cells of the entry last filled in, in ``fields``' order.
  private(set) var cells = [FieldValue?](repeating: nil, count: EntryCells.fields.count)

  init() {
    assert(Self.fields.enumerated().allSatisfy { Self.position(of: $0.element) == $0.offset })
  }

  /// The cell of `field`.
  subscript(field: EntryField) -> FieldValue? {
    cells[Self.position(of: field)]
  }

  /// The cell at `position` in ``fields``.
  subscript(position position: Int) -> FieldValue? {
    cells[position]
  }

  /// Replaces the cells with those of `entry`: `type`, `patient` and `removed`, then every field of
  /// the entry's field table (`EntryType.columns` in RecoveryModel).
  /// - Parameter removed: nil leaves the `removed` field out.
  mutating func fill(_ entry: DiaryEntry, patient: String, removed: Bool?) {
    for index in cells.indices { cells[index] = nil }
    set(.type, .word(entry.type.rawValue))
    set(.patient, .text(patient))
    set(.removed, removed.map { .flag($0) })
    entry.forEachColumn { column, value in
      if let field = column.field { cells[field.position] = value }
    }
  }

  private mutating func set(_ field: EntryField, _ cell: FieldValue?) {
    cells[Self.position(of: field)] = cell
  }

  private static func position(of field: EntryField) -> Int { field.position }
}
