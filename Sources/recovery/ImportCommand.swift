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

/// `recovery import FILE`
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Import entries from a JSON, CSV or FHIR file: all of them, or none when any is refused.",
    discussion: """
      Reads what export and list --format json|csv|fhir write, and hand-made CSV: a header row naming \
      entry fields (type, date, score, location, ...) in any order, one entry per row, an empty cell \
      for a field not given. Entries keep the patient their row names (else $RECOVERY_PATIENT or the \
      default patient); --patient puts them all in that patient's diary.
      An entry whose uid is in the database with the same content is skipped; with other content the \
      import is refused unless --update, which records a new version as edit does. A row without a \
      uid gets one derived from its patient, its content and how many identical rows come before it, \
      so importing the same file twice adds nothing.
      Examples:
        recovery import pain.csv
        recovery import backup.json --dry-run
      """)

  /// The file formats: the exchange module's, and FHIR bundles.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case json, csv, fhir
  }

  @OptionGroup var global: GlobalOptions
  @Argument(help: ArgumentHelp("The file to import.", valueName: "file")) var file: String
  @Option(
    help:
      "The file's format (default: from its extension, .json or .csv; a JSON file holding a FHIR Bundle is fhir)."
  )
  var format: Format?
  @Flag(help: "Report what the import would do, and write nothing.") var dryRun = false
  @Option(
    help: ArgumentHelp(
      "The order of dates written like 01/11/2024: dmy (day first), mdy (month first) or ymd (default: found"
        + " in the file's dates, refused when they do not tell).", valueName: "order"))
  var dateOrder: DateOrder?
  @Flag(help: "Record new versions of entries whose content changed, instead of refusing them.")
  var update = false

  func run() throws {
    let format = try self.format ?? Self.format(ofFileNamed: file)
    let utf8 = try ImportSource(file: file)
    let source = utf8.path
    defer { utf8.remove() }
    do {
      try ImportSource.checkIsText(source, name: file)
    } catch let error as ExchangeError {
      // A file that is not text or is empty is a usage error, as a bad option is.
      switch error {
      case .notText, .emptyFile: throw ValidationError(error.userMessage)
      default: throw error
      }
    }
    let report = try importing { store in
      let options = ImportOptions(
        patient: global.patient.flatMap { $0.isEmpty ? nil : $0 },
        fallbackPatient: try global.patientName ?? store.defaultPatientName(), update: update,
        dryRun: dryRun, problemLimit: ImportOptions.listedProblemLimit,
        refusingCloseNames: !global.newPatient,
        dateOrder: dateOrder)
      if try format == .fhir || (format == .json && FHIRImportItems.isFHIR(path: source)) {
        return try store.importFHIRBundle(at: source, options: options)
      }
      return try store.importFile(at: source, format: format == .csv ? .csv : .json, options: options)
    }
    let summary = report.summary
    for problem in report.problems {
      FileHandleOutput.standardError(
        ErrorLine.printable("\(file):\(problem.line): \(problem.kind.userMessage)") + "\n")
    }
    if summary.problemCount > report.problems.count {
      let more = summary.problemCount - report.problems.count
      FileHandleOutput.standardError("... and \(more) more problem\(more == 1 ? "" : "s")\n")
    }
    let total = summary.new + summary.unchanged + summary.changed + summary.refused
    let skipped = report.skippedRows
    let skippedNote =
      skipped == 0 ? "" : " (\(skipped) \(skipped == 1 ? "row" : "rows") of empty cells skipped)"
    if dryRun {
      print(
        "Dry run, nothing written: \(total) \(total == 1 ? "entry" : "entries") in \(file):"
          + " \(summary.new) new, \(summary.unchanged) unchanged, \(summary.changed) changed,"
          + " \(summary.refused) refused\(skippedNote).")
    }
    if summary.problemCount > 0 {
      let count = summary.problemCount
      FileHandleOutput.standardError(
        "recovery: nothing was imported: \(count) problem\(count == 1 ? "" : "s") in \(file).\n")
      utf8.remove()
      terminate(ExitCode.validationFailure.rawValue)
    }
    if !dryRun {
      let read = summary.new + summary.unchanged + summary.changed
      print(
        "Imported \(read) \(read == 1 ? "entry" : "entries") from \(file): \(summary.new) added,"
          + " \(summary.unchanged) skipped as already present, \(summary.changed) updated\(skippedNote).")
    }
  }

  /// Runs `body` on the database; a dry run without a database runs it on an empty one in a
  /// temporary folder, removed afterwards, so that a dry run creates nothing.
  private func importing(_ body: (RecoveryStore) throws -> ImportReport) throws -> ImportReport {
    guard dryRun, try !global.databaseExists() else { return try body(global.openStore()) }
    var template = Array("\(Self.temporaryFolder)/recovery-dry-run-XXXXXX".utf8CString)
    guard let folder = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else {
      throw CommandFailure(
        "Cannot make a temporary folder for the dry run: \(String(cString: strerror(errno))).")
    }
    let path = String(cString: folder)
    defer {
      for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + "/diary.sqlite" + suffix) }
      rmdir(path)
    }
    return try body(RecoveryStore(path: path + "/diary.sqlite"))
  }

  /// `$TMPDIR`, else `/tmp`.
  private static var temporaryFolder: String {
    if let folder = getenv("TMPDIR"), folder.pointee != 0 { return String(cString: folder) }
    return "/tmp"
  }

  /// The format a file's extension names.
  /// - Throws: a ``ValidationError`` naming the choices when the extension names none.
  static func format(ofFileNamed path: String) throws -> Format {
    if path.lowercased().hasSuffix(".fhir.json") { return .fhir }
    if let format = ImportFormat(path: path) { return format == .csv ? .csv : .json }
    throw ValidationError(
      "Cannot tell the format of \(path) from its name: pass --format json or --format csv (or name it .json or .csv)."
    )
  }
}
