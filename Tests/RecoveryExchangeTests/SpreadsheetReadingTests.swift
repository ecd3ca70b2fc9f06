import Foundation
import RecoveryExchange
import RecoveryModel
import RecoveryStore
import RecoveryTestSupport
import Testing

/// CSV files as spreadsheet programs write them, imported through the library into a store on a real
/// SQLite file: other separators, spaces, any case, decimals, dates day or month first, and a time
/// after the date.
struct SpreadsheetReadingTests {
  /// The entries of the default patient after importing `text` as the file `name`.
  func imported(_ text: String, name: String = "pain.csv", dateOrder: DateOrder? = nil) throws -> [DiaryEntry]
  {
    try TemporaryDirectory.with { folder in
      let path = folder.file(name)
      try Data(text.utf8).write(to: URL(fileURLWithPath: path))
      let store = try RecoveryStore(path: folder.database)
      let format = try #require(ImportFormat(path: path))
      let report = try store.importFile(
        at: path, format: format,
        options: ImportOptions(today: CalendarDay(year: 2024, month: 12, day: 31)!, dateOrder: dateOrder))
      #expect(report.problems.isEmpty, "\(report.problems)")
      #expect(report.summary.committed)
      return try store.entries(for: try store.defaultPatient())
    }
  }

  @Test(arguments: [
    ("pain.csv", "type;date;score;location\r\npain;2024-11-01;5;groin\r\n"),
    ("pain.csv", "type\tdate\tscore\tlocation\npain\t2024-11-01\t5\tgroin\n"),
    ("pain.tsv", "type\tdate\tscore\tlocation\npain\t2024-11-01\t5\tgroin\n"),
    ("pain.csv", "type,date,score,location\npain,2024-11-01,5,groin\n"),
    ("pain.csv", "Type;Date;Score;Location;\r\n Pain ; 2024-11-01 ;5.0; GROIN ;\r\n"),
  ])
  func separatorsSpacesCaseAndDecimalsAsSpreadsheetsWriteThem(name: String, text: String) throws {
    let entries = try imported(text, name: name)
    guard entries.count == 1, case .pain(let pain) = entries[0] else {
      Issue.record("\(entries)")
      return
    }
    #expect(
      pain.day == CalendarDay(year: 2024, month: 11, day: 1) && pain.score == 5 && pain.location == .groin)
  }

  @Test(
    arguments: [
      ("type,date,score\npain,01/11/2024,5\npain,13/11/2024,4\n", nil, ["2024-11-01", "2024-11-13"]),
      ("type,date,score\npain,11/1/24,5\npain,11/13/24,4\n", nil, ["2024-11-01", "2024-11-13"]),
      ("type,date,score\npain,1.11.2024,5\npain,2.11.2024,4\n", DateOrder.dmy, ["2024-11-01", "2024-11-02"]),
      ("type,date,score\npain,1.11.2024,5\npain,2.11.2024,4\n", DateOrder.mdy, ["2024-01-11", "2024-02-11"]),
      ("type;date;score\npain;2024/11/01;5\n", nil, ["2024-11-01"]),
    ] as [(String, DateOrder?, [String])])
  func daysWrittenDayOrMonthFirstAreRead(text: String, order: DateOrder?, days: [String]) throws {
    #expect(try imported(text, dateOrder: order).map(\.day.description) == days)
  }

  @Test func aTimeAfterTheDateFillsTheTime() throws {
    let entries = try imported("type,date,score\npain,2024-11-01 08:30,5\npain,2024-11-02 21:15:00,4\n")
    #expect(entries.map(\.day.description) == ["2024-11-01", "2024-11-02"])
    #expect(entries.map { $0.time?.description } == ["08:30", "21:15"])
  }
}
