import ArgumentParser
import RecoveryCommandLine
import RecoveryExchange
import RecoveryModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// How a report is printed: `--format` and `--output`, shared by `report` and `demo`.
struct ReportOutputOptions: ParsableArguments {
  /// Report formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, json

    /// The format, or nil after noting the closest one in ``UnknownWord/lastRejected``.
    init?(argument: String) {
      guard let format = Self(rawValue: argument) else {
        let names = Self.allCases.map(\.rawValue)
        UnknownWord.lastRejected = UnknownWord(
          kind: "report format", value: argument, choices: names.joined(separator: ", "),
          suggestion: WordMatch.closest(to: argument, among: names))
        return nil
      }
      self = format
    }
  }

  @Option(
    help: ArgumentHelp(
      "text for a terminal, markdown for a message, html for a self-contained page, json for scripts"
        + " (default: from the --output file's extension, .md, .html or .json, else text)."))
  var format: Format?

  @Option(
    help: ArgumentHelp(
      "Write to this file (created owner-only) instead of printing it; its extension picks the format.",
      valueName: "file"))
  var output: String?

  @Flag(help: "Replace the --output file if it exists.") var force = false

  /// The formats with the file extensions each writes, its own first.
  static let extensions: [(Format, [String])] = [
    (.html, ["html", "htm"]), (.markdown, ["md", "markdown"]), (.json, ["json"]), (.text, ["txt", "text"]),
  ]

  func validate() throws {
    if force, output == nil {
      throw ValidationError("--force applies only with --output FILE: standard output is never replaced.")
    }
    _ = try resolvedFormat()
  }

  /// The format asked for, else the one the output file's extension names, else text.
  func resolvedFormat() throws -> Format {
    guard let output else { return format ?? .text }
    return try OutputFileName(output).format(
      given: format, among: Self.extensions, fallback: .text, path: output)
  }

  /// Renders and writes (or prints) the report.
  func emit(_ report: Report) throws {
    let format = try resolvedFormat()
    let color =
      format == .text && output == nil && FileHandleOutput.isTerminal(1) && !FileHandleOutput.noColorRequested
    try write(try ReportRendering.render(report, format: format, color: color), what: "report")
  }

  /// Writes `text` to the output file, refusing to replace one unless `--force`, and says so; or
  /// prints it.
  func write(_ text: String, what: String) throws {
    let text = text.hasSuffix("\n") ? text : text + "\n"
    guard let output else {
      FileHandleOutput.standardOutput(text)
      return
    }
    let file = try ExportFile(path: output, replacing: force)
    if let failure = FileHandleOutput.writeAll(text, to: file.descriptor) {
      throw CommandFailure("Cannot write \(output): \(String(cString: strerror(failure))).")
    }
    try file.commit()
    print("Wrote the \(what) to \(output).")
  }
}

/// The windows a treatment's response is judged on: `--baseline` and repeated `--follow-up KIND=FROM-TO`.
struct ResponseWindowOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "The baseline window before each treatment, as FROM..TO days"
        + " (default \(ResponseWindows.standard.baseline)).", valueName: "window"))
  var baseline: String?

  @Option(
    help: ArgumentHelp(
      "Override a follow-up window, as KIND=FROM-TO days after the treatment (e.g. cortisone=14-56); repeatable.",
      valueName: "kind=window"))
  var followUp: [String] = []

  func windows() throws -> ResponseWindows {
    var windows = ResponseWindows.standard
    if let baseline {
      guard let window = DayWindow(baseline), window.end < 0 else {
        throw ValidationError(
          "Invalid --baseline \"\(baseline)\": use FROM..TO days before the treatment, such as -14..-1.")
      }
      windows.baseline = window
    }
    for item in followUp {
      let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
      guard parts.count == 2, let kind = TreatmentKind(rawValue: parts[0]) else {
        throw ValidationError(
          "Invalid --follow-up \"\(item)\": use KIND=FROM-TO with KIND one of \(TreatmentKind.choices).")
      }
      guard let window = DayWindow(parts[1]), window.start >= 0 else {
        throw ValidationError(
          "Invalid --follow-up window \"\(parts[1])\": use FROM-TO days after the treatment, such as 7-42.")
      }
      windows.setFollowUp(window, for: kind)
    }
    return windows
  }
}
