import ArgumentParser
import RecoveryCommandLine
import RecoveryModel
import RecoveryReport
import RecoveryStore

/// `recovery cohort ...`
struct CohortCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "cohort",
    abstract: "Show what helped across every patient in the database, and how long they were on crutches.",
    discussion: """
      Every figure adds up what each patient's own report shows for the same report day and range: \
      responses and verdicts per treatment kind (psoas releases also by level, injections by target), \
      the median change with its quartiles, and per surgery kind the days on crutches and the \
      questionnaire changes against their thresholds. No note, provider, finding or free treatment \
      name is shown; --anonymize replaces patient names with pseudonyms \
      made from each patient's uid and a secret key the database keeps (created on first use, never \
      exported), the same in every run on the database, and suppresses every figure about fewer \
      than 5 patients.
      """)

  @OptionGroup var global: GlobalOptions
  @Option(help: ArgumentHelp("The report day (default: today).", valueName: "date")) var asOf: String?
  @Option(help: ArgumentHelp("The first day of the treatments counted.", valueName: "date")) var since:
    String?
  @Option(help: ArgumentHelp("The last day of the treatments counted.", valueName: "date")) var until: String?
  @Option(name: .customLong("kind"), help: "Count only this treatment kind; repeatable.")
  var kinds: [TreatmentKind] = []
  @Flag(help: "Name patients by stable pseudonyms (patient-3fa2c1) instead of their names.")
  var anonymize = false
  @OptionGroup var output: ReportOutputOptions

  func run() throws {
    if global.patient != nil {
      throw ValidationError("The cohort covers every patient in the database: leave out --patient.")
    }
    let today = CalendarDay.today()
    let asOfDay = try DiaryDate.parse(asOf, today: today)
    let sinceDay = try since.map { try DiaryDate.parse($0, today: today) }
    let untilDay = try until.map { try DiaryDate.parse($0, today: today) }
    var builder = try CohortBuilder(
      asOf: asOfDay, since: sinceDay, until: untilDay, kinds: kinds.isEmpty ? nil : kinds)
    // A database that does not exist yet is a cohort of no patients, and is not created.
    if try global.databaseExists() {
      let store = try global.openStore()
      let patients = try store.patients()
      let pseudonyms = try anonymize ? Pseudonyms(patients, key: store.pseudonymKey()) : nil
      // A batch of patients at a time, read on every processor: only their diaries are in memory.
      try store.forEachHistory(of: patients) { patient, history in
        let name = pseudonyms?[patient.uid] ?? patient.name
        var history = history
        history.patient = name
        builder.add(patient: name, history: history)
      }
    }
    try output.emit(anonymize ? builder.cohort().suppressingSmallCells() : builder.cohort())
  }
}
