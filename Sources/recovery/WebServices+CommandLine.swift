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
      let input = try InputBytes(path: file.path)
      let items: AnySequence<ImportItem>
      switch format {
      case .csv:
        let reader = CSVImportReader(input: input, dateOrder: nil) { try InputBytes(path: file.path) }
        items = AnySequence(CheckedImportItems(reader, input: input))
      case .json:
        items = AnySequence(CheckedImportItems(JSONImportReader(input: input), input: input))
      }
      return try store.importEntries(
        items, fallbackPatient: patient.name, dryRun: dryRun, problemLimit: ImportCommand.problemLimit,
        refusingCloseNames: true)
    },
    export: { store, patient, format in
      let file = try TemporaryFile(contents: [])
      defer { file.remove() }
      let descriptor = open(file.path, O_WRONLY | O_TRUNC | O_CLOEXEC)
      guard descriptor >= 0 else { throw CommandFailure("Cannot write a temporary file for the download.") }
      defer { close(descriptor) }
      let destination = BufferedOutput(descriptor: descriptor, name: file.path)
      var writer: any ExportWriter =
        switch format {
        case .csv: CSVExportWriter(marking: false)
        case .json: JSONExportWriter()
        case .fhir: FHIRExportWriter()
        }
      try writer.begin(to: destination)
      try writer.start(patient, to: destination)
      try store.readingOneSnapshot { snapshot in
        try snapshot.forEachEntry(for: patient) { entry, _ in
          try writer.add(entry, of: patient, removed: nil, to: destination)
        }
      }
      try writer.end(to: destination)
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
