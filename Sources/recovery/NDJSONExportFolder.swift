import RecoveryCommandLine
import RecoveryExchange
import RecoveryFHIR

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The folder `recovery export --format ndjson --output FOLDER` writes: one `Type.ndjson` file per
/// resource type, each written through an ``ExportFile`` (a temporary file put in place only once
/// everything is written), created as the first line of its type comes.
final class NDJSONExportFolder {
  /// The folder asked for.
  let path: String
  private var files: [String: (file: ExportFile, output: BufferedOutput)] = [:]
  private var order: [String] = []

  /// Creates the folder when missing (owner-only); refuses a file, and a folder that is not empty
  /// unless `force`.
  /// - Throws: ``CommandFailure`` naming the folder and the reason.
  init(path: String, force: Bool) throws {
    self.path = path
    var info = stat()
    if stat(path, &info) == 0 {
      guard (info.st_mode & S_IFMT) == S_IFDIR else {
        throw CommandFailure("Cannot write \(path): it is a file; --format ndjson writes into a folder.")
      }
      if !force, !Self.isEmpty(path) {
        throw CommandFailure(
          "Cannot write into \(path): the folder is not empty; choose an empty or new folder, or pass --force"
            + " to replace its .ndjson files.")
      }
    } else if mkdir(path, 0o700) != 0 {
      throw CommandFailure("Cannot create the folder \(path): \(String(cString: strerror(errno))).")
    }
  }

  /// Appends each line to its type's file.
  func write(_ lines: [FHIRNDJSONWriter.Line]) throws {
    for line in lines {
      if files[line.type] == nil {
        let file = try ExportFile(path: path + "/" + line.type + ".ndjson", replacing: true)
        files[line.type] = (file, BufferedOutput(descriptor: file.descriptor, name: file.path))
        order.append(line.type)
      }
      try files[line.type]!.output.write(line.text)
    }
  }

  /// Puts every file in place.
  func commit() throws {
    for type in order {
      guard let (file, output) = files[type] else { continue }
      try output.flush()
      try file.commit()
    }
  }

  private static func isEmpty(_ path: String) -> Bool {
    guard let folder = opendir(path) else { return false }
    defer { closedir(folder) }
    while let entry = readdir(folder) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) {
        String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
      }
      if name != ".", name != ".." { return false }
    }
    return true
  }
}
