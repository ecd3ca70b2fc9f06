import RecoveryCommandLine
import RecoveryExchange
import RecoveryFHIR
import RecoveryModel
import RecoveryStore
import RecoveryWeb

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension WebServices {
  /// The command line's sentences, import readers and export writers, for `recovery serve`: the web
  /// app says and reads and writes exactly what `recovery` does.
  static let commandLine = WebServices(
    message: { ErrorLine.libraryMessage(for: $0) ?? "\($0)" },
    importProblem: { $0.userMessage },
    importEntries: { store, bytes, format, patient, dryRun in
      let file = try TemporaryFile(contents: bytes)
      defer { file.remove() }
      let options = ImportOptions(
        fallbackPatient: patient.name, dryRun: dryRun, problemLimit: ImportOptions.listedProblemLimit,
        refusingCloseNames: true)
      return try store.importFile(at: file.path, format: format == .csv ? .csv : .json, options: options)
    },
    export: { store, patient, format in
      let file = try TemporaryFile(contents: [])
      defer { file.remove() }
      let descriptor = open(file.path, O_WRONLY | O_TRUNC | O_CLOEXEC)
      guard descriptor >= 0 else { throw CommandFailure("Cannot write a temporary file for the download.") }
      defer { close(descriptor) }
      let destination = BufferedOutput(descriptor: descriptor, name: file.path)
      switch format {
      case .csv: try store.export([patient], with: CSVExportWriter(marking: false), to: destination)
      case .json: try store.export([patient], with: JSONExportWriter(), to: destination)
      case .fhir:
        try store.export([patient], with: FHIRExportWriter(bundle: .recovery()), to: destination)
      }
      try destination.flush()
      return try file.contents()
    })
}

extension RecoveryStore {
  /// Writes `patients`' entries through a writer given by value.
  fileprivate func export(
    _ patients: [Patient], with writer: some ExportWriter, to output: BufferedOutput
  ) throws {
    var writer = writer
    try export(patients, with: &writer, to: output)
  }
}
