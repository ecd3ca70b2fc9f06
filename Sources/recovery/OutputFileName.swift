import ArgumentParser

/// What an `--output` file's name says about its format: its extension, lowercased, with
/// `.fhir.json` told apart from `.json`.
struct OutputFileName {
  /// The extension the format is read from (`csv`, `json`, `fhir.json`, `html`, `md`, ...), or nil.
  let fileExtension: String?

  init(_ path: String) {
    let name = (path.split(separator: "/").last.map(String.init) ?? path).lowercased()
    if name.hasSuffix(".fhir.json") {
      fileExtension = "fhir.json"
    } else if let dot = name.lastIndex(of: "."), dot != name.startIndex {
      fileExtension = String(name[name.index(after: dot)...])
    } else {
      fileExtension = nil
    }
  }

  /// The extensions some command writes; another extension says nothing about the format.
  static let known: Set<String> = [
    "csv", "json", "fhir.json", "html", "htm", "md", "markdown", "txt", "text",
  ]

  /// The format named by `formats` for this file: the one given, checked against the extension, or
  /// the extension's when none was given.
  ///
  /// - Parameters:
  ///   - given: the `--format` value, if any.
  ///   - formats: for each format, the extensions it writes; the first listed is its own.
  ///   - fallback: the format when neither `--format` nor the extension says.
  /// - Throws: a ``ValidationError`` when the extension names another format.
  func format<Format: RawRepresentable<String> & Equatable>(
    given: Format?, among formats: [(Format, [String])], fallback: Format, path: String
  ) throws -> Format {
    guard let fileExtension, Self.known.contains(fileExtension) else { return given ?? fallback }
    let fitting = formats.filter { $0.1.contains(fileExtension) }.map(\.0)
    if let given {
      if fitting.contains(given) { return given }
      let own = formats.first { $0.0 == given }?.1.first
      throw ValidationError(
        "--format \(given.rawValue) does not match the file name \(path)"
          + (own.map { ": name it .\($0), or leave out --format." } ?? "."))
    }
    guard let format = fitting.first else {
      let choices = formats.compactMap { $0.1.first }.map { "." + $0 }
      throw ValidationError(
        "Cannot write \(path) as .\(fileExtension): name it \(choices.dropLast().joined(separator: ", ")) or"
          + " \(choices.last ?? "")."
      )
    }
    return format
  }
}
