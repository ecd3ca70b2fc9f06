import ArgumentParser
import RecoveryModel
import RecoveryStore

/// `recovery report ...`
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Show the recovery timeline: what helped, what did not, and how the recovery is going.",
    discussion: """
      Each treatment's response compares mean daily pain (the day's highest score) in a baseline window \
      before it with a follow-up window after it: cortisone days 7-42, PRP and prolotherapy 28-84, psoas \
      release 14-42, other surgeries 42-84, therapies 14-42. A treatment on one side is judged on the pain \
      of that side (or both sides, or no side given). Injections of the same kind and side are judged as \
      one course when each is given before the previous one's follow-up ends and under 8 weeks after it, \
      or is numbered --round 2 or later. A drop of 2 points or 30% is meaningful, 50% substantial. \
      The report records and computes; it is not medical advice.
      """)

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
    // Scripts asking for JSON get JSON (an empty report); people get a sentence.
    if history.isEmpty, output.format != .json {
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
