import Foundation
import RecoveryTestSupport
import Testing

/// A long file with runs of each type, identical rows near and far apart and walking-aid periods
/// that must not overlap imports exactly, numbered in the file's order.
struct ImportLongFileTests {
  /// The file's rows after its header: 200 pain rows, 60 symptom rows, 10 walking-aid periods of
  /// their own months and 130 pain rows. Rows carry their line in the note, except an identical pain
  /// row without a note on rows 5 and 6 and every 13 rows, which must stay separate entries.
  static func rows(count: Int) -> [String] {
    (0..<count).map { index in
      let line = index + 2
      switch index {
      case 200..<260: return "symptom,2024-02-03,,,,,catching,\(index % 5),,line \(line)"
      case 260..<270:
        let month = index - 259
        let padded = (month < 10 ? "0" : "") + "\(month)"
        return "aid,,2023-\(padded)-01,2023-\(padded)-05,two-crutches,,,,,line \(line)"
      default:
        if index % 13 == 5 || index == 6 { return Self.identical }
        return "pain,2024-03-\(10 + index % 18),,,,\(index % 11),,,groin,line \(line)"
      }
    }
  }

  static let identical = "pain,2024-01-01,,,,5,,,groin,"

  static let header = "type,date,from,to,aid,score,kind,count,location,note"

  @Test func aLongFileImportsInItsOrderAndAgainAddsNothing() throws {
    try RecoveryTool.with { tool in
      let rows = Self.rows(count: 400)
      let path = tool.path("many.csv")
      try Data(([Self.header] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
      let run = try tool.succeed(["import", path])
      #expect(run.output.contains("400 added, 0 skipped"), "\(run.summary)")
      let entries = try tool.listJSON()
      #expect(entries.count == 400)
      #expect(Set(entries.compactMap { $0["uid"] as? String }).count == 400)
      // Each entry of line L is number L - 1: the numbers follow the file.
      let numbered = entries.compactMap { entry -> (Int, Int)? in
        guard let note = entry["note"] as? String, let id = entry["id"] as? Int else { return nil }
        return (Int(note.dropFirst("line ".count))!, id)
      }
      #expect(numbered.count == 400 - rows.filter { $0 == Self.identical }.count)
      #expect(numbered.allSatisfy { $0.0 - 1 == $0.1 })
      let identical = entries.filter { $0["note"] == nil && $0["type"] as? String == "pain" }
      #expect(identical.count == rows.filter { $0 == Self.identical }.count)
      let again = try tool.succeed(["import", path])
      #expect(again.output.contains("0 added, 400 skipped"), "\(again.summary)")
      #expect(try tool.recovery("check", database: tool.database).succeeded)
    }
  }

  @Test func anAidPeriodOverlappingOneTakenEarlierInTheFileIsRefusedAndNothingIsWritten() throws {
    try RecoveryTool.with { tool in
      var rows = Self.rows(count: 400)
      // Overlaps the period of the row before it (row 262, line 264).
      rows.insert("aid,,2023-03-03,2023-03-09,two-crutches,,,,,overlapping", at: 263)
      let path = tool.path("overlap.csv")
      try Data(([Self.header] + rows).joined(separator: "\n").utf8).write(to: URL(fileURLWithPath: path))
      let run = try tool.run(["import", path])
      #expect(run.status == 64, "\(run.summary)")
      #expect(run.error.hasPrefix("\(path):265: "), "\(run.summary)")
      #expect(try tool.rowCount("pain") == 0)
      #expect(try tool.rowCount("aid") == 0)
    }
  }
}
