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
    message: { error in
      if let error = error as? EntryError, let word = UnknownWord(error) { return word.message }
      if case .invalidEntry(let entryError)? = error as? StoreError, let word = UnknownWord(entryError) {
        return word.message
      }
      return Recovery.libraryMessage(for: error) ?? "\(error)"
    },
    importProblem: { $0.userMessage },
    importEntries: { store, bytes, format, patient, dryRun in
      let file = try TemporaryFile(contents: bytes)
      defer { file.remove() }
      let options = ImportOptions(
        fallbackPatient: patient.name, dryRun: dryRun, problemLimit: ImportCommand.problemLimit,
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
        try store.export([patient], with: FHIRExportWriter(bundle: ExportCommand.bundle()), to: destination)
      }
      try destination.flush()
      return try file.contents()
    })
}

/// A file in `$TMPDIR` (else `/tmp`), owner-only, for the readers and writers that work on files.
struct TemporaryFile {
  let path: String

  init(contents: [UInt8]) throws {
    let folder = getenv("TMPDIR").map { String(cString: $0) }.flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array("\(folder)/recovery-web-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw CommandFailure("Cannot make a temporary file: \(String(cString: strerror(errno))).")
    }
    path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer { close(descriptor) }
    var written = 0
    while written < contents.count {
      let count = contents[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      guard count > 0 else {
        unlink(path)
        throw CommandFailure("Cannot write a temporary file: \(String(cString: strerror(errno))).")
      }
      written += count
    }
  }

  /// The file's bytes.
  func contents() throws -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw CommandFailure("Cannot read a temporary file.") }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 { throw CommandFailure("Cannot read a temporary file.") }
      if count == 0 { break }
      bytes += buffer[..<count]
    }
    return bytes
  }

  func remove() {
    unlink(path)
  }
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
