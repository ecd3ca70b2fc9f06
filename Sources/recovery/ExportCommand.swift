import ArgumentParser
import RecoveryCommandLine
import RecoveryExchange
import RecoveryFHIR
import RecoveryModel
import RecoveryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `recovery export [--format json|csv] [--output FILE [--force]] ...`
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the entries as JSON, CSV or FHIR R4: for import, spreadsheets, a clinic or a registry.",
    discussion: """
      JSON is one object: {"format":"\(DiaryExport.formatName)","version":\(DiaryExport.version),"entries":[...]} \
      with one entry per line, each the object list --format json prints (with uid and patient). CSV \
      has the columns of list --format csv, header first. Entries come in diary order, patient by \
      patient (by name) with --all-patients. --since and --until keep the entries of those days, and the \
      walking-aid periods in use on any of them. FHIR is a transaction Bundle of conditional updates \
      that a server can be sent again after edits (removed entries come as entered-in-error); ndjson \
      writes the same resources into --output FOLDER, one Type.ndjson file per resource type.
      """)

  /// Export formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, csv, fhir, ndjson

    /// The format, or nil after noting the closest one in ``UnknownWord/lastRejected``.
    init?(argument: String) {
      guard let format = Self(rawValue: argument) else {
        let names = Self.allCases.map(\.rawValue)
        UnknownWord.lastRejected = UnknownWord(
          kind: "export format", value: argument, choices: names.joined(separator: ", "),
          suggestion: WordMatch.closest(to: argument, among: names))
        return nil
      }
      self = format
    }
  }

  @OptionGroup var global: GlobalOptions
  @Option(
    help:
      ArgumentHelp(
        "json for import and scripts, csv for spreadsheets, fhir for a clinic's FHIR R4 server (a transaction"
          + " Bundle), ndjson for a registry (FHIR Bulk Data files in the --output folder); default json, or the"
          + " --output file's extension.")
  )
  var format: Format?
  @Option(
    help: ArgumentHelp(
      "Write to this file (created owner-only) instead of standard output; its extension (.json, .csv,"
        + " .fhir.json) picks the format when --format is not given.", valueName: "file"))
  var output: String?
  @Flag(help: "Replace the --output file if it exists (with ndjson: write into a folder that is not empty).")
  var force = false
  @Option(help: ArgumentHelp("The first day to include: YYYY-MM-DD, today or yesterday.", valueName: "date"))
  var since: String?
  @Option(help: ArgumentHelp("The last day to include.", valueName: "date")) var until: String?
  @Flag(help: "Export removed entries too, each with removed true or false.") var includeRemoved = false
  @Flag(help: "Export every patient's entries, patient by patient, instead of one patient's.")
  var allPatients = false

  func validate() throws {
    if force, output == nil {
      throw ValidationError("--force applies only with --output FILE: standard output is never replaced.")
    }
    let format = try resolvedFormat()
    if format == .fhir || format == .ndjson, includeRemoved {
      throw ValidationError(
        "--include-removed does not apply to --format \(format.rawValue): FHIR always sends removed entries,"
          + " as entered-in-error.")
    }
    if format == .ndjson, output == nil {
      throw ValidationError("--format ndjson writes one file per resource type: give --output FOLDER.")
    }
    if allPatients, global.patient != nil {
      throw ValidationError(
        "--all-patients exports every patient: leave out --patient, or leave out --all-patients.")
    }
  }

  func run() throws {
    let today = CalendarDay.today()
    let from = try since.map { try DiaryDate.parse($0, today: today) }
    let through = try until.map { try DiaryDate.parse($0, today: today) }
    if let from, let through, from > through {
      throw ValidationError(
        "--since \(from) is after --until \(through): choose a start on or before the end.")
    }
    let format = try resolvedFormat()
    // Checked before the database is opened, so that a refusal reads nothing.
    let folder = try format == .ndjson ? output.map { try NDJSONExportFolder(path: $0, force: force) } : nil
    let file = try format == .ndjson ? nil : output.map { try ExportFile(path: $0, replacing: force) }
    let store: RecoveryStore?
    let patients: [Patient]
    if allPatients {
      store = try global.databaseExists() ? try global.openStore() : nil
      patients = try store?.patients() ?? []
    } else if let (opened, patient) = try global.existingStoreAndPatient() {
      store = opened
      patients = [patient]
    } else {
      // No database yet: an empty export, and no database created.
      store = nil
      patients = []
    }
    if let file, let store, Self.sameFile(file.path, store.path) {
      throw CommandFailure("Cannot write \(file.path): it is the database itself; choose another file.")
    }
    if let folder {
      let count = try exportNDJSON(patients: patients, store: store, to: folder, from: from, through: through)
      print("Exported \(count) \(count == 1 ? "entry" : "entries") to \(folder.path).")
      return
    }
    let destination = BufferedOutput(
      descriptor: file?.descriptor ?? 1, name: file?.path ?? "standard output")
    let query = EntryQuery(from: from, through: through, includeRemoved: includeRemoved)
    let count = try export(patients, of: store, matching: query, as: format, to: destination)
    try destination.flush()
    if let file {
      try file.commit()
      print("Exported \(count) \(count == 1 ? "entry" : "entries") to \(file.path).")
    }
  }

  /// Writes the export as FHIR NDJSON files into `folder`; returns how many entries it holds.
  func exportNDJSON(
    patients: [Patient], store: RecoveryStore?, to folder: NDJSONExportFolder, from: CalendarDay?,
    through: CalendarDay?
  ) throws -> Int {
    var writer = FHIRNDJSONWriter(software: .recovery)
    let query = EntryQuery(from: from, through: through, includeRemoved: true)
    var count = 0
    try folder.write(writer.begin())
    try store?.readingOneSnapshot { snapshot in
      for patient in patients {
        writer.goals = try FHIRGoalContext(patient, in: snapshot, matching: query, today: CalendarDay.today())
        try folder.write(writer.add(patient: patient))
        try snapshot.forEachEntry(for: patient, matching: query) { entry, removed in
          try folder.write(try writer.add(entry, of: patient, removed: removed))
          count += 1
        }
      }
    }
    try folder.write(writer.end())
    try folder.commit()
    return count
  }

  /// The formats with the file extensions each writes, its own first.
  static let extensions: [(Format, [String])] = [
    (.json, ["json"]), (.csv, ["csv"]), (.fhir, ["fhir.json", "json"]), (.ndjson, []),
  ]

  /// The format asked for, else the one the output file's extension names, else JSON.
  func resolvedFormat() throws -> Format {
    guard let output else { return format ?? .json }
    return try OutputFileName(output).format(
      given: format, among: Self.extensions, fallback: .json, path: output)
  }

  /// Writes the export in `format`; without a store, an export of no entries.
  func export(
    _ patients: [Patient], of store: RecoveryStore?, matching query: EntryQuery, as format: Format,
    to output: BufferedOutput
  ) throws -> Int {
    switch format {
    case .json: try Self.export(patients, of: store, matching: query, with: JSONExportWriter(), to: output)
    case .csv:
      try Self.export(
        patients, of: store, matching: query, with: CSVExportWriter(marking: includeRemoved), to: output)
    case .fhir, .ndjson:
      try Self.export(
        patients, of: store, matching: query, with: FHIRExportWriter(bundle: .recovery()), to: output)
    }
  }

  private static func export(
    _ patients: [Patient], of store: RecoveryStore?, matching query: EntryQuery,
    with writer: some ExportWriter, to output: BufferedOutput
  ) throws -> Int {
    var writer = writer
    guard let store else {
      try writer.begin(to: output)
      try writer.end(to: output)
      return 0
    }
    return try store.export(patients, matching: query, with: &writer, to: output)
  }

  /// Whether both paths name one existing file.
  static func sameFile(_ first: String, _ second: String) -> Bool {
    var a = stat()
    var b = stat()
    return stat(first, &a) == 0 && stat(second, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
  }
}
