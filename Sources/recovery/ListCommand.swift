import ArgumentParser
import RecoveryCommandLine
import RecoveryExchange
import RecoveryModel
import RecoveryStore

#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

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
      if format == .csv {
        // The header only: no entry names the patient.
        return try Self.printCSV([], of: Patient(id: 0, uid: UUID(), name: ""), removed: [], marking: false)
      }
      print(format == .table ? "No entries." : "[]")
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
      try Self.printCSV(records, of: patient, removed: removed, marking: includeRemoved)
    }
  }

  /// Prints the entries as CSV on standard output.
  private static func printCSV(
    _ entries: [DiaryEntry], of patient: Patient, removed: Set<Int>, marking: Bool
  ) throws {
    let output = BufferedOutput(descriptor: 1, name: "standard output")
    try EntryExport.csv(entries, of: patient, removed: removed, marking: marking, to: output)
    try output.flush()
  }
}
