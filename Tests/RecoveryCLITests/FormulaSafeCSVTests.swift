import Foundation
import RecoveryTestSupport
import Testing

/// CSV cells that a spreadsheet would run as formulas are written after an apostrophe, and an
/// import takes it off again, so export → import loses nothing.
struct FormulaSafeCSVTests {
  static let notes = [
    "=HYPERLINK(\"http://x\",\"y\")", "+1 after stairs", "-2 since Monday", "@SUM(A1)", "'=already quoted",
    "''+twice", "it's fine", "'plain apostrophe", "\t=tab first",
  ]

  @Test func formulaCellsAreExportedInertAndImportBackUnchanged() throws {
    try RecoveryTool.with { tool in
      for note in Self.notes {
        try tool.succeed(["pain", "4", "--on", "2024-11-20", "--note=" + note])
      }
      for arguments in [["export", "--format", "csv"], ["list", "--format", "csv"]] {
        let csv = try tool.succeed(arguments).output
        let cells = csv.split(separator: "\r\n").dropFirst().map {
          $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        for row in cells {
          let note = row.last.map(String.init) ?? ""
          let unquoted = note.hasPrefix("\"") ? String(note.dropFirst()) : note
          #expect(
            !["=", "+", "-", "@", "\t"].contains(where: { unquoted.hasPrefix($0) }), "\(arguments): \(note)")
        }
      }
      let file = tool.path("diary.csv")
      try tool.succeed(["export", "--output", file])
      let other = tool.path("other.sqlite")
      let imported = try tool.recovery("import", file, database: other)
      #expect(imported.succeeded, "\(imported.summary)")
      let notes = try tool.entries(database: other).map(\.note)
      #expect(notes == Self.notes.map(Optional.some))
      // The original database sees the same content: importing it again changes nothing.
      let again = try tool.succeed(["import", file])
      #expect(again.output.contains("0 added"), "\(again.summary)")
    }
  }
}
