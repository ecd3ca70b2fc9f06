import ArgumentParser
import RecoveryModel
import RecoveryStore

/// `recovery list ...`
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List diary entries as a table, JSON or CSV.",
    discussion: """
      JSON is an array of objects with id, uid, type, patient, date (for aids: from and to, to null while \
      open) and the entry's fields named after the command-line options in camelCase. CSV has one \
      column per field, in a fixed order, with a header row.
      """)

  /// Output formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
  }

  @OptionGroup var global: GlobalOptions
  @Option(help: "Only entries of this type.") var type: EntryType?
  @Option(
    help: ArgumentHelp(
      "Only entries of this kind (a treatment kind, symptom or walking aid).", valueName: "kind"))
  var kind: EntryKind?
  @Option(help: ArgumentHelp("The first day to include: YYYY-MM-DD, today or yesterday.", valueName: "date"))
  var since: String?
  @Option(help: ArgumentHelp("The last day to include.", valueName: "date")) var until: String?
  @Option(help: "How to print the entries.") var format: Format = .table
  @Flag(help: "Show removed entries too, marked as removed.") var includeRemoved = false

  func run() throws {
    let today = CalendarDay.today()
    let from = try since.map { try DiaryDate.parse($0, today: today) }
    let through = try until.map { try DiaryDate.parse($0, today: today) }
    if let from, let through, from > through {
      throw CommandFailure("--since \(from) is after --until \(through): nothing can match.")
    }
    guard let (store, patient) = try global.existingStoreAndPatient() else {
      print(
        format == .table ? "No entries." : format == .json ? "[]" : try EntryExport.csv([], patient: ""),
        terminator: format == .csv ? "" : "\n")
      return
    }
    let records = try store.entries(
      for: patient,
      matching: EntryQuery(
        types: type.map { [$0] }, kind: kind, from: from, through: through, includeRemoved: includeRemoved))
    let removed = includeRemoved ? try store.removedEntryIDs(for: patient) : []
    switch format {
    case .table where records.isEmpty:
      print(try EmptyDiary.otherPatientsLine(for: patient, in: store) ?? "No entries.")
    case .table:
      print(EntryTable.render(records, removed: removed), terminator: "")
    case .json:
      print(try EntryExport.json(records, patient: patient.name, removed: removed, marking: includeRemoved))
    case .csv:
      print(
        try EntryExport.csv(records, patient: patient.name, removed: removed, marking: includeRemoved),
        terminator: "")
    }
  }
}
