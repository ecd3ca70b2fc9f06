import ArgumentParser
import RecoveryCommandLine
import RecoveryModel
import RecoveryReport
import RecoveryStore

/// `recovery report ...`
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Show the recovery timeline: what helped, what did not, and how the recovery is going.",
    discussion: ReportMethod.summary(.standard))

  @OptionGroup var global: GlobalOptions
  @Option(help: ArgumentHelp("The report day (default: today).", valueName: "date")) var asOf: String?
  @Option(help: ArgumentHelp("The first day shown.", valueName: "date")) var since: String?
  @Option(help: ArgumentHelp("The last day shown.", valueName: "date")) var until: String?
  @Option(help: "Count only pain at this location.") var location: BodyLocation?
  @Option(help: "Count only pain on this side (treatments on the other side are not judged).") var side: Side?
  @OptionGroup var windowOptions: ResponseWindowOptions
  @OptionGroup var output: ReportOutputOptions

  func run() throws {
    let today = CalendarDay.today()
    let asOfDay = try DiaryDate.parse(asOf, today: today)
    let sinceDay = try since.map { try DiaryDate.parse($0, today: today) }
    let untilDay = try until.map { try DiaryDate.parse($0, today: today) }
    if let sinceDay, let untilDay, sinceDay > untilDay {
      throw ReportError.sinceAfterUntil(since: sinceDay, until: untilDay)
    }
    let windows = try windowOptions.windows()
    let history: History
    var otherPatients: String?
    if let (store, patient) = try global.existingStoreAndPatient() {
      history = History(patient: patient.name, entries: try store.entries(for: patient))
      if history.isEmpty { otherPatients = try EmptyDiary.otherPatientsLine(for: patient, in: store) }
    } else {
      history = History(patient: global.patientNameForMessages, entries: [])
    }
    // Scripts asking for JSON get JSON (an empty report) and a file asked for is written (the empty
    // document); people at a terminal get a sentence.
    if history.isEmpty, try output.resolvedFormat() != .json, output.output == nil {
      print(
        otherPatients
          ?? "No entries yet for \(history.patient.oneLine): log a treatment, pain or symptom first (recovery --help)."
      )
      return
    }
    let report = try Report.make(
      history: history, asOf: asOfDay, since: sinceDay, until: untilDay, location: location, side: side,
      windows: windows)
    try output.emit(report)
  }
}
