import Foundation
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// The entry types' field tables (`EntryType.columns`) against the schema the migrations make: the
/// store derives its INSERT, SELECT and row reading from the tables, so each table's columns must be
/// its SQL table's, and each field of files must be named once.
struct FieldTableTests {
  @Test(arguments: EntryType.allCases)
  func everyStoredColumnOfTheTableIsAColumnOfTheSchema(type: EntryType) throws {
    try TemporaryDirectory.with { folder in
      _ = try RecoveryStore(path: folder.database)
      let schema = try SQLiteShell.output(
        folder.database, "SELECT name FROM pragma_table_info('\(type.rawValue)')"
      )
      .split(separator: "\n").map(String.init)
      let stored = type.columns.compactMap(\.column)
      // Besides the table's fields, each entry table has its patient, removal mark and recording time;
      // the target table also has a time column, which a target never fills.
      let bookkeeping = ["patient_id", "removed", "recorded_at"] + (type == .target ? ["time"] : [])
      #expect(Set(schema) == Set(stored + bookkeeping))
      #expect(Set(stored).count == stored.count)
    }
  }

  @Test(arguments: EntryType.allCases)
  func everyFieldIsNamedOnceAndStartsWithTheIDAndUID(type: EntryType) {
    let fields = type.columns.compactMap(\.field)
    #expect(Set(fields).count == fields.count)
    #expect(Array(fields.prefix(2)) == [.id, .uid])
  }
}
