import RecoveryDemo
import RecoveryModel
import RecoveryReport

/// The reports the tests render: the demo story's, and small hand-made ones.
enum Reports {
  /// The demo story's report as of its report day, as `recovery demo` shows it.
  static let demo = try! Report.make(history: SeedStory.history(), asOf: SeedStory.reportDay)

  /// The demo report's document.
  static let demoDocument = ReportDocument(demo)

  /// A report of a diary with nothing in it.
  static let empty = try! Report.make(
    history: History(patient: "anna", entries: []), asOf: CalendarDay(year: 2024, month: 11, day: 25)!)
}
