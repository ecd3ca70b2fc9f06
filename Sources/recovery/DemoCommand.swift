import ArgumentParser
import RecoveryCommandLine
import RecoveryDemo
import RecoveryModel
import RecoveryStore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `recovery demo [--db PATH]`
struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: "Build a sample patient's two-year diary and print its recovery report as of 2024-11-25.",
    discussion: """
      The story: a double hip resurfacing, two years of painful catching, cortisone, PRP and \
      prolotherapy that did not help, then a psoas release that did. The data is identical on every run. \
      It goes into a temporary database, removed afterwards, unless --db PATH names a file to keep it \
      in; your own diary ($RECOVERY_DB or the default database) is never touched. The demo's patient is \
      called demo.
      """)

  /// Only `--db` applies, and only as given: the demo never falls back to the user's own database.
  /// Hidden because its help describes that fallback; the discussion above says what `--db` does here.
  @OptionGroup(visibility: .hidden) var global: GlobalOptions
  @OptionGroup var output: ReportOutputOptions

  func validate() throws {
    if global.patient != nil {
      throw ValidationError("The demo's diary belongs to the patient demo: --patient does not apply to demo.")
    }
  }

  func run() throws {
    var temporaryFolder: String?
    defer {
      if let folder = temporaryFolder {
        for suffix in ["", "-wal", "-shm"] { unlink(folder + "/demo.sqlite" + suffix) }
        rmdir(folder)
      }
    }
    let path: String
    if let db = global.db {
      path = db
    } else {
      var template = Array((tmpFolder() + "/recovery-demo-XXXXXX").utf8CString)
      guard let made = mkdtemp(&template) else {
        throw CommandFailure(
          "Cannot create a temporary folder for the demo: \(String(cString: strerror(errno))).")
      }
      temporaryFolder = String(cString: made)
      path = temporaryFolder! + "/demo.sqlite"
    }
    let store = try RecoveryStore(path: path)
    let patient = try store.patientCreatingIfNeeded(named: SeedStory.patientName)
    if try store.entries(for: patient).isEmpty {
      try store.add(contentsOf: SeedStory.entries(), for: patient, today: SeedStory.reportDay)
    }
    let history = History(patient: patient.name, entries: try store.entries(for: patient))
    let report = try Report.make(history: history, asOf: SeedStory.reportDay)
    try output.emit(report)
  }

  private func tmpFolder() -> String {
    if let value = getenv("TMPDIR"), value.pointee != 0 { return String(cString: value) }
    return "/tmp"
  }
}
