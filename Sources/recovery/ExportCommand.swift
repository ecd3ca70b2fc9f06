import ArgumentParser
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
    abstract: "Write the entries as JSON, CSV or FHIR R4: for import, spreadsheets or a clinic.",
    discussion: """
      JSON is one object: {"format":"\(DiaryExport.formatName)","version":\(DiaryExport.version),"entries":[...]} \
      with one entry per line, each the object list --format json prints (with uid and patient). CSV \
      has the columns of list --format csv, header first. Entries come in diary order, patient by \
      patient (by name) with --all-patients. --since and --until keep the entries of those days, and the \
      walking-aid periods in use on any of them.
      """)

  /// Export formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, csv, fhir

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
          + " Bundle); default json, or the --output file's extension.")
  )
  var format: Format?
  @Option(
    help: ArgumentHelp(
      "Write to this file (created owner-only) instead of standard output; its extension (.json, .csv,"
        + " .fhir.json) picks the format when --format is not given.", valueName: "file"))
  var output: String?
  @Flag(help: "Replace the --output file if it exists.") var force = false
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
    if format == .fhir, includeRemoved {
      throw ValidationError(
        "--include-removed does not apply to --format fhir: a FHIR bundle holds only current entries.")
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
    // Checked before the database is opened, so that a refusal reads nothing.
    let file = try output.map { try ExportFile(path: $0, replacing: force) }
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
    let destination = BufferedOutput(
      descriptor: file?.descriptor ?? 1, name: file?.path ?? "standard output")
    var writer = writer(for: try resolvedFormat())
    let query = EntryQuery(from: from, through: through, includeRemoved: includeRemoved)
    var count = 0
    try writer.begin(to: destination)
    if let store {
      try store.readingOneSnapshot { snapshot in
        for patient in patients {
          try writer.start(patient, to: destination)
          try snapshot.forEachEntry(for: patient, matching: query) { entry, removed in
            try writer.add(entry, of: patient, removed: includeRemoved ? removed : nil, to: destination)
            count += 1
          }
        }
      }
    }
    try writer.end(to: destination)
    try destination.flush()
    if let file {
      try file.commit()
      print("Exported \(count) \(count == 1 ? "entry" : "entries") to \(file.path).")
    }
  }

  /// The formats with the file extensions each writes, its own first.
  static let extensions: [(Format, [String])] = [
    (.json, ["json"]), (.csv, ["csv"]), (.fhir, ["fhir.json", "json"]),
  ]

  /// The format asked for, else the one the output file's extension names, else JSON.
  func resolvedFormat() throws -> Format {
    guard let output else { return format ?? .json }
    return try OutputFileName(output).format(
      given: format, among: Self.extensions, fallback: .json, path: output)
  }

  /// The writer that lays out `format`.
  func writer(for format: Format) -> any ExportWriter {
    switch format {
    case .json: JSONExportWriter()
    case .csv: CSVExportWriter(marking: includeRemoved)
    case .fhir: FHIRExportWriter()
    }
  }

  /// Whether both paths name one existing file.
  static func sameFile(_ first: String, _ second: String) -> Bool {
    var a = stat()
    var b = stat()
    return stat(first, &a) == 0 && stat(second, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino
  }
}
